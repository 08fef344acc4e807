/**
 * "The stance of X on Y as of day D", derived from dated position records; never stored.
 *
 * Rules, shared by every function here:
 * - A record counts from its own day: as of D means the latest record whose day is on or before D.
 * - Of several records on the same day, the one later in the positions array wins. The dataset
 *   sorts positions by date, then id, so in a dataset the record with the greater id wins; a data
 *   author who records two stances on one day orders them through their ids.
 * - A record with stance `none` ends an earlier stance. It is returned like any other record (not
 *   turned into `undefined`) so the UI can say "no position since …" and cite the evidence;
 *   `undefined` means there is no record at all ("no recorded position").
 */
import type { ActorId, Dataset, Millis, Position, TopicId } from './types';

/** The key of an actor × topic pair in the lookups built here. */
export type StanceKey = `${string}|${string}`;

export function stanceKey(actor: ActorId, topic: TopicId): StanceKey {
  return `${actor}|${topic}`;
}

/** Whether a record states a stance, rather than being absent or ending one with `none`. */
export function holdsStance(p: Position | undefined): p is Position {
  return p !== undefined && p.stance !== 'none';
}

/**
 * Whether two records (or their absence) leave the same stance. No record and a `none` record
 * both mean "no stance", so going from one to the other is not a change.
 */
export function sameStance(a: Position | undefined, b: Position | undefined): boolean {
  return (a?.stance ?? 'none') === (b?.stance ?? 'none');
}

/**
 * The record that gives `actor`'s stance on `topic` as of `day` (any instant of that day works),
 * or `undefined` when there is none on or before it. Ties on a day go to the later record in
 * `positions`, whatever order the array is in otherwise.
 */
export function stanceAsOf(
  positions: readonly Position[],
  actor: ActorId,
  topic: TopicId,
  day: Millis,
): Position | undefined {
  let best: Position | undefined;
  for (const p of positions) {
    if (p.actor !== actor || p.topic !== topic || p.time > day) continue;
    if (best === undefined || p.time >= best.time) best = p;
  }
  return best;
}

/**
 * Every actor × topic's record as of `day`, keyed by `stanceKey`: the lookup behind the matrix.
 * Pairs with no record on or before the day are absent from the map.
 */
export function stancesAsOf(
  data: Pick<Dataset, 'positions'>,
  day: Millis,
): ReadonlyMap<StanceKey, Position> {
  const lookup = new Map<StanceKey, Position>();
  for (const p of data.positions) {
    if (p.time > day) continue;
    const key = stanceKey(p.actor, p.topic);
    const current = lookup.get(key);
    if (current === undefined || p.time >= current.time) lookup.set(key, p);
  }
  return lookup;
}

export interface StanceHistoryEntry {
  readonly position: Position;
  /**
   * Whether the stance differs from the previous record's, by `sameStance` (so a first record is a
   * change from "no recorded position", unless it is `none`). A record that restates the same stance is kept, with
   * `changed: false`: it is evidence that the stance held, and the history strip can show it as a
   * lighter mark or drop it with a filter.
   */
  readonly changed: boolean;
}

/**
 * Every record of `actor` on `topic`, oldest first (same-day records in array order, so the last
 * entry of a day is the one `stanceAsOf` returns for that day), each marked with whether it changed
 * the stance.
 */
export function stanceHistory(
  positions: readonly Position[],
  actor: ActorId,
  topic: TopicId,
): StanceHistoryEntry[] {
  const records = positions
    .filter((p) => p.actor === actor && p.topic === topic)
    .sort((a, b) => a.time - b.time); // stable: same-day records keep their array order
  return records.map((position, i) => ({
    position,
    changed: !sameStance(records[i - 1], position),
  }));
}
