/**
 * The derived lists, as selectors over the store's state, memoised per dataset and per source
 * value: the same filters give back the same array, and the same query the same narrowed list,
 * so hooks, the timeline controller and actions all share one computation and a component that
 * selects them re-renders only when they change. Keys are the state's own immutable values
 * (held weakly), so two stores over one dataset (the app and its embed preview) do not evict each
 * other's results.
 */
import { filterEvents, type Filters } from '../domain/filter-events';
import { asOfDay } from '../domain/matrix';
import type { Dataset, EventId, Millis, ParleyEvent } from '../domain/types';
import { selectSearchMatches } from './select-search';
import type { ParleyState } from './types';

const visibleCache = new WeakMap<Dataset, WeakMap<Filters, readonly ParleyEvent[]>>();
const shownCache = new WeakMap<
  readonly ParleyEvent[],
  WeakMap<ReadonlySet<EventId>, readonly ParleyEvent[]>
>();

/** The events that pass the current filters, in chronological order. */
export function selectVisibleEvents(s: ParleyState): readonly ParleyEvent[] {
  let byFilters = visibleCache.get(s.dataset);
  if (!byFilters) {
    byFilters = new WeakMap();
    visibleCache.set(s.dataset, byFilters);
  }
  let events = byFilters.get(s.filters);
  if (!events) {
    events = filterEvents(s.dataset.events, s.filters, s.dataset);
    byFilters.set(s.filters, events);
  }
  return events;
}

/**
 * The events a reader steps through and the list shows: the visible events, narrowed to the
 * search matches while there is a query. (The timeline shows all visible events and dims the rest.)
 */
export function selectShownEvents(s: ParleyState): readonly ParleyEvent[] {
  const visible = selectVisibleEvents(s);
  const matches = selectSearchMatches(s);
  if (!matches) return visible;
  let byMatches = shownCache.get(visible);
  if (!byMatches) {
    byMatches = new WeakMap();
    shownCache.set(visible, byMatches);
  }
  let shown = byMatches.get(matches);
  if (!shown) {
    shown = visible.filter((e) => matches.has(e.id));
    byMatches.set(matches, shown);
  }
  return shown;
}

/** The selected event, or undefined. */
export function selectSelectedEvent(s: ParleyState): ParleyEvent | undefined {
  return s.selectedEventId ? s.dataset.eventsById.get(s.selectedEventId) : undefined;
}

/** The pinned "as of" day, or the centre of the visible window, clamped into the dataset's span. */
export function selectAsOfDay(s: ParleyState): Millis {
  return asOfDay(s.window, s.asOf, s.dataset.span);
}
