/** Derived data: computed by domain functions from the store's sources of truth, memoised. */
import { useMemo } from 'react';
import { filterEvents } from '../domain/filter-events';
import type { ParleyEvent } from '../domain/types';
import { useParley } from './StoreContext';

/** The events that pass the current filters, in chronological order. */
export function useVisibleEvents(): readonly ParleyEvent[] {
  const dataset = useParley((s) => s.dataset);
  const filters = useParley((s) => s.filters);
  return useMemo(() => filterEvents(dataset.events, filters, dataset), [dataset, filters]);
}

/** The selected event, or undefined. */
export function useSelectedEvent(): ParleyEvent | undefined {
  const dataset = useParley((s) => s.dataset);
  const id = useParley((s) => s.selectedEventId);
  return id ? dataset.eventsById.get(id) : undefined;
}
