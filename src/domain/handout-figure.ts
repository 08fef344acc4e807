/**
 * The printed handout's timeline figure: which events the window shows, where each one's marker
 * sits (a row per overlap, so numbers never cover each other), and the ticks of the axis. Pure
 * geometry in the figure's own units; the component draws it as SVG.
 */
import { DAY_MS } from './dates';
import type { Millis, ParleyEvent, TimeWindow } from './types';

/** The events that overlap the window (any part of them inside it), in their order. */
export function eventsInWindow<E extends Pick<ParleyEvent, 'start' | 'end'>>(
  events: readonly E[],
  window: TimeWindow,
): E[] {
  return events.filter((e) => e.end > window.start && e.start < window.end);
}

export interface FigureMarker {
  /** 1-based: the event's number in the handout's list. */
  readonly n: number;
  /** Where the event starts and ends, in figure units (clamped to the figure). */
  readonly x: number;
  readonly x2: number;
  /** 0-based row; rows stack downwards. */
  readonly row: number;
}

/**
 * One marker per event (numbered in order), placed at its start and laid out greedily in the
 * first row where it keeps `gap` units clear of the marker before it.
 */
export function figureMarkers(
  events: readonly Pick<ParleyEvent, 'start' | 'end'>[],
  window: TimeWindow,
  width: number,
  gap: number,
): FigureMarker[] {
  const scale = width / (window.end - window.start);
  const at = (t: Millis) => Math.min(Math.max((t - window.start) * scale, 0), width);
  const rowEnds: number[] = [];
  return events.map((e, i) => {
    const x = at(e.start);
    const x2 = Math.max(at(e.end), x);
    let row = rowEnds.findIndex((end) => end + gap <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = Math.max(x, x2 - gap);
    return { n: i + 1, x, x2, row };
  });
}

export interface FigureTick {
  readonly t: Millis;
  readonly x: number;
  /** Whether the tick carries a date label (every tick when there are few). */
  readonly labelled: boolean;
  /** How a labelled tick reads: a day, or a month. */
  readonly unit: 'day' | 'month';
}

/** At most this many labelled ticks, so that labels never run into each other. */
export const MAX_TICK_LABELS = 8;

/**
 * Ticks at midnight UTC: every day for a window of up to 45 days, else the first of each month;
 * every k-th labelled so that at most `MAX_TICK_LABELS` carry a date.
 */
export function figureTicks(window: TimeWindow, width: number): FigureTick[] {
  const days = (window.end - window.start) / DAY_MS;
  const unit = days <= 45 ? 'day' : 'month';
  const times: Millis[] = [];
  const first = new Date(Math.ceil(window.start / DAY_MS) * DAY_MS);
  if (unit === 'month' && first.getUTCDate() !== 1) first.setUTCMonth(first.getUTCMonth() + 1, 1);
  for (let d = first; d.getTime() <= window.end;) {
    times.push(d.getTime());
    d = new Date(d);
    if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
    else d.setUTCMonth(d.getUTCMonth() + 1, 1);
  }
  const every = Math.max(1, Math.ceil(times.length / MAX_TICK_LABELS));
  const scale = width / (window.end - window.start);
  return times.map((t, i) => ({
    t,
    x: (t - window.start) * scale,
    labelled: i % every === 0,
    unit,
  }));
}
