/**
 * The words for a quiz question's choices, from its structured data and the interface language:
 * pure, so the answer in the feedback and the radio buttons always say the same thing.
 */
import type { Dataset } from '../../domain/types';
import type { QuizQuestion } from '../../domain/quiz';
import type { Translate } from '../../i18n/translate';
import { localised, localName, localPoint, type Lang } from '../../domain/localise';

export const LETTERS = ['A', 'B', 'C', 'D'] as const;

export type LabelData = Pick<Dataset, 'actorsById' | 'documentsById'>;

/**
 * The label of choice `index` of a question; actors and point titles in `lang` (the dataset's
 * translations, English where it has none).
 */
export function choiceLabel(
  q: QuizQuestion,
  index: number,
  data: LabelData,
  t: Translate,
  lang: Lang = 'en',
): string {
  switch (q.kind) {
    case 'order':
      return (q.choices[index] ?? []).map((i) => LETTERS[i] ?? '?').join(', ');
    case 'quote': {
      const id = q.choices[index];
      const actor = id && data.actorsById.get(id);
      return actor ? localName(actor, lang) : String(id);
    }
    case 'vote':
      return t(`vote.${q.choices[index] ?? 'absent'}`);
    case 'stance':
      return t(`stance.${q.choices[index] ?? 'none'}`);
    case 'point': {
      const n = q.choices[index] ?? 0;
      const point = data.documentsById.get(q.prompt.document)?.points.find((p) => p.number === n);
      return t('quiz.point.choice', { n, title: point ? localPoint(point, lang) : '' });
    }
  }
}

/** The labels of all a question's choices, in order. */
export function choiceLabels(
  q: QuizQuestion,
  data: LabelData,
  t: Translate,
  lang: Lang = 'en',
): string[] {
  return q.choices.map((_, i) => choiceLabel(q, i, data, t, lang));
}

/**
 * The words of choice `index` that stay English because the dataset has no `lang` translation of
 * them (an actor's name, a point's title), for the view to mark `lang="en"`; none in English.
 */
export function untranslatedPart(
  q: QuizQuestion,
  index: number,
  data: LabelData,
  lang: Lang,
): string | undefined {
  if (lang === 'en') return undefined;
  if (q.kind === 'quote') {
    const id = q.choices[index];
    const actor = id && data.actorsById.get(id);
    return actor && localised(actor, 'name', lang).lang === 'en' ? actor.name : undefined;
  }
  if (q.kind === 'point') {
    const n = q.choices[index];
    const point = data.documentsById.get(q.prompt.document)?.points.find((p) => p.number === n);
    return point && localised(point, 'title', lang).lang === 'en' ? point.title : undefined;
  }
  return undefined;
}
