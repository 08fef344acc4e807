/**
 * The one store, built by a factory so that every mounted app, embed and test has its own.
 * It holds sources of truth only; lists and stances are derived by the selectors of
 * `selectors.ts` (read in components through `use-derived.ts`). It never touches `window` or
 * `location`: subscribers in `src/url` and the newsroom feature do.
 */
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Dataset } from '../domain/types';
import { defaultWindow, normaliseWindow } from '../domain/view-window';
import { createViewSlice } from './view-slice';
import { createFiltersSlice } from './filters-slice';
import { createPositionsSlice } from './positions-slice';
import { createShellSlice } from './shell-slice';
import { createClassroomSlice } from './classroom-slice';
import type { ParleyState } from './types';
import { BUNDLED } from '../data/dataset-source';

export type { ParleyState } from './types';

/** The fields a caller may set when creating a store (from a URL, say), and the boot options. */
export type InitialState = Partial<
  Pick<
    ParleyState,
    | 'window'
    | 'selectedEventId'
    | 'asOf'
    | 'filters'
    | 'query'
    | 'view'
    | 'panel'
    | 'actorId'
    | 'documentId'
    | 'quizSeed'
    | 'lang'
    | 'compare'
    | 'matrix'
    | 'presenting'
    | 'embed'
    | 'theme'
    | 'story'
    | 'source'
  >
>;

export function createParleyStore(dataset: Dataset, initial: InitialState = {}) {
  const window = initial.window
    ? normaliseWindow(initial.window, dataset.span)
    : defaultWindow(dataset.presets, dataset.span);
  return createStore<ParleyState>()(
    subscribeWithSelector((set, get) => ({
      dataset,
      embed: false,
      source: BUNDLED,
      ...createViewSlice(window)(set, get),
      ...createFiltersSlice(set, get),
      ...createPositionsSlice(set, get),
      ...createShellSlice(set, get),
      ...createClassroomSlice(set, get),
      ...initial,
      window,
    })),
  );
}

/** A Parley store, with `subscribe(selector, listener)` from subscribeWithSelector. */
export type ParleyStore = ReturnType<typeof createParleyStore>;
