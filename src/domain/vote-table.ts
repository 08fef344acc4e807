/**
 * The UN votes view: one row per recorded vote, one column per tracked actor, and each actor's
 * pattern (how often it voted yes, no, abstained, was absent, or has no recorded vote).
 */
import type { VoteChoice } from './vocabulary';
import type { Actor, ActorId, Dataset, ParleyEvent, Vote } from './types';

type VoteData = Pick<Dataset, 'events' | 'actorsById' | 'meta'>;

export interface VoteRow {
  readonly event: ParleyEvent;
  readonly vote: Vote;
  /** How each tracked actor voted; an actor missing here has no recorded vote in this event. */
  readonly choices: ReadonlyMap<ActorId, VoteChoice>;
}

/**
 * The actors with a recorded vote (`absent` included) in at least one event: the dataset's leading
 * columns (`meta.defaults.voteColumns`) first, in their order, then the rest by name. Votes by ids the dataset does not know are ignored.
 */
export function trackedVoters(data: VoteData): Actor[] {
  const ids = new Set<ActorId>();
  for (const e of data.events) for (const v of e.vote?.votes ?? []) ids.add(v.actor);
  const leading = data.meta.defaults.voteColumns;
  const rank = (a: Actor) => {
    const i = leading.indexOf(a.id);
    return i === -1 ? leading.length : i;
  };
  return [...ids]
    .flatMap((id) => data.actorsById.get(id) ?? [])
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'));
}

/** Every event with a vote, in the dataset's (chronological) event order. */
export function voteRows(data: VoteData): VoteRow[] {
  const tracked = new Set(trackedVoters(data).map((a) => a.id));
  return data.events.flatMap((event) => {
    const vote = event.vote;
    if (!vote) return [];
    const choices = new Map(
      vote.votes.filter((v) => tracked.has(v.actor)).map((v) => [v.actor, v.vote] as const),
    );
    return [{ event, vote, choices }];
  });
}

export type VotePattern = Readonly<Record<VoteChoice | 'notRecorded', number>>;

/** How `actor` voted across every vote in the dataset; `notRecorded` counts votes without it. */
export function votePattern(data: VoteData, actor: ActorId): VotePattern {
  const counts = { yes: 0, no: 0, abstain: 0, absent: 0, notRecorded: 0 };
  for (const row of voteRows(data)) counts[row.choices.get(actor) ?? 'notRecorded'] += 1;
  return counts;
}
