import { describe, expect, it } from 'vitest';
import { english } from '../../tests/helpers/english-problems';
import { checkIntegrity } from './check-integrity';
import { validWire } from '../../tests/helpers/wire-fixture';
import type { WireDataset, WireMembership } from './schema';

function problemsOf(change: (d: WireDataset) => void) {
  const data = validWire();
  change(data);
  return english(checkIntegrity(data));
}

const FIFTEEN = Array.from({ length: 15 }, (_, i) => ({ name: `Member ${i + 1}` }));

function council(o: Partial<WireMembership> = {}): WireMembership {
  return {
    body: 'UNSC',
    start: '2022-01-01',
    end: '2022-12-31',
    members: [{ name: 'China', actor: 'china' }, ...FIFTEEN.slice(1)],
    sources: ['src-a'],
    ...o,
  };
}

function vetoedDraft(d: WireDataset, authors: string[]): void {
  const e = d.events[0]!;
  e.actors = [...authors.map((actor) => ({ actor, role: 'author' as const }))];
  e.vote = {
    body: 'UNSC',
    document: 'S/1',
    adopted: false,
    yes: 14,
    no: 1,
    abstain: 0,
    vetoedBy: ['russia'],
    votes: [{ actor: 'russia', vote: 'no' }],
  };
}

describe('checkIntegrity: editorial rules', () => {
  it.each<[string, (d: WireDataset) => void, { path: string; message: string }[]]>([
    ['a valid file', () => {}, []],
    [
      'a vetoing member recorded as the draft author',
      (d) => vetoedDraft(d, ['china', 'russia']),
      [
        {
          path: 'events[0].actors[1].role',
          message:
            'makes "russia" the author of a draft it vetoed; give it another role (e.g. "target")',
        },
      ],
    ],
    ['authors other than the vetoing member', (d) => vetoedDraft(d, ['china']), []],
    [
      "a judgement in the dataset's own voice",
      (d) =>
        (d.positions[0]!.summary =
          "Called Russia's baseless claims unfounded? No: they are absurd."),
      [
        {
          path: 'positions[0].summary',
          message: `judges in the dataset's own voice ("absurd"); quote or attribute it`,
        },
      ],
    ],
    [
      'a judgement attributed or quoted',
      (d) =>
        (d.events[0]!.summary = 'Kyiv called the vote a sham; Moscow spoke of "brutal" sanctions.'),
      [],
    ],
    [
      'a reprint that does not resolve, and one naming itself',
      (d) => (d.sources[0]!.alsoCarriedBy = ['src-b', 'src-x', 'src-a']),
      [
        { path: 'sources[0].alsoCarriedBy[1]', message: 'refers to unknown source "src-x"' },
        { path: 'sources[0].alsoCarriedBy[2]', message: 'names the source itself' },
      ],
    ],
  ])('%s', (_, change, expected) => {
    expect(problemsOf(change)).toEqual(expected);
  });
});

describe('checkIntegrity: memberships', () => {
  it.each<
    [string, WireMembership[], (d: WireDataset) => void, { path: string; message: string }[]]
  >([
    ['a valid Council year', [council()], () => {}, []],
    [
      'too few members, a repeated name, unknown actor and source, end before start',
      [
        council({
          end: '2021-12-31',
          members: [{ name: 'A', actor: 'gabon' }, { name: 'A' }],
          sources: ['src-x'],
        }),
      ],
      () => {},
      [
        { path: 'memberships[0].end', message: 'is before the start' },
        { path: 'memberships[0].members', message: 'names 2 members; the UNSC has 15' },
        { path: 'memberships[0].members[0].actor', message: 'refers to unknown actor "gabon"' },
        { path: 'memberships[0].members[1].name', message: 'repeats "A"' },
        { path: 'memberships[0].sources[0]', message: 'refers to unknown source "src-x"' },
      ],
    ],
    [
      'two overlapping years of the same body',
      [council(), council({ start: '2022-12-01', end: '2023-12-31' })],
      () => {},
      [{ path: 'memberships[1]', message: 'overlaps memberships[0] of the same body' }],
    ],
    [
      'a Council vote by an actor not seated that year',
      [council()],
      (d) => {
        d.events[1]!.vote = {
          body: 'UNSC',
          document: 'S/2',
          adopted: false,
          yes: 1,
          no: 0,
          abstain: 1,
          votes: [
            { actor: 'china', vote: 'yes' },
            { actor: 'russia', vote: 'abstain' },
          ],
        };
      },
      [
        {
          path: 'events[1].vote.votes[1].actor',
          message: 'records a vote by "russia", not a UNSC member on 2022-02-04',
        },
      ],
    ],
  ])('%s', (_, memberships, change, expected) => {
    expect(
      problemsOf((d) => {
        d.memberships = memberships;
        change(d);
      }),
    ).toEqual(expected);
  });
});
