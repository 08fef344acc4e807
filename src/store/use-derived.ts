/** Derived data: computed by domain functions from the store's sources of truth, memoised. */
import { useMemo } from 'react';
import { filterEvents } from '../domain/filter-events';
import type { ParleyEvent } from '../domain/types';
import type { SearchHit } from '../domain/search-events';
import { useParley } from './StoreContext';
import { selectSearchHits, selectSearchMatches } from './select-search';

/** The events that pass the current filters, in chronological order. */
export function useVisibleEvents(): readonly ParleyEvent[] {
  const dataset = useParley((s) => s.dataset);
  const filters = useParley((s) => s.filters);
  return useMemo(() => filterEvents(dataset.events, filters, dataset), [dataset, filters]);
}

/**
 * The events a reader steps through and the list shows: the filtered events, narrowed to the
 * search matches while there is a query. (The timeline shows all filtered events and dims the rest.)
 */
export function useShownEvents(): readonly ParleyEvent[] {
  const visible = useVisibleEvents();
  const matches = useParley(selectSearchMatches);
  return useMemo(
    () => (matches ? visible.filter((e) => matches.has(e.id)) : visible),
    [visible, matches],
  );
}

/** The ranked search hits for the current query, or `null` without one. */
export function useSearchHits(): readonly SearchHit[] | null {
  return useParley(selectSearchHits);
}

/** The selected event, or undefined. */
export function useSelectedEvent(): ParleyEvent | undefined {
  const dataset = useParley((s) => s.dataset);
  const id = useParley((s) => s.selectedEventId);
  return id ? dataset.eventsById.get(id) : undefined;
}
