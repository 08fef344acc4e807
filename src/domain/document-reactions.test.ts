import { describe, expect, it } from 'vitest';
import { makeDataset, makeDocument, makeReaction } from '../../tests/helpers/builders';
import { reactionSummary, reactionsAtEvent, reactionsByPoint } from './document-reactions';
import type { EventId, Reaction } from './types';

/** "actor response" for each reaction, for short expectations. */
const names = (rs: readonly Reaction[] | undefined) =>
  (rs ?? []).map((r) => `${r.actor} ${r.response}`);

const paper = makeDocument({
  points: 3,
  reactions: [
    makeReaction({ actor: 'usa', response: 'rejected', date: '2023-03-20', points: [1] }),
    makeReaction({ actor: 'ukraine', response: 'qualified', date: '2023-02-24', points: [1] }),
    makeReaction({ actor: 'russia', response: 'welcomed', date: '2023-02-24' }),
    makeReaction({ actor: 'eu', response: 'qualified', date: '2023-02-24', points: [2, 3] }),
    makeReaction({ actor: 'nato', response: 'rejected', date: '2023-02-23', event: 'ev-nato' }),
  ],
});

describe('reactionsByPoint', () => {
  const { byPoint, general } = reactionsByPoint(paper);
  const cases: [string, number, string[]][] = [
    ['oldest first, whatever the dataset order', 1, ['ukraine qualified', 'usa rejected']],
    ['a reaction naming several points, under each', 2, ['eu qualified']],
    ['... and the other', 3, ['eu qualified']],
  ];
  it.each(cases)('%s', (_, point, expected) => {
    expect(names(byPoint.get(point))).toEqual(expected);
  });

  it('lists reactions that name no point as general, oldest first', () => {
    expect(names(general)).toEqual(['nato rejected', 'russia welcomed']);
  });

  it('has every point, in point order, even one nobody addressed', () => {
    const quiet = reactionsByPoint(makeDocument({ points: 4, reactions: [] }));
    expect([...quiet.byPoint]).toEqual([
      [1, []],
      [2, []],
      [3, []],
      [4, []],
    ]);
    expect(quiet.general).toEqual([]);
  });

  it('keeps a reaction to a point the document lacks, after the real points', () => {
    const odd = makeDocument({
      points: 2,
      reactions: [makeReaction({ actor: 'usa', response: 'noted', points: [9] })],
    });
    expect([...reactionsByPoint(odd).byPoint.keys()]).toEqual([1, 2, 9]);
  });
});

describe('reactionSummary', () => {
  const cases: [string, readonly Reaction[], Record<string, number>][] = [
    ['no reactions', [], { welcomed: 0, qualified: 0, rejected: 0, noted: 0 }],
    ['every reaction once', paper.reactions, { welcomed: 1, qualified: 2, rejected: 2, noted: 0 }],
    [
      "one point's reactions",
      reactionsByPoint(paper).byPoint.get(1) ?? [],
      { welcomed: 0, qualified: 1, rejected: 1, noted: 0 },
    ],
  ];
  it.each(cases)('%s', (_, reactions, expected) => {
    expect(reactionSummary({ reactions })).toEqual(expected);
  });
});

describe('reactionsAtEvent', () => {
  const data = makeDataset({ documents: [paper] });
  it.each([
    ['ev-nato', ['nato rejected']],
    ['ev-elsewhere', []],
  ])('%s', (event, expected) => {
    const found = reactionsAtEvent(data, event as EventId);
    expect(names(found.map((f) => f.reaction))).toEqual(expected);
    for (const f of found) expect(f.document).toBe(paper);
  });
});
