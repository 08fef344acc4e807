import { describe, expect, it } from 'vitest';
import { day, makeDataset, makePosition } from '../../tests/helpers/builders';
import {
  holdsStance,
  sameStance,
  stanceAsOf,
  stanceHistory,
  stanceKey,
  stancesAsOf,
} from './stance-as-of';
import { DAY_MS } from './dates';
import type { ActorId, TopicId } from './types';
import type { Stance } from './vocabulary';

const china = 'china' as ActorId;
const russia = 'russia' as ActorId;
const sanctions = 'sanctions' as TopicId;
const talks = 'ceasefire-talks' as TopicId;

// China on sanctions: opposes from 1 Mar, two records on 1 Jun (the later id wins), ended on 1 Sep.
const data = makeDataset({
  positions: [
    makePosition({ actor: 'china', topic: 'sanctions', date: '2022-03-01', stance: 'opposes' }),
    makePosition({
      id: 'p-jun-b',
      actor: 'china',
      topic: 'sanctions',
      date: '2022-06-01',
      stance: 'ambivalent',
    }),
    makePosition({
      id: 'p-jun-a',
      actor: 'china',
      topic: 'sanctions',
      date: '2022-06-01',
      stance: 'supports',
    }),
    makePosition({ actor: 'china', topic: 'sanctions', date: '2022-09-01', stance: 'none' }),
    makePosition({
      actor: 'china',
      topic: 'ceasefire-talks',
      date: '2022-04-01',
      stance: 'supports',
    }),
    makePosition({ actor: 'russia', topic: 'sanctions', date: '2022-02-01', stance: 'opposes' }),
  ],
});

describe('stanceAsOf', () => {
  const cases: [string, ActorId, TopicId, string, string | undefined][] = [
    ['before the first record', china, sanctions, '2022-02-28', undefined],
    ['exactly on the record day', china, sanctions, '2022-03-01', 'opposes'],
    ['between records', china, sanctions, '2022-05-31', 'opposes'],
    [
      'same-day records: the later one in date-then-id order',
      china,
      sanctions,
      '2022-06-01',
      'ambivalent',
    ],
    ['a record ending a stance is returned', china, sanctions, '2022-09-01', 'none'],
    ['day after all records', china, sanctions, '2023-03-22', 'none'],
    ['another topic of the same actor', china, talks, '2022-09-01', 'supports'],
    ['another actor on the same topic', russia, sanctions, '2022-03-01', 'opposes'],
    ['unknown actor', 'nobody' as ActorId, sanctions, '2022-09-01', undefined],
    ['unknown topic', china, 'nothing' as TopicId, '2022-09-01', undefined],
  ];
  it.each(cases)('%s', (_, actor, topic, iso, expected) => {
    expect(stanceAsOf(data.positions, actor, topic, day(iso))?.stance).toBe(expected);
  });

  it('counts a record from any instant of its day', () => {
    const lateInTheDay = day('2022-03-01') + DAY_MS - 1;
    expect(stanceAsOf(data.positions, china, sanctions, lateInTheDay)?.stance).toBe('opposes');
  });

  it('breaks same-day ties by array order even when the array is not sorted', () => {
    const unsorted = [...data.positions].reverse();
    expect(stanceAsOf(unsorted, china, sanctions, day('2022-06-01'))?.id).toBe('p-jun-a');
  });
});

describe('stancesAsOf', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['before any record', '2022-01-01', {}],
    ['one record', '2022-02-01', { 'russia|sanctions': 'opposes' }],
    [
      'same-day tie',
      '2022-06-01',
      {
        'china|sanctions': 'ambivalent',
        'china|ceasefire-talks': 'supports',
        'russia|sanctions': 'opposes',
      },
    ],
    [
      'after all records',
      '2023-01-01',
      {
        'china|sanctions': 'none',
        'china|ceasefire-talks': 'supports',
        'russia|sanctions': 'opposes',
      },
    ],
  ];
  it.each(cases)('%s', (_, iso, expected) => {
    const lookup = stancesAsOf(data, day(iso));
    expect(Object.fromEntries([...lookup].map(([k, p]) => [k, p.stance]))).toEqual(expected);
  });

  it('agrees with stanceAsOf for every pair on every record day', () => {
    for (const { time } of data.positions) {
      const lookup = stancesAsOf(data, time);
      for (const [actor, topic] of [
        [china, sanctions],
        [china, talks],
        [russia, sanctions],
      ] as const)
        expect(lookup.get(stanceKey(actor, topic))).toBe(
          stanceAsOf(data.positions, actor, topic, time),
        );
    }
  });
});

describe('stanceHistory', () => {
  it('lists every record oldest first and marks the changes', () => {
    const history = stanceHistory(data.positions, china, sanctions);
    expect(history.map((h) => [h.position.date, h.position.stance, h.changed])).toEqual([
      ['2022-03-01', 'opposes', true],
      ['2022-06-01', 'supports', true],
      ['2022-06-01', 'ambivalent', true],
      ['2022-09-01', 'none', true],
    ]);
  });

  const cases: [string, Stance[], boolean[]][] = [
    [
      'a restated stance is kept, unchanged',
      ['opposes', 'opposes', 'supports'],
      [true, false, true],
    ],
    [
      'a first record of none is no change',
      ['none', 'supports', 'none', 'none'],
      [false, true, true, false],
    ],
    ['a stance resumed after none is a change', ['opposes', 'none', 'opposes'], [true, true, true]],
  ];
  it.each(cases)('%s', (_, stances, changed) => {
    const positions = stances.map((stance, i) =>
      makePosition({ actor: 'china', topic: 'sanctions', date: `2022-0${i + 1}-01`, stance }),
    );
    expect(stanceHistory(positions, china, sanctions).map((h) => h.changed)).toEqual(changed);
  });

  it('is empty for a pair with no records', () => {
    expect(stanceHistory(data.positions, russia, talks)).toEqual([]);
  });
});

describe('sameStance and holdsStance', () => {
  const none = makePosition({ actor: 'a', topic: 't', date: '2022-01-01', stance: 'none' });
  const opposes = makePosition({ actor: 'a', topic: 't', date: '2022-01-01', stance: 'opposes' });
  it.each([
    [undefined, undefined, true],
    [undefined, none, true],
    [none, opposes, false],
    [opposes, opposes, true],
    [undefined, opposes, false],
  ])('sameStance(%#)', (a, b, expected) => {
    expect(sameStance(a, b)).toBe(expected);
  });
  it.each([
    [undefined, false],
    [none, false],
    [opposes, true],
  ])('holdsStance(%#)', (p, expected) => {
    expect(holdsStance(p)).toBe(expected);
  });
});
