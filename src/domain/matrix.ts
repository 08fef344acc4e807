/**
 * The comparison matrix's defaults (which actors and topics it shows before the user chooses) and
 * the "as of" day every stance in the app is read at.
 */
import { startOfDay } from './dates';
import type { Actor, ActorId, Dataset, Millis, TimeWindow, Topic } from './types';

/**
 * The states and organisations with at least one position: the dataset's leading actors
 * (`meta.defaults.matrixActors`) first, in their order, then by
 * number of position records (most first), ties in dataset order. People are left out: a
 * person's words are evidence for the stance of the state or body they speak for, and the
 * dataset records stances for those.
 */
export function defaultMatrixActors(data: Pick<Dataset, 'actors' | 'positions' | 'meta'>): Actor[] {
  const counts = new Map<ActorId, number>();
  for (const p of data.positions) counts.set(p.actor, (counts.get(p.actor) ?? 0) + 1);
  const leading = data.meta.defaults.matrixActors;
  const rank = (a: Actor) => {
    const i = leading.indexOf(a.id);
    return i === -1 ? leading.length : i;
  };
  const order = new Map(data.actors.map((a, i) => [a.id, i]));
  return data.actors
    .filter((a) => a.kind !== 'person' && counts.has(a.id))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        counts.get(b.id)! - counts.get(a.id)! ||
        order.get(a.id)! - order.get(b.id)!,
    );
}

/** The topics with at least one position, in dataset order. */
export function defaultMatrixTopics(data: Pick<Dataset, 'topics' | 'positions'>): Topic[] {
  const used = new Set(data.positions.map((p) => p.topic));
  return data.topics.filter((t) => used.has(t.id));
}

/**
 * The day the app is "looking at": the pinned day if there is one, else the UTC day at the
 * centre of the visible window. Either is taken to the start of its UTC day and clamped into the
 * dataset span (`span.end` is exclusive, so the last day is the one before it): a window panned
 * past the data, or a pin from an old link, still shows the nearest day the data covers.
 */
export function asOfDay(window: TimeWindow, pinned: Millis | null, span: TimeWindow): Millis {
  const day = startOfDay(pinned ?? (window.start + window.end) / 2);
  const lastDay = startOfDay(span.end - 1);
  return Math.min(Math.max(day, span.start), lastDay);
}
