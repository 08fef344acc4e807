/**
 * Stepping through a list of events one at a time, as presentation mode and a clicker do: pure
 * index arithmetic over the (filtered, chronological) list, plus the window to show around the
 * event stepped to.
 */
import { DAY_MS } from './dates';
import type { EventId, Millis, ParleyEvent, TimeWindow } from './types';
import { clampWindow } from './window-math';

/** A relative move (…, -1, 0, +1, …) or a jump to either end. */
export type Step = number | 'first' | 'last';

/** How wide a window presentation mode shows around the current event. */
export const FOCUS_WINDOW_DAYS = 60;

/**
 * How far into a window an event may start and still leave room for its label, which runs to
 * the right of the item.
 */
export const LABEL_ROOM_FRACTION = 0.75;

/**
 * The index to show after a step, or -1 when there are no events. From an event in the list the
 * move is clamped at both ends. From an event that is not in the list (none selected, or one the
 * filters hide), the reference is the time `anchor` (or the start of time): a forward step or 0
 * lands on the first event starting at or after it, a backward step on the last one before it.
 */
export function stepIndex(
  events: readonly Pick<ParleyEvent, 'id' | 'start'>[],
  currentId: EventId | null,
  step: Step,
  anchor: Millis = -Infinity,
): number {
  const last = events.length - 1;
  if (last < 0) return -1;
  if (step === 'first') return 0;
  if (step === 'last') return last;
  const i = currentId === null ? -1 : events.findIndex((e) => e.id === currentId);
  if (i >= 0) return Math.min(Math.max(i + step, 0), last);
  const after = events.findIndex((e) => e.start >= anchor);
  if (step >= 0) return after === -1 ? last : after;
  return after === -1 ? last : Math.max(after - 1, 0);
}

/** "N of M": the 1-based position of an event in the list, or `null` when it is not in it. */
export function eventPosition(
  events: readonly Pick<ParleyEvent, 'id'>[],
  currentId: EventId | null,
): { readonly n: number; readonly m: number } | null {
  const i = currentId === null ? -1 : events.findIndex((e) => e.id === currentId);
  return i === -1 ? null : { n: i + 1, m: events.length };
}

/**
 * The window that shows an event in context: `days` wide (wider for a long event, so all of it
 * shows), centred on the event, kept inside the span. Near the end of the span, where centring
 * is impossible, it narrows so that the event's label still fits.
 */
export function focusWindow(
  event: Pick<ParleyEvent, 'start' | 'end'>,
  span: TimeWindow,
  days = FOCUS_WINDOW_DAYS,
): TimeWindow {
  const width = Math.max(days * DAY_MS, (event.end - event.start) * 1.25);
  const centre = (event.start + event.end) / 2;
  const w = clampWindow({ start: centre - width / 2, end: centre + width / 2 }, span);
  if (event.start - w.start <= (w.end - w.start) * LABEL_ROOM_FRACTION) return w;
  const narrowed = (w.end - event.start) / (1 - LABEL_ROOM_FRACTION);
  return clampWindow({ start: w.end - narrowed, end: w.end }, span);
}

/**
 * The one stepping rule, for the keyboard, a clicker and presentation mode alike: the event a step
 * lands on among `events` (the events shown: filtered, and narrowed by a search). From the
 * selected event when it is among them; otherwise from the selected event's day, or else from the
 * start of the window (the first event in view).
 */
export function stepTarget<E extends Pick<ParleyEvent, 'id' | 'start'>>(
  events: readonly E[],
  selected: Pick<ParleyEvent, 'id' | 'start'> | undefined,
  step: Step,
  window: TimeWindow,
): E | undefined {
  return events[stepIndex(events, selected?.id ?? null, step, selected?.start ?? window.start)];
}
