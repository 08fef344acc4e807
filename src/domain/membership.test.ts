import { describe, expect, it } from 'vitest';
import { membershipAt, missingVoteReason, seatStatus } from './membership';
import type { ActorId, Membership } from './types';
import type { UnBody } from './vocabulary';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

function year(y: number, actors: string[]): Membership {
  return {
    body: 'UNSC',
    startDay: `${y}-01-01`,
    endDay: `${y}-12-31`,
    start: day(`${y}-01-01`),
    end: day(`${y}-12-31`) + DAY,
    members: [...actors.map((a) => ({ name: a, actor: a as ActorId })), { name: 'Gabon' }],
    sources: [],
  };
}

const RECORDS = [year(2022, ['china', 'india']), year(2023, ['china', 'japan'])];

describe('seatStatus and missingVoteReason', () => {
  it.each<[UnBody, string, string, string, string]>([
    ['UNSC', '2022-02-25', 'india', 'member', 'notRecorded'],
    ['UNSC', '2022-02-25', 'japan', 'notMember', 'notMember'],
    ['UNSC', '2023-02-24', 'japan', 'member', 'notRecorded'],
    ['UNSC', '2023-02-24', 'india', 'notMember', 'notMember'],
    ['UNSC', '2022-12-31', 'india', 'member', 'notRecorded'],
    ['UNSC', '2023-01-01', 'india', 'notMember', 'notMember'],
    ['UNSC', '2021-12-31', 'japan', 'unknown', 'notRecorded'],
    ['UNGA', '2022-03-02', 'japan', 'unknown', 'notRecorded'],
  ])('%s on %s, %s: %s', (body, iso, actor, status, reason) => {
    expect(seatStatus(RECORDS, body, day(iso), actor as ActorId)).toBe(status);
    expect(missingVoteReason(RECORDS, body, day(iso), actor as ActorId)).toBe(reason);
  });

  it('finds no membership where none is recorded', () => {
    expect(membershipAt([], 'UNSC', day('2022-06-01'))).toBeUndefined();
    expect(membershipAt(RECORDS, 'UNSC', day('2023-06-01'))?.startDay).toBe('2023-01-01');
  });
});
