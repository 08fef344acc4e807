/**
 * The positions views' state with its defaults resolved: the store keeps only what the user chose
 * (`null` or empty lists for "the default"), so that a link carries nothing it need not.
 */
import { useMemo } from 'react';
import { startOfDay } from '../domain/dates';
import { defaultMatrixActors, defaultMatrixTopics } from '../domain/matrix';
import type { Actor, Dataset, PolicyDocument, Topic } from '../domain/types';
import type { Comparison, MatrixChoice } from './types';
import { useParley } from './StoreContext';

/**
 * The dataset's default comparison (for the bundled one, "from the invasion to the visit"): its
 * `compareFrom` day to the last day of the span.
 */
export function defaultComparison(data: Pick<Dataset, 'span' | 'meta'>): Comparison {
  const { span } = data;
  const lastDay = startOfDay(span.end - 1);
  const from = data.meta.defaults.compareFrom;
  return { from: Math.min(Math.max(from, span.start), lastDay), to: lastDay };
}

/** The two days of the "what changed" view: the user's, or the default. */
export function useComparison(): Comparison {
  const dataset = useParley((s) => s.dataset);
  const compare = useParley((s) => s.compare);
  return useMemo(() => compare ?? defaultComparison(dataset), [compare, dataset]);
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
  dataset: Pick<Dataset, 'actors' | 'topics' | 'positions' | 'meta'>,
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

/** The document of the paper view: the chosen one, else the dataset's default, else the first. */
export function useDocument(): PolicyDocument | undefined {
  const dataset = useParley((s) => s.dataset);
  const id = useParley((s) => s.documentId);
  return (
    (id && dataset.documentsById.get(id)) ||
    (dataset.meta.defaults.document && dataset.documentsById.get(dataset.meta.defaults.document)) ||
    dataset.documents[0]
  );
}
