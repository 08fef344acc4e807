import { describe, expect, it } from 'vitest';
import { day, makeDataset, makeEvent } from '../../tests/helpers/builders';
import { quizDataset } from '../../tests/helpers/quiz-dataset';
import type { Dataset } from './types';
import { generateQuiz, QUIZ_KINDS, quizYield, type QuizQuestion } from './quiz';
import { stanceAsOf } from './stance-as-of';

function rightAnswer(data: Dataset, q: QuizQuestion): boolean {
  switch (q.kind) {
    case 'order': {
      const starts = q.choices[q.answer]!.map(
        (i) => data.eventsById.get(q.prompt.events[i]!)!.start,
      );
      return starts.every((t, i) => i === 0 || t > starts[i - 1]!);
    }
    case 'quote':
      return (
        data.eventsById.get(q.prompt.event)!.quotes[q.prompt.quote]!.speaker === q.choices[q.answer]
      );
    case 'vote':
      return data.eventsById
        .get(q.prompt.event)!
        .vote!.votes.some((v) => v.actor === q.prompt.actor && v.vote === q.choices[q.answer]);
    case 'stance':
      return (
        stanceAsOf(data.positions, q.prompt.actor, q.prompt.topic, day(q.prompt.asOf))?.stance ===
        q.choices[q.answer]
      );
    case 'point':
      return (
        data.documentsById
          .get(q.prompt.document)!
          .points.find((p) => p.number === q.choices[q.answer])!.summary === q.prompt.summary
      );
  }
}

describe('generateQuiz', () => {
  const data = quizDataset();
  const quiz = generateQuiz(data, { seed: 1, count: 40 });

  it('asks every kind, with 3–4 distinct choices and the right answer among them', () => {
    expect(new Set(quiz.map((q) => q.kind))).toEqual(new Set(QUIZ_KINDS));
    for (const q of quiz) {
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
      expect(q.choices.length).toBeLessThanOrEqual(4);
      expect(new Set(q.choices.map((c) => JSON.stringify(c))).size).toBe(q.choices.length);
      expect(rightAnswer(data, q)).toBe(true);
      expect(data.eventsById.has(q.event)).toBe(true);
      expect(q.why.sources.length).toBeGreaterThan(0);
    }
  });

  it('gives each question its own id', () => {
    expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
  });

  it('asks everything the data offers and stops there', () => {
    const y = quizYield(data);
    // 10 quotable quotes, 3 states voting, 2 stances, 5 points, and 10 events make 2 orderings.
    expect(y).toEqual({ order: 10, quote: 10, vote: 3, stance: 2, point: 5 });
    expect(quiz).toHaveLength(10 + 3 + 2 + 5 + 2);
  });

  it('never shows ordering events already in order, nor reuses one', () => {
    const orders = quiz.filter((q) => q.kind === 'order');
    const used = orders.flatMap((q) => q.prompt.events);
    expect(new Set(used).size).toBe(used.length);
    for (const q of orders) expect(q.choices[q.answer]).not.toEqual([0, 1, 2, 3]);
  });

  it('offers speakers of the same kind in alphabetical order', () => {
    for (const q of quiz.filter((x) => x.kind === 'quote')) {
      const names = q.choices.map((id) => data.actorsById.get(id)!);
      expect(names.every((a) => a.kind === 'person')).toBe(true);
      expect(names.map((a) => a.name)).toEqual(names.map((a) => a.name).sort());
    }
  });

  it('lists the speakers in the alphabetical order of the reader’s names for them', () => {
    // Russian names sort in another order than the English ones: Си (Xi) after Байден (Biden).
    const ru: Record<string, string> = {
      'xi-jinping': 'Си Цзиньпин',
      'wang-yi': 'Ван И',
      'joe-biden': 'Байден',
      'olaf-scholz': 'Шольц',
      'emmanuel-macron': 'Макрон',
    };
    const translated: Dataset = {
      ...data,
      actorsById: new Map(
        [...data.actorsById].map(([id, a]) => [
          id,
          ru[id] ? { ...a, translations: { ru: { name: ru[id] } } } : a,
        ]),
      ),
      actors: data.actors.map((a) =>
        ru[a.id] ? { ...a, translations: { ru: { name: ru[a.id]! } } } : a,
      ),
    };
    const asked = generateQuiz(translated, { seed: 1, count: 40, lang: 'ru' }).filter(
      (x) => x.kind === 'quote',
    );
    expect(asked.length).toBeGreaterThan(0);
    const collator = new Intl.Collator('ru');
    for (const q of asked) {
      const names = q.choices.map((id) => ru[id]!);
      expect(names).toEqual([...names].sort(collator.compare));
      expect(rightAnswer(translated, q)).toBe(true);
    }
    // The same questions as in English: only the order of the choices follows the language.
    const english = generateQuiz(translated, { seed: 1, count: 40 });
    expect(asked.map((q) => q.id)).toEqual(
      english.filter((x) => x.kind === 'quote').map((q) => q.id),
    );
  });

  it('mixes the kinds from the start', () => {
    const first = generateQuiz(data, { seed: 5, count: 5 });
    expect(new Set(first.map((q) => q.kind)).size).toBe(5);
  });

  it('gives the same quiz for the same seed and another for another seed', () => {
    expect(generateQuiz(data, { seed: 7, count: 8 })).toEqual(
      generateQuiz(data, { seed: 7, count: 8 }),
    );
    const ids = (seed: number) => generateQuiz(data, { seed, count: 8 }).map((q) => q.id);
    expect(ids(7)).not.toEqual(ids(8));
  });

  it('returns no question for an empty dataset', () => {
    expect(generateQuiz(makeDataset(), { seed: 1 })).toEqual([]);
  });

  it('asks no ordering question when the events are too close together', () => {
    const close = makeDataset({
      events: Array.from({ length: 8 }, (_, i) =>
        makeEvent({ id: `e${i}`, date: `2022-03-0${i + 1}` }),
      ),
    });
    expect(quizYield(close).order).toBe(8);
    expect(generateQuiz(close, { seed: 1 }).filter((q) => q.kind === 'order')).toEqual([]);
  });
});
