/** Stepping through a chronological list of events: next, previous, first, last. */
import type { EventId, ParleyEvent } from './types';

/**
 * The event `delta` places from the current one, stopping at either end. With no current event
 * (or one not in the list), a step forward starts at the first event and a step back at the last.
 */
export function stepEvent(
  events: readonly ParleyEvent[],
  current: EventId | null,
  delta: number,
): ParleyEvent | undefined {
  if (events.length === 0) return undefined;
  const index = current === null ? -1 : events.findIndex((e) => e.id === current);
  if (index === -1) return delta >= 0 ? events[0] : events[events.length - 1];
  return events[Math.min(Math.max(index + delta, 0), events.length - 1)];
}

/** 1-based position of the current event in the list, or 0 when it is not in it. */
export function positionOf(events: readonly ParleyEvent[], current: EventId | null): number {
  return current === null ? 0 : events.findIndex((e) => e.id === current) + 1;
}
