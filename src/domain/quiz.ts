/**
 * The quiz: questions generated from the dataset, the same for the same seed, so a teacher can
 * share one quiz with a class (`?view=quiz&seed=N`). Pure: no `Math.random`, no clock, no DOM.
 *
 * The quiz never asks what the data cannot answer unambiguously (`quiz-rules.ts`):
 * - Order 4 events: only events dated to a day, not approximate, and whose `disputed` note does
 *   not question the dating; no two on the same day, and each at least `MIN_ORDER_GAP_DAYS` (14)
 *   after the end of the one before (multi-day events count from their last day). An event is
 *   used in at most one ordering question of a quiz. The events are never shown already in order.
 * - Who said this: a quote is left out when it names its own speaker, when its text occurs more
 *   than once in the dataset, when its speaker is a person the event's `disputed` note names, or
 *   when its speaker is a state or organisation (a readout, a ministry, a joint text) and the
 *   event has a `disputed` note or another actor of that kind takes part in it. The other choices
 *   are actors of the speaker's kind (preferring actors quoted somewhere in the dataset).
 * - How did a state vote: only states with a recorded vote in the event, and not when the event's
 *   `disputed` note names the state; the choices are the four vote choices.
 * - Stance as of a day: only records that state a stance (not `none`) and cite evidence events;
 *   the day asked is halfway to the pair's next record (or the period's end), at least
 *   `STANCE_MARGIN_DAYS` (7) from either, and `stanceAsOf` must give that record on that day.
 *   The choices are the four stances.
 * - Which point says this: documents with at least 4 points; a point whose summary refers to
 *   another point by number is left out; the other choices are points with other titles.
 *
 * Kinds take turns (in an order the seed shuffles), so every quiz mixes them; a kind that runs
 * out leaves its turns to the others. A quiz is shorter than `count` only when the whole dataset
 * has fewer questions.
 */
import { mulberry32, shuffled, type Random } from './prng';
import type { Dataset, EventId } from './types';
import {
  drawOrder,
  orderPool,
  pointCandidates,
  quoteCandidates,
  stanceCandidates,
  voteCandidates,
  type Candidate,
} from './quiz-kinds';
import { QUIZ_KINDS, type QuizKind, type QuizQuestion } from './quiz-types';

export * from './quiz-types';

export const DEFAULT_QUIZ_LENGTH = 10;

export interface QuizOptions {
  /** Any integer; the same seed gives the same quiz for the same dataset. */
  readonly seed: number;
  readonly count?: number;
  /** The interface language: actor choices are in its alphabetical order. */
  readonly lang?: string;
}

type Draw = (random: Random) => QuizQuestion | undefined;

function fromList(random: Random, candidates: readonly Candidate[]): Draw {
  const queue = shuffled(random, candidates);
  return (r) => queue.shift()?.(r);
}

function draws(data: Dataset, random: Random, lang: string): Record<QuizKind, Draw> {
  const pool = orderPool(data);
  const used = new Set<EventId>();
  return {
    order: (r) => drawOrder(r, pool, used),
    quote: fromList(random, quoteCandidates(data, lang)),
    vote: fromList(random, voteCandidates(data)),
    stance: fromList(random, stanceCandidates(data)),
    point: fromList(random, pointCandidates(data)),
  };
}

export function generateQuiz(data: Dataset, options: QuizOptions): QuizQuestion[] {
  const { seed, count = DEFAULT_QUIZ_LENGTH, lang = 'en' } = options;
  const random = mulberry32(seed);
  const draw = draws(data, random, lang);
  let turns = shuffled(random, QUIZ_KINDS);
  const out: QuizQuestion[] = [];
  for (let i = 0; out.length < count && turns.length > 0; i++) {
    const kind = turns[i % turns.length]!;
    const question = draw[kind](random);
    if (question) out.push(question);
    else {
      turns = turns.filter((k) => k !== kind);
      i -= 1;
    }
  }
  return out;
}

/**
 * How many questions of each kind the dataset offers; for `order`, how many events may be used
 * (a quiz draws 4 per question, each event at most once).
 */
export function quizYield(data: Dataset, lang = 'en'): Record<QuizKind, number> {
  return {
    order: orderPool(data).length,
    quote: quoteCandidates(data, lang).length,
    vote: voteCandidates(data).length,
    stance: stanceCandidates(data).length,
    point: pointCandidates(data).length,
  };
}
