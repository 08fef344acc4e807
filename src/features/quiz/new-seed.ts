import { MAX_QUIZ_SEED } from '../../domain/quiz-types';

/**
 * A seed for "New quiz": any of 1…MAX_QUIZ_SEED but the current one. Chance is wanted here (a
 * class should not guess the next quiz); the questions themselves stay determined by the seed.
 */
export function newSeed(current: number, random: () => number = Math.random): number {
  for (;;) {
    const seed = 1 + Math.floor(random() * MAX_QUIZ_SEED);
    if (seed !== current && seed <= MAX_QUIZ_SEED) return seed;
  }
}
