/**
 * What the timeline's items depend on, as a memoised selector over the store, so the adapter
 * re-renders items only when the filtered events, the highlighted matches or (for level of
 * detail on large datasets) the window change.
 */
import { filterEvents, type Filters } from '../domain/filter-events';
import type { Dataset, EventId, ParleyEvent, TimeWindow } from '../domain/types';
import type { ParleyState } from '../store/create-store';
import { selectSearchMatches } from '../store/select-search';
import { MAX_ITEMS_IN_VIEW } from './to-timeline-items';

export interface TimelineInput {
  readonly events: readonly ParleyEvent[];
  readonly highlight: ReadonlySet<EventId> | null;
  /** `null` while every event fits without aggregation, so panning costs nothing. */
  readonly window: TimeWindow | null;
}

let lastDataset: Dataset | undefined;
let lastFilters: Filters | undefined;
let lastEvents: readonly ParleyEvent[] = [];

function visibleEvents(dataset: Dataset, filters: Filters): readonly ParleyEvent[] {
  if (dataset !== lastDataset || filters !== lastFilters) {
    lastDataset = dataset;
    lastFilters = filters;
    lastEvents = filterEvents(dataset.events, filters, dataset);
  }
  return lastEvents;
}

export function selectTimelineInput(s: ParleyState): TimelineInput {
  const events = visibleEvents(s.dataset, s.filters);
  return {
    events,
    highlight: selectSearchMatches(s),
    window: events.length > MAX_ITEMS_IN_VIEW ? s.window : null,
  };
}
