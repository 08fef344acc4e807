/**
 * The positions views' state with its defaults resolved: the store keeps only what the user chose
 * (`null` or empty lists for "the default"), so that a link carries nothing it need not.
 */
import { useMemo } from 'react';
import { parseDay, startOfDay } from '../domain/dates';
import { defaultMatrixActors, defaultMatrixTopics } from '../domain/matrix';
import type { Actor, Dataset, DocumentId, PolicyDocument, Topic } from '../domain/types';
import type { Comparison, MatrixChoice } from './ui-slice';
import { useParley } from './StoreContext';

/**
 * The eve of the invasion. Records dated 24 February 2022 are in force on that day, so comparing
 * "as of 23 February" with a later day counts the stances taken on the day of the invasion.
 */
export const INVASION_EVE = '2022-02-23';

/** The document the paper view opens with. */
export const DEFAULT_DOCUMENT = 'doc-china-position-paper-2023' as DocumentId;

/** "From the invasion to the visit": the eve of the invasion to the last day of the span. */
export function defaultComparison(span: Dataset['span']): Comparison {
  const lastDay = startOfDay(span.end - 1);
  const eve = parseDay(INVASION_EVE) ?? span.start;
  return { from: Math.min(Math.max(eve, span.start), lastDay), to: lastDay };
}

/** The two days of the "what changed" view: the user's, or the default. */
export function useComparison(): Comparison {
  const span = useParley((s) => s.dataset.span);
  const compare = useParley((s) => s.compare);
  return useMemo(() => compare ?? defaultComparison(span), [compare, span]);
}

export interface ResolvedMatrix {
  /** Every actor and topic the matrix can show, in display order. */
  readonly allActors: readonly Actor[];
  readonly allTopics: readonly Topic[];
  /** The ones shown: the choice, in display order, or all of them when nothing is chosen. */
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
}

/** The matrix's rows and columns from the dataset and the stored choice. */
export function resolveMatrix(
  dataset: Pick<Dataset, 'actors' | 'topics' | 'positions'>,
  choice: MatrixChoice,
): ResolvedMatrix {
  const allActors = defaultMatrixActors(dataset);
  const allTopics = defaultMatrixTopics(dataset);
  const pick = <T extends { readonly id: string }>(all: readonly T[], ids: readonly string[]) => {
    const chosen = all.filter((x) => ids.includes(x.id));
    return chosen.length > 0 ? chosen : all;
  };
  return {
    allActors,
    allTopics,
    actors: pick(allActors, choice.actors),
    topics: pick(allTopics, choice.topics),
  };
}

export function useMatrix(): ResolvedMatrix {
  const dataset = useParley((s) => s.dataset);
  const choice = useParley((s) => s.matrix);
  return useMemo(() => resolveMatrix(dataset, choice), [dataset, choice]);
}

/** The document of the paper view: the chosen one, else the position paper, else the first. */
export function useDocument(): PolicyDocument | undefined {
  const dataset = useParley((s) => s.dataset);
  const id = useParley((s) => s.documentId);
  return (
    (id && dataset.documentsById.get(id)) ||
    dataset.documentsById.get(DEFAULT_DOCUMENT) ||
    dataset.documents[0]
  );
}
