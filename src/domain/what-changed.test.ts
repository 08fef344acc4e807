import { describe, expect, it } from 'vitest';
import { day, makeActor, makeDataset, makePosition, makeTopic } from '../../tests/helpers/builders';
import { whatChanged, type ActorChanges } from './what-changed';
import type { Stance } from './vocabulary';

const p = (actor: string, topic: string, date: string, stance: Stance) =>
  makePosition({ actor, topic, date, stance });

// Actor and topic order deliberately differ from alphabetical and from record order.
const data = makeDataset({
  actors: ['russia', 'china', 'ukraine', 'usa'].map((id) => makeActor({ id })),
  topics: ['talks', 'sanctions', 'sovereignty'].map((id) => makeTopic({ id })),
  positions: [
    p('china', 'sanctions', '2022-03-01', 'opposes'),
    p('china', 'sanctions', '2022-05-01', 'opposes'), // restated
    p('china', 'sanctions', '2022-07-01', 'ambivalent'),
    p('china', 'talks', '2022-04-01', 'supports'),
    p('china', 'talks', '2022-09-01', 'none'), // ends the stance
    p('russia', 'talks', '2022-02-01', 'ambivalent'),
    p('russia', 'talks', '2022-06-01', 'opposes'),
    p('russia', 'talks', '2022-08-01', 'ambivalent'), // and back
    p('ukraine', 'sovereignty', '2022-02-24', 'supports'),
    p('ukraine', 'talks', '2022-03-15', 'none'), // a first record of none
  ],
});

/** One line per change: "actor topic: before → after", with "–" for no recorded position. */
function lines(result: ActorChanges[]): string[] {
  return result.flatMap(({ actor, changes }) =>
    changes.map((c) => `${actor.id} ${c.topic.id}: ${c.before?.stance ?? '–'} → ${c.after.stance}`),
  );
}

describe('whatChanged', () => {
  const cases: [string, string, string, string[]][] = [
    ['the same day', '2022-06-01', '2022-06-01', []],
    [
      'from no recorded position, in actor order',
      '2022-01-01',
      '2022-02-24',
      ['russia talks: – → ambivalent', 'ukraine sovereignty: – → supports'],
    ],
    [
      'several changes of one actor, in topic order',
      '2022-02-28',
      '2022-04-01',
      ['china talks: – → supports', 'china sanctions: – → opposes'],
    ],
    ['a record on the first day is already in force', '2022-03-01', '2022-03-14', []],
    [
      'a record on the second day counts',
      '2022-02-28',
      '2022-03-01',
      ['china sanctions: – → opposes'],
    ],
    ['a first record of none is no change', '2022-03-14', '2022-03-31', []],
    ['a restated stance is no change', '2022-04-01', '2022-05-01', []],
    ['a stance ended by none', '2022-08-15', '2022-09-01', ['china talks: supports → none']],
    [
      'a stance that changed and came back is no change',
      '2022-05-01',
      '2022-08-15',
      ['china sanctions: opposes → ambivalent'],
    ],
    [
      'the days swapped give the same answer',
      '2022-08-15',
      '2022-05-01',
      ['china sanctions: opposes → ambivalent'],
    ],
    [
      'the whole span',
      '2022-01-01',
      '2023-01-01',
      [
        'russia talks: – → ambivalent',
        'china sanctions: – → ambivalent',
        'ukraine sovereignty: – → supports',
      ],
    ],
  ];
  it.each(cases)('%s', (_, from, to, expected) => {
    expect(lines(whatChanged(data, day(from), day(to)))).toEqual(expected);
  });

  it('gives the before and after records and the evidence of the after record', () => {
    const [group] = whatChanged(data, day('2022-08-15'), day('2022-09-30'));
    const change = group?.changes[0];
    expect(change?.before?.date).toBe('2022-04-01');
    expect(change?.after.date).toBe('2022-09-01');
    expect(change?.evidence).toEqual(['ev-2022-09-01']);
  });

  it('is empty for a dataset without positions', () => {
    expect(whatChanged(makeDataset(), day('2022-01-01'), day('2023-01-01'))).toEqual([]);
  });
});
