/**
 * The one store, built by a factory so that every mounted app, embed and test has its own.
 * It holds sources of truth only; lists and stances are derived by domain functions (see
 * `selectors.ts` and the hooks in `use-derived.ts`). It never touches `window` or `location`:
 * subscribers in `src/url` and `src/embed` do.
 */
import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Dataset, TimeWindow } from '../domain/types';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createPresentationSlice, type PresentationSlice } from './presentation-slice';

export interface DataSlice {
  readonly dataset: Dataset;
}

export type ParleyState = DataSlice & ViewSlice & FiltersSlice & UiSlice & PresentationSlice;

/** The fields a caller may set when creating a store (from a URL, say). */
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
    | 'lang'
    | 'compare'
    | 'matrix'
    | 'presenting'
    | 'embed'
    | 'theme'
    | 'story'
  >
>;

export function createParleyStore(dataset: Dataset, initial: InitialState = {}) {
  const window: TimeWindow = initial.window ?? dataset.presets[0]?.window ?? dataset.span;
  const store = createStore<ParleyState>()(
    subscribeWithSelector((...a) => ({
      dataset,
      ...createViewSlice(window)(...a),
      ...createFiltersSlice(...a),
      ...createUiSlice(...a),
      ...createPresentationSlice(...a),
      ...initial,
    })),
  );
  return store;
}

/** A Parley store, with `subscribe(selector, listener)` from subscribeWithSelector. */
export type ParleyStore = ReturnType<typeof createParleyStore>;
