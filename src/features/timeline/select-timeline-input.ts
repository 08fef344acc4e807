/**
 * What the timeline's items depend on, as a memoised selector over the store, so the adapter
 * re-renders items only when the filtered events, the highlighted matches, the window (level of
 * detail depends on the zoom), the selection or the story step's event (never folded into an
 * aggregate) change.
 */
import type { EventId, ParleyEvent, TimeWindow } from '../../domain/types';
import type { ParleyState } from '../../store/create-store';
import { selectSearchMatches } from '../../store/select-search';
import { selectVisibleEvents } from '../../store/selectors';
import { stepFocus } from '../../domain/story-steps';

export interface TimelineInput {
  readonly events: readonly ParleyEvent[];
  readonly highlight: ReadonlySet<EventId> | null;
  readonly window: TimeWindow;
  readonly selected: EventId | null;
  /** The event of the story step shown, if a story is playing. */
  readonly storyEvent: EventId | null;
  readonly lang: string;
}

function storyEvent(s: ParleyState): EventId | null {
  if (!s.story) return null;
  const step = s.dataset.stories.find((st) => st.id === s.story!.id)?.steps[s.story.step];
  return step ? (stepFocus(step, s.dataset).eventId ?? null) : null;
}

export function selectTimelineInput(s: ParleyState): TimelineInput {
  const events = selectVisibleEvents(s);
  return {
    events,
    highlight: selectSearchMatches(s),
    window: s.window,
    selected: s.selectedEventId,
    storyEvent: storyEvent(s),
    lang: s.lang,
  };
}

/** Whether two inputs would give the same items. */
export function sameInput(a: TimelineInput, b: TimelineInput): boolean {
  return (
    a.events === b.events &&
    a.highlight === b.highlight &&
    a.window === b.window &&
    a.selected === b.selected &&
    a.storyEvent === b.storyEvent &&
    a.lang === b.lang
  );
}

/** Whether the selected event or the story step's event differs between two inputs. */
export function selectionChanged(next: TimelineInput, prev: TimelineInput): boolean {
  return next.selected !== prev.selected || next.storyEvent !== prev.storyEvent;
}
