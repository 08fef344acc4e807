import { describe, expect, it } from 'vitest';
import { english, plain } from '../../tests/helpers/english-problems';
import { loadDataset, loadDatasetText } from './load-dataset';
import { validWire } from '../../tests/helpers/wire-fixture';
import type { WireDataset } from './schema';

function problemsOf(change: (d: WireDataset) => void) {
  const data = validWire();
  change(data);
  const result = loadDataset(data);
  return result.ok ? [] : english(result.problems);
}

describe('loadDataset', () => {
  it('converts a valid file: days parsed in UTC, events sorted, indexes built', () => {
    const result = loadDataset(validWire());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.events.map((e) => e.id)).toEqual(['prelude', 'visit']);
    const visit = dataset.eventsById.get('visit' as never)!;
    expect(visit.start).toBe(Date.UTC(2023, 2, 20));
    expect(visit.end).toBe(Date.UTC(2023, 2, 23));
    expect(visit.primaryActor).toBe('xi-jinping');
    expect(dataset.span).toEqual({ start: Date.UTC(2022, 1, 4), end: Date.UTC(2023, 2, 23) });
    expect(dataset.actorsById.get('xi-jinping' as never)?.color).toMatch(/^#/);
  });

  it('does not mutate its input', () => {
    const data = validWire();
    const before = JSON.stringify(data);
    loadDataset(data);
    expect(JSON.stringify(data)).toBe(before);
  });

  it.each<[string, (d: WireDataset) => void, { path: string; message: string }[]]>([
    [
      'a missing field',
      (d) => delete (d.events[0] as Partial<WireDataset['events'][0]>).title,
      [{ path: 'events[0].title', message: 'is missing' }],
    ],
    [
      'an impossible date',
      (d) => (d.events[1]!.date = '2022-02-30'),
      [{ path: 'events[1].date', message: 'is not a real calendar day' }],
    ],
    [
      'a badly written date',
      (d) => (d.sources[0]!.date = '24/02/2022'),
      [{ path: 'sources[0].date', message: 'must be a day written YYYY-MM-DD' }],
    ],
    [
      'an unknown kind',
      (d) => ((d.events[0] as { kind: string }).kind = 'party'),
      [
        {
          path: 'events[0].kind',
          message:
            'must be one of "visit", "call", "meeting", "vote", "statement", "document", "military", "sanctions", "economy", "legal"',
        },
      ],
    ],
    [
      'an unknown field',
      (d) => ((d.actors[0] as Record<string, unknown>).flag = '🇨🇳'),
      [{ path: 'actors[0]', message: 'has unknown field "flag"' }],
    ],
    [
      'an unknown actor',
      (d) => (d.events[0]!.actors[1]!.actor = 'atlantis'),
      [{ path: 'events[0].actors[1].actor', message: 'refers to unknown actor "atlantis"' }],
    ],
    [
      'an unknown related event',
      (d) => (d.events[0]!.related = ['nowhere']),
      [{ path: 'events[0].related[0]', message: 'refers to unknown event "nowhere"' }],
    ],
    [
      'an unknown topic in a position',
      (d) => (d.positions[0]!.topic = 'weather'),
      [{ path: 'positions[0].topic', message: 'refers to unknown topic "weather"' }],
    ],
    [
      'an unknown source in a quote',
      (d) => (d.events[1]!.quotes![0]!.source = 'src-z'),
      [{ path: 'events[1].quotes[0].source', message: 'refers to unknown source "src-z"' }],
    ],
    [
      'an end before the start',
      (d) => (d.events[0]!.endDate = '2023-03-19'),
      [
        {
          path: 'events[0].endDate',
          message: '(2023-03-19) is before the start date (2023-03-20)',
        },
      ],
    ],
    [
      'an event without a source',
      (d) => (d.events[0]!.sources = []),
      [{ path: 'events[0].sources', message: 'is empty: every event needs a source' }],
    ],
    [
      'a duplicate id',
      (d) => d.sources.push({ ...d.sources[0]! }),
      [{ path: 'sources[2].id', message: 'repeats the source id "src-a" of sources[0]' }],
    ],
    [
      'an event outside the period',
      (d) => (d.events[0]!.date = d.events[0]!.endDate = '2023-04-01'),
      [
        {
          path: 'events[0].date',
          message: "(2023-04-01) is outside the dataset's period (2022-02-04 to 2023-03-22)",
        },
      ],
    ],
    [
      'a person as a member of a person',
      (d) => (d.actors[2]!.memberOf = 'xi-jinping'),
      [
        {
          path: 'actors[2].memberOf',
          message: 'names a person ("xi-jinping"); a person belongs to a state or organisation',
        },
      ],
    ],
    [
      'vote counts larger than the body',
      (d) =>
        (d.events[1]!.vote = {
          body: 'UNSC',
          document: 'S/1',
          adopted: false,
          yes: 11,
          no: 1,
          abstain: 4,
          votes: [],
        }),
      [
        {
          path: 'events[1].vote',
          message: 'counts 16 votes, more than the 15 members of the UNSC',
        },
      ],
    ],
    [
      'a year before 1000 (which Date.UTC would read as 19xx)',
      (d) => (d.sources[0]!.date = '0099-02-24'),
      [
        {
          path: 'sources[0].date',
          message: 'is before the year 1000, the earliest Parley can show',
        },
      ],
    ],
    [
      'year 0000 in the period',
      (d) => (d.meta.period.start = '0000-02-29'),
      [
        {
          path: 'meta.period.start',
          message: 'is before the year 1000, the earliest Parley can show',
        },
      ],
    ],
    [
      'a duplicate story id',
      (d) => {
        const story = {
          id: 'tour',
          title: 'A tour',
          steps: [{ event: 'visit', title: 'V', narration: 'N' }],
        };
        d.stories = [story, { ...story }];
      },
      [{ path: 'stories[1].id', message: 'repeats the story id "tour" of stories[0]' }],
    ],
    [
      'a duplicate preset id',
      (d) => {
        const preset = { id: 'y2022', label: '2022', start: '2022-02-24', end: '2022-12-31' };
        d.meta.presets = [preset, { ...preset, label: 'Again' }];
      },
      [{ path: 'meta.presets[1].id', message: 'repeats the preset id "y2022" of meta.presets[0]' }],
    ],
    [
      'vote counts below a partial per-country list',
      (d) =>
        (d.events[1]!.vote = {
          body: 'UNSC',
          document: 'S/1',
          adopted: false,
          yes: 0,
          no: 14,
          abstain: 0,
          votes: ['china', 'russia'].map((actor) => ({ actor, vote: 'yes' as const })),
        }),
      [
        {
          path: 'events[1].vote.yes',
          message: 'is 0, fewer than the 2 countries listed as "yes"',
        },
      ],
    ],
  ])('reports %s, with its path', (_name, change, expected) => {
    expect(problemsOf(change)).toEqual(expected);
  });

  it('reports schema and reference problems together, each at its own index', () => {
    const problems = problemsOf((d) => {
      d.events[0]!.date = 'soon';
      d.events[1]!.actors[0]!.actor = 'atlantis';
    });
    expect(problems).toEqual([
      { path: 'events[0].date', message: 'must be a day written YYYY-MM-DD' },
      { path: 'events[1].actors[0].actor', message: 'refers to unknown actor "atlantis"' },
    ]);
  });

  it('does not report references to a record that is itself broken', () => {
    const problems = problemsOf((d) => {
      (d.actors[1] as { kind: string }).kind = 'planet';
    });
    expect(problems.map((p) => p.path)).toEqual(['actors[1].kind']);
  });

  it('reports a file that is not an object', () => {
    expect(plain(loadDataset([1, 2]))).toEqual({
      ok: false,
      problems: [{ path: '(the whole file)', message: 'must be an object, not a list' }],
    });
  });

  it('reports text that is not JSON', () => {
    const result = loadDatasetText('{ "meta": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^is not valid JSON/);
  });
});
