/**
 * Why a state has no recorded vote: it did not sit on the body that day, or it did (or the
 * dataset cannot tell) and its vote is simply not confirmed. Only a recorded membership can say
 * "not a member"; with no membership data for the body and day, the answer stays "unconfirmed".
 */
import type { ActorId, Membership, Millis } from './types';
import type { UnBody } from './vocabulary';

export type SeatStatus = 'member' | 'notMember' | 'unknown';

/** The membership record of `body` covering the instant `at`, if the dataset has one. */
export function membershipAt(
  memberships: readonly Membership[],
  body: UnBody,
  at: Millis,
): Membership | undefined {
  return memberships.find((m) => m.body === body && m.start <= at && at < m.end);
}

/** Whether `actor` sat on `body` at the instant `at`, as far as the dataset records. */
export function seatStatus(
  memberships: readonly Membership[],
  body: UnBody,
  at: Millis,
  actor: ActorId,
): SeatStatus {
  const m = membershipAt(memberships, body, at);
  if (!m) return 'unknown';
  return m.members.some((x) => x.actor === actor) ? 'member' : 'notMember';
}

/** What to say where `actor` has no recorded vote in a vote of `body` at `at`. */
export function missingVoteReason(
  memberships: readonly Membership[],
  body: UnBody,
  at: Millis,
  actor: ActorId,
): 'notMember' | 'notRecorded' {
  return seatStatus(memberships, body, at, actor) === 'notMember' ? 'notMember' : 'notRecorded';
}
