/** Hooks over the store's derived data: the selectors of `selectors.ts`, read in components. */
import type { ParleyEvent, Millis } from '../domain/types';
import type { SearchHit } from '../domain/search-events';
import { useParley } from './StoreContext';
import { selectSearchHits } from './select-search';
import {
  selectAsOfDay,
  selectSelectedEvent,
  selectShownEvents,
  selectVisibleEvents,
} from './selectors';

/** The events that pass the current filters, in chronological order. */
export function useVisibleEvents(): readonly ParleyEvent[] {
  return useParley(selectVisibleEvents);
}

/** The filtered events narrowed to the search matches while there is a query. */
export function useShownEvents(): readonly ParleyEvent[] {
  return useParley(selectShownEvents);
}

/** The ranked search hits for the current query, or `null` without one. */
export function useSearchHits(): readonly SearchHit[] | null {
  return useParley(selectSearchHits);
}

/** The selected event, or undefined. */
export function useSelectedEvent(): ParleyEvent | undefined {
  return useParley(selectSelectedEvent);
}

/** The "as of" day (UTC midnight); a number, so components re-render only when the day changes. */
export function useAsOfDay(): Millis {
  return useParley(selectAsOfDay);
}
