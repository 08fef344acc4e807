/**
 * The quiz on the bundled dataset: how many questions of each kind it yields (the figures the
 * README and the closing note quote), and that every question a few seeds draw keeps the rules.
 */
import { describe, expect, it } from 'vitest';
import { realDataset } from '../helpers/real-dataset';
import { generateQuiz, quizYield } from '../../src/domain/quiz';
import { farApart } from '../../src/domain/quiz-rules';
import { stanceAsOf } from '../../src/domain/stance-as-of';
import { day } from '../helpers/builders';

describe('the quiz on the bundled dataset', () => {
  const data = realDataset();

  it('yields these many candidates of each kind', () => {
    expect(quizYield(data)).toEqual({ order: 150, quote: 145, vote: 96, stance: 101, point: 28 });
  });

  it('draws full quizzes that mix all five kinds', () => {
    for (const seed of [1, 2, 3, 42, 2023]) {
      const quiz = generateQuiz(data, { seed });
      expect(quiz).toHaveLength(10);
      expect(new Set(quiz.map((q) => q.kind)).size).toBe(5);
    }
  });

  it('gives the same questions for seed 1 every time, and other questions for seed 2', () => {
    const ids = (seed: number) => generateQuiz(data, { seed }).map((q) => q.id);
    expect(ids(1)).toEqual(ids(1));
    expect(ids(2)).not.toEqual(ids(1));
  });

  it('keeps the rules in every question of 20 quizzes', () => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const q of generateQuiz(data, { seed })) {
        const event = data.eventsById.get(q.event);
        expect(event).toBeDefined();
        if (q.kind === 'order') {
          const events = q.prompt.events.map((id) => data.eventsById.get(id)!);
          for (const a of events)
            for (const b of events) if (a !== b) expect(farApart(a, b)).toBe(true);
        } else if (q.kind === 'quote') {
          const speaker = data.actorsById.get(q.choices[q.answer]!)!;
          for (const id of q.choices) expect(data.actorsById.get(id)?.kind).toBe(speaker.kind);
        } else if (q.kind === 'stance') {
          const p = stanceAsOf(data.positions, q.prompt.actor, q.prompt.topic, day(q.prompt.asOf));
          expect(p?.stance).toBe(q.choices[q.answer]);
        }
        for (const s of q.why.sources) expect(data.sourcesById.has(s)).toBe(true);
      }
    }
  });

  it('never asks who said a quote whose speaker the event’s dispute names', () => {
    const asked = new Set<string>();
    for (let seed = 1; seed <= 60; seed++)
      for (const q of generateQuiz(data, { seed, count: 30 }))
        if (q.kind === 'quote') asked.add(q.id);
    // Xi's "objective and fair" (30 December 2022): the note says translations of Xi's phrase differ.
    expect(asked.has('quote:2022-12-30-xi-putin-video-call:2')).toBe(false);
    // Putin's words at the same call stay: the note is not about him.
    expect(asked.has('quote:2022-12-30-xi-putin-video-call:0')).toBe(true);
    expect(asked.size).toBeGreaterThan(50);
  });
});
