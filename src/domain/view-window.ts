/**
 * The one clamping rule for what the timeline shows. Every window the store holds, whatever set
 * it (a preset, a pan, a zoom, Fit, a story step, a link), goes through `normaliseWindow` before
 * anything is shown: whole UTC days (rounded outwards), at least one day, inside `viewBounds`.
 * A link can carry any such window, so a copied link reopens exactly the window that was shown,
 * and with it the same items and the same "as of" day (the centre of the window).
 */
import { DAY_MS, startOfDay } from './dates';
import type { TimeWindow, ZoomPreset } from './types';

/** Room to pan before the span's first day: at least this many days… */
const PAN_BEFORE_MIN_DAYS = 15;
/** …or this share of the span, whichever is more. */
const PAN_BEFORE_SHARE = 0.03;
/** Room after the span's last day, where the last labels run (a share of the span). */
const PAN_AFTER_SHARE = 0.18;

function endOfDay(t: number): number {
  return Math.ceil(t / DAY_MS) * DAY_MS;
}

/**
 * How far the timeline may be panned or zoomed out: the span with a little room before it and
 * more after it (labels run to the right of their item). Whole days.
 */
export function viewBounds(span: TimeWindow): TimeWindow {
  const width = span.end - span.start;
  const before = Math.max(PAN_BEFORE_MIN_DAYS * DAY_MS, width * PAN_BEFORE_SHARE);
  const after = Math.max(before, width * PAN_AFTER_SHARE);
  return { start: startOfDay(span.start - before), end: endOfDay(span.end + after) };
}

/**
 * A window as the store keeps it: starting at the nearest UTC midnight, a whole number of days
 * wide (rounded up, at least one), cut to `viewBounds(span)` (a window wholly outside becomes the
 * day at the nearer edge). Idempotent; a window centred on a day keeps its width.
 */
export function normaliseWindow(w: TimeWindow, span: TimeWindow): TimeWindow {
  const bounds = viewBounds(span);
  const start = Math.round(w.start / DAY_MS) * DAY_MS;
  const end = start + Math.max(Math.ceil((w.end - w.start) / DAY_MS), 1) * DAY_MS;
  if (end <= bounds.start) return { start: bounds.start, end: bounds.start + DAY_MS };
  if (start >= bounds.end) return { start: bounds.end - DAY_MS, end: bounds.end };
  return { start: Math.max(start, bounds.start), end: Math.min(end, bounds.end) };
}

/** The window shown when nothing else is asked for: the first preset's, else the span. */
export function defaultWindow(presets: readonly Pick<ZoomPreset, 'window'>[], span: TimeWindow) {
  return normaliseWindow(presets[0]?.window ?? span, span);
}

export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.start === b.start && a.end === b.end;
}
