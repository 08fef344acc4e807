/** Window arithmetic for zooming and fitting, kept inside the dataset's span. */
import { DAY_MS } from './dates';
import type { Millis, ParleyEvent, TimeWindow } from './types';

/** The narrowest window the timeline allows: one day. */
export const MIN_WINDOW_MS = DAY_MS;

/** Keeps a window at least a day wide and inside the span (shifting before shrinking). */
export function clampWindow(w: TimeWindow, span: TimeWindow): TimeWindow {
  const spanWidth = span.end - span.start;
  const width = Math.min(Math.max(w.end - w.start, MIN_WINDOW_MS), spanWidth);
  let start = w.start + (w.end - w.start - width) / 2;
  start = Math.min(Math.max(start, span.start), span.end - width);
  return { start, end: start + width };
}

/** Zooms around the window's centre: factor < 1 zooms in, > 1 zooms out. */
export function zoomWindow(w: TimeWindow, factor: number, span: TimeWindow): TimeWindow {
  const centre = (w.start + w.end) / 2;
  const half = ((w.end - w.start) * factor) / 2;
  return clampWindow({ start: centre - half, end: centre + half }, span);
}

/** A window centred on a day, keeping the current width. */
export function centreWindowOn(w: TimeWindow, t: Millis, span: TimeWindow): TimeWindow {
  const half = (w.end - w.start) / 2;
  return clampWindow({ start: t - half, end: t + half }, span);
}

/** The window that shows every given event with a small margin; the span when there are none. */
export function fitWindow(events: readonly ParleyEvent[], span: TimeWindow): TimeWindow {
  if (events.length === 0) return span;
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    start = Math.min(start, e.start);
    end = Math.max(end, e.end);
  }
  const margin = Math.max((end - start) * 0.04, DAY_MS);
  return clampWindow({ start: start - margin, end: end + margin }, span);
}

/**
 * The one rule for bringing an event into view: a window that already shows the event's start
 * stays as it is; otherwise it is centred on the event, keeping its width, inside the span.
 */
export function revealWindow(
  w: TimeWindow,
  event: Pick<ParleyEvent, 'start'>,
  span: TimeWindow,
): TimeWindow {
  const inView = event.start >= w.start && event.start < w.end;
  return inView ? w : centreWindowOn(w, event.start, span);
}
