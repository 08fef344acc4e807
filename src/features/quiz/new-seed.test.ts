import { describe, expect, it } from 'vitest';
import { MAX_QUIZ_SEED } from '../../domain/quiz-types';
import { newSeed } from './new-seed';

describe('newSeed', () => {
  it('stays within 1…MAX_QUIZ_SEED', () => {
    expect(newSeed(5, () => 0)).toBe(1);
    expect(newSeed(5, () => 0.9999999999)).toBe(MAX_QUIZ_SEED);
  });

  it('never gives the current seed back', () => {
    const values = [0, 0, 0.5];
    expect(newSeed(1, () => values.shift() ?? 0.5)).toBe(1 + Math.floor(0.5 * MAX_QUIZ_SEED));
  });
});
