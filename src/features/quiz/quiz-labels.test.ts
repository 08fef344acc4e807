import { describe, expect, it } from 'vitest';
import { makeActor, makeDataset, makeDocument } from '../../../tests/helpers/builders';
import type { PointQuestion, QuoteQuestion } from '../../domain/quiz';
import type { ActorId, DocumentId, EventId } from '../../domain/types';
import { translator } from '../../i18n/translate';
import { choiceLabels, untranslatedPart } from './quiz-labels';

const doc = makeDocument({ id: 'paper', points: 4 });
const dataset = makeDataset({
  actors: [
    makeActor({
      id: 'xi',
      name: 'Xi Jinping',
      kind: 'person',
      translations: { ru: { name: 'Си Цзиньпин' } },
    }),
    makeActor({ id: 'biden', name: 'Joe Biden', kind: 'person' }),
  ],
  documents: [
    {
      ...doc,
      points: doc.points.map((p) =>
        p.number === 1
          ? {
              ...p,
              title: 'Respecting sovereignty',
              translations: { ru: { title: 'Уважение суверенитета' } },
            }
          : p,
      ),
    },
  ],
});
const why = { events: [], sources: [] };
const quote: QuoteQuestion = {
  id: 'q',
  kind: 'quote',
  prompt: { event: 'e' as EventId, quote: 0, text: 'Words' },
  choices: ['biden', 'xi'] as ActorId[],
  answer: 1,
  why,
  event: 'e' as EventId,
};
const point: PointQuestion = {
  id: 'p',
  kind: 'point',
  prompt: { document: 'paper' as DocumentId, summary: 'Words' },
  choices: [1, 2],
  answer: 0,
  why,
  event: 'e' as EventId,
};

describe('choiceLabels', () => {
  it('names actors and points in the reader’s language, in English where untranslated', () => {
    const t = translator('en');
    expect(choiceLabels(quote, dataset, t, 'ru')).toEqual(['Joe Biden', 'Си Цзиньпин']);
    expect(choiceLabels(quote, dataset, t)).toEqual(['Joe Biden', 'Xi Jinping']);
    expect(choiceLabels(point, dataset, t, 'ru')[0]).toContain('Уважение суверенитета');
    expect(choiceLabels(point, dataset, t)[0]).toContain('Respecting sovereignty');
  });
});

describe('untranslatedPart', () => {
  it('names the English words a translated label falls back to, and nothing in English', () => {
    expect(untranslatedPart(quote, 0, dataset, 'ru')).toBe('Joe Biden');
    expect(untranslatedPart(quote, 1, dataset, 'ru')).toBeUndefined();
    expect(untranslatedPart(point, 0, dataset, 'ru')).toBeUndefined();
    expect(untranslatedPart(point, 1, dataset, 'ru')).toBe(doc.points[1]!.title);
    expect(untranslatedPart(quote, 0, dataset, 'en')).toBeUndefined();
  });
});
