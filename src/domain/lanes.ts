/**
 * Timeline lanes. One lane per state or organisation; a person's events sit in the lane of the
 * state or body they speak for. With a dozen lanes instead of thirty, a projector still shows
 * every lane, and "what did China do" reads along one row.
 */
import type { Actor, ActorId, Dataset, ParleyEvent } from './types';

/** The lane an actor's events go in: the actor itself, or the body a person belongs to. */
export function laneOf(actor: ActorId, data: Pick<Dataset, 'actorsById'>): ActorId {
  return data.actorsById.get(actor)?.memberOf ?? actor;
}

/** The lane of an event: that of its primary (first-listed) actor. */
export function eventLane(e: ParleyEvent, data: Pick<Dataset, 'actorsById'>): ActorId {
  return laneOf(e.primaryActor, data);
}

/** The lanes that hold at least one event, ordered by how many events they hold (most first). */
export function lanesFor(
  events: readonly ParleyEvent[],
  data: Pick<Dataset, 'actorsById'>,
): Actor[] {
  const counts = new Map<ActorId, number>();
  for (const e of events) {
    const lane = eventLane(e, data);
    counts.set(lane, (counts.get(lane) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .flatMap(([id]) => {
      const actor = data.actorsById.get(id);
      return actor ? [actor] : [];
    });
}
