/**
 * Where a reader is in a quiz, kept per store and seed outside React, so that "Show on the
 * timeline" and coming back to the Quiz tab continue the quiz rather than restart it.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { ParleyStore } from '../../store/create-store';
import { useParleyStoreApi } from '../../store/StoreContext';

export interface QuizProgress {
  /** The question shown; equal to the number of questions once the score is shown. */
  readonly index: number;
  /** The choice checked for each question answered so far. */
  readonly checked: readonly number[];
}

const START: QuizProgress = { index: 0, checked: [] };
const byStore = new WeakMap<ParleyStore, Map<number, QuizProgress>>();
const listeners = new Set<() => void>();

function progressOf(store: ParleyStore, seed: number): QuizProgress {
  return byStore.get(store)?.get(seed) ?? START;
}

function save(store: ParleyStore, seed: number, progress: QuizProgress): void {
  const map = byStore.get(store) ?? new Map<number, QuizProgress>();
  map.set(seed, progress);
  byStore.set(store, map);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The progress through the quiz of `seed`, and a setter. */
export function useQuizProgress(seed: number): [QuizProgress, (p: QuizProgress) => void] {
  const store = useParleyStoreApi();
  const progress = useSyncExternalStore(subscribe, () => progressOf(store, seed));
  const set = useCallback((p: QuizProgress) => save(store, seed, p), [store, seed]);
  return [progress, set];
}
