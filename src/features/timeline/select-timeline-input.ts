/**
 * What the timeline's items depend on, as a memoised selector over the store, so the adapter
 * re-renders items only when the filtered events, the highlighted matches, the window (level of
 * detail depends on the zoom) or the selection (never folded into an aggregate) change.
 */
import { filterEvents, type Filters } from '../../domain/filter-events';
import type { Dataset, EventId, ParleyEvent, TimeWindow } from '../../domain/types';
import type { ParleyState } from '../../store/create-store';
import { selectSearchMatches } from '../../store/select-search';

export interface TimelineInput {
  readonly events: readonly ParleyEvent[];
  readonly highlight: ReadonlySet<EventId> | null;
  readonly window: TimeWindow;
  readonly selected: EventId | null;
  readonly lang: string;
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
    window: s.window,
    selected: s.selectedEventId,
    lang: s.lang,
  };
}
