/**
 * The events of a chronological list that overlap a time span, found by binary search on their
 * starts (sorted-search.ts): O(log n + k) for k events near the span, instead of a pass over all
 * n. The index of starts (one number per event, and the longest event's length) is built once per
 * list and kept while the list lives, so zooming and panning over 100,000 events touch only the
 * events in view.
 */
import type { Millis, ParleyEvent } from './types';
import { overlapRange } from './sorted-search';

interface StartIndex {
  readonly starts: Float64Array;
  /** The longest event's length: an event that began that long before a span may still be in it. */
  readonly maxLength: number;
  /** False if the list was not in order of start (then every event is checked). */
  readonly sorted: boolean;
}

const indexes = new WeakMap<readonly ParleyEvent[], StartIndex>();

function startIndexOf(events: readonly ParleyEvent[]): StartIndex {
  const known = indexes.get(events);
  if (known) return known;
  const starts = new Float64Array(events.length);
  let maxLength = 0;
  let sorted = true;
  for (let i = 0; i < events.length; i += 1) {
    const e = events[i]!;
    starts[i] = e.start;
    maxLength = Math.max(maxLength, e.end - e.start);
    if (i > 0 && e.start < starts[i - 1]!) sorted = false;
  }
  const index = { starts, maxLength, sorted };
  indexes.set(events, index);
  return index;
}

/**
 * The events (in their order) that end after `from` and start before `to`, from a list in order
 * of start. Returns `events` itself when every event is in the span.
 */
export function eventsNear(
  events: readonly ParleyEvent[],
  from: Millis,
  to: Millis,
): readonly ParleyEvent[] {
  const overlaps = (e: ParleyEvent) => e.end > from && e.start < to;
  const { starts, maxLength, sorted } = startIndexOf(events);
  if (!sorted) return events.filter(overlaps);
  const range = overlapRange(starts, from, to, maxLength);
  const near: ParleyEvent[] = [];
  for (let i = range.start; i < range.end; i += 1) {
    const e = events[i]!;
    if (overlaps(e)) near.push(e);
  }
  return near.length === events.length ? events : near;
}
