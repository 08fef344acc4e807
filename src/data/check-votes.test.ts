import { describe, expect, it } from 'vitest';
import { english } from '../../tests/helpers/english-problems';
import { loadDataset } from './load-dataset';
import { validWire } from '../../tests/helpers/wire-fixture';
import type { WireDataset } from './schema';

function problemsOf(change: (d: WireDataset) => void) {
  const data = validWire();
  change(data);
  const result = loadDataset(data);
  return result.ok ? [] : english(result.problems);
}

describe('loadDataset: vote counts against the per-country list', () => {
  const member = (i: number) => `member-${i}`;
  const fifteen = (d: WireDataset) => {
    for (let i = 0; i < 15; i++)
      d.actors.push({ id: member(i), name: `M${i}`, kind: 'state', description: 'A state.' });
  };
  const vote = (counts: { yes: number; no: number; abstain: number }, yesListed: number) =>
    problemsOf((d) => {
      fifteen(d);
      d.events[1]!.vote = {
        body: 'UNSC',
        document: 'S/1',
        adopted: false,
        ...counts,
        absent: 0,
        votes: Array.from({ length: 15 }, (_, i) => ({
          actor: member(i),
          vote: i < yesListed ? ('yes' as const) : ('no' as const),
        })),
      };
    });

  it('accepts counts equal to a complete list', () => {
    expect(vote({ yes: 4, no: 11, abstain: 0 }, 4)).toEqual([]);
  });

  it('reports every count that differs from a complete list, even when below the body size', () => {
    expect(vote({ yes: 0, no: 14, abstain: 0 }, 4)).toEqual([
      {
        path: 'events[1].vote.yes',
        message: 'is 0, but the list of all 15 members gives 4 countries "yes"',
      },
      {
        path: 'events[1].vote.no',
        message: 'is 14, but the list of all 15 members gives 11 countries "no"',
      },
    ]);
  });

  it('accepts a partial list whose counts are all at least the list’s', () => {
    expect(
      problemsOf((d) => {
        d.events[1]!.vote = {
          body: 'UNGA',
          document: 'A/1',
          adopted: true,
          yes: 141,
          no: 5,
          abstain: 35,
          absent: 12,
          votes: [
            { actor: 'china', vote: 'abstain' },
            { actor: 'russia', vote: 'no' },
          ],
        };
      }),
    ).toEqual([]);
  });
});
