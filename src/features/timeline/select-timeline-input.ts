/**
 * What the timeline's items depend on, as a memoised selector over the store, so the adapter
 * re-renders items only when the filtered events, the highlighted matches, the window (level of
 * detail depends on the zoom) or the selection (never folded into an aggregate) change.
 */
import type { EventId, ParleyEvent, TimeWindow } from '../../domain/types';
import type { ParleyState } from '../../store/create-store';
import { selectSearchMatches } from '../../store/select-search';
import { selectVisibleEvents } from '../../store/selectors';

export interface TimelineInput {
  readonly events: readonly ParleyEvent[];
  readonly highlight: ReadonlySet<EventId> | null;
  readonly window: TimeWindow;
  readonly selected: EventId | null;
  readonly lang: string;
}

export function selectTimelineInput(s: ParleyState): TimelineInput {
  const events = selectVisibleEvents(s);
  return {
    events,
    highlight: selectSearchMatches(s),
    window: s.window,
    selected: s.selectedEventId,
    lang: s.lang,
  };
}
