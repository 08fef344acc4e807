import { describe, expect, it } from 'vitest';
import { makeActor, makeDataset, makeEvent } from '../../tests/helpers/builders';
import { trackedVoters, votePattern, voteRows } from './vote-table';
import type { ActorId } from './types';

const actors = [
  makeActor({ id: 'belarus', name: 'Belarus' }),
  makeActor({ id: 'usa', name: 'United States' }),
  makeActor({ id: 'albania', name: 'Albania' }),
  makeActor({ id: 'russia', name: 'Russia' }),
  makeActor({ id: 'china', name: 'China' }),
  makeActor({ id: 'japan', name: 'Japan' }),
];

// Given out of order on purpose: rows must come out chronological.
const data = makeDataset({
  actors,
  events: [
    makeEvent({
      id: 'unga-2',
      date: '2022-10-12',
      vote: { votes: { china: 'abstain', russia: 'no', belarus: 'no', albania: 'yes' } },
    }),
    makeEvent({ id: 'a-statement', date: '2022-03-01' }),
    makeEvent({
      id: 'unsc-1',
      date: '2022-02-25',
      vote: { body: 'UNSC', votes: { china: 'abstain', russia: 'no', usa: 'yes', albania: 'yes' } },
    }),
    makeEvent({ id: 'unga-3', date: '2022-10-10', vote: { votes: { china: 'absent' } } }),
    makeEvent({
      id: 'unga-4',
      date: '2022-11-14',
      vote: { votes: { china: 'no', stranger: 'yes' } },
    }),
  ],
});

describe('voteRows', () => {
  const rows = voteRows(data);
  it('has one row per event with a vote, in chronological order', () => {
    expect(rows.map((r) => r.event.id)).toEqual(['unsc-1', 'unga-3', 'unga-2', 'unga-4']);
  });

  const cases: [string, Record<string, string>][] = [
    ['unsc-1', { china: 'abstain', russia: 'no', usa: 'yes', albania: 'yes' }],
    ['unga-3', { china: 'absent' }],
    ['unga-2', { china: 'abstain', russia: 'no', belarus: 'no', albania: 'yes' }],
    ['unga-4', { china: 'no' }], // an actor the dataset does not know is not tracked
  ];
  it.each(cases)('the choices in %s', (id, expected) => {
    const row = rows.find((r) => r.event.id === id);
    expect(Object.fromEntries(row?.choices ?? [])).toEqual(expected);
    expect(row?.vote).toBe(row?.event.vote);
  });

  it('is empty without votes', () => {
    expect(
      voteRows(makeDataset({ actors, events: [makeEvent({ id: 'e', date: '2022-03-01' })] })),
    ).toEqual([]);
  });
});

describe('trackedVoters', () => {
  it('leads with China, Russia, the US (and the rest of the list), then by name', () => {
    expect(trackedVoters(data).map((a) => a.id)).toEqual([
      'china',
      'russia',
      'usa',
      'albania',
      'belarus',
    ]);
  });

  it('leaves out actors without a recorded vote', () => {
    expect(trackedVoters(data).map((a) => a.id)).not.toContain('japan');
  });
});

describe('votePattern', () => {
  const cases: [string, Record<string, number>][] = [
    ['china', { yes: 0, no: 1, abstain: 2, absent: 1, notRecorded: 0 }],
    ['russia', { yes: 0, no: 2, abstain: 0, absent: 0, notRecorded: 2 }],
    ['usa', { yes: 1, no: 0, abstain: 0, absent: 0, notRecorded: 3 }],
    ['japan', { yes: 0, no: 0, abstain: 0, absent: 0, notRecorded: 4 }],
  ];
  it.each(cases)('%s', (actor, expected) => {
    expect(votePattern(data, actor as ActorId)).toEqual(expected);
  });
});
