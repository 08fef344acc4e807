/**
 * "What changed between two days": every actor × topic whose stance as of the second day differs
 * from its stance as of the first, by the rules of `stance-as-of.ts`.
 */
import { sameStance, stanceKey, stancesAsOf } from './stance-as-of';
import type { Actor, Dataset, EventId, Millis, Position, Topic } from './types';

export interface StanceChange {
  readonly topic: Topic;
  /** The record in force on the first day; `undefined` for "no recorded position". */
  readonly before: Position | undefined;
  /**
   * The record in force on the second day. Never `undefined`: records only accumulate over time,
   * so a pair with a record on the first day still has one on the second.
   */
  readonly after: Position;
  /** The evidence events of the `after` record: what to open to see the change. */
  readonly evidence: readonly EventId[];
}

export interface ActorChanges {
  readonly actor: Actor;
  /** In the dataset's topic order. */
  readonly changes: readonly StanceChange[];
}

/**
 * The stances that changed between `from` and `to`, actor by actor in the dataset's actor order;
 * actors with no change are left out. A change is a different stance (by `sameStance`): a first
 * stance where there was no record, a stance ended by `none`, or one stance replaced by another.
 * A record that restates the same stance is not a change.
 *
 * Both days are "as of" days, so a record dated `from` is already in force on the first day and
 * does not count; one dated `to` does. If `from` is after `to` the two are swapped: the question is
 * always "from the earlier day to the later", which keeps `after` defined.
 */
export function whatChanged(
  data: Pick<Dataset, 'positions' | 'actors' | 'topics'>,
  from: Millis,
  to: Millis,
): ActorChanges[] {
  const before = stancesAsOf(data, Math.min(from, to));
  const after = stancesAsOf(data, Math.max(from, to));
  return data.actors.flatMap((actor) => {
    const changes = data.topics.flatMap((topic): StanceChange[] => {
      const key = stanceKey(actor.id, topic.id);
      const was = before.get(key);
      const is = after.get(key);
      if (is === undefined || sameStance(was, is)) return [];
      return [{ topic, before: was, after: is, evidence: is.evidence.events }];
    });
    return changes.length > 0 ? [{ actor, changes }] : [];
  });
}
