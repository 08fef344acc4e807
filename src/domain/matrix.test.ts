import { describe, expect, it } from 'vitest';
import { day, makeActor, makeDataset, makePosition, makeTopic } from '../../tests/helpers/builders';
import { asOfDay, defaultMatrixActors, defaultMatrixTopics } from './matrix';
import { DAY_MS } from './dates';
import type { ActorKind } from './vocabulary';

/** Positions for actor × topic pairs, written "actor:topic", one per day from 1 March 2022. */
function positions(pairs: readonly string[]) {
  return pairs.map((pair, i) => {
    const [actor = '', topic = ''] = pair.split(':');
    return makePosition({ actor, topic, date: `2022-03-${String(i + 1).padStart(2, '0')}` });
  });
}

const actors = (specs: readonly string[]) =>
  specs.map((spec) => {
    const [id = '', kind = 'state'] = spec.split(':');
    return makeActor({ id, kind: kind as ActorKind });
  });

describe('defaultMatrixActors', () => {
  const cases: [string, string[], string[], string[]][] = [
    ['no positions', ['china', 'russia'], [], []],
    [
      'leading actors first, in their order, when they have positions',
      ['usa', 'eu:organisation', 'ukraine', 'china', 'russia'],
      ['eu:t', 'eu:t', 'eu:t', 'usa:t', 'china:t', 'russia:t'],
      ['china', 'russia', 'usa', 'eu'],
    ],
    [
      'the rest by number of positions, most first',
      ['india', 'brazil', 'uae', 'china'],
      ['india:t', 'brazil:t', 'brazil:u', 'uae:t', 'uae:u', 'uae:v', 'china:t'],
      ['china', 'uae', 'brazil', 'india'],
    ],
    [
      'ties in dataset order',
      ['brazil', 'india', 'uae'],
      ['uae:t', 'india:t', 'brazil:t'],
      ['brazil', 'india', 'uae'],
    ],
    [
      'people and actors without positions are left out',
      ['china', 'xi-jinping:person', 'japan', 'nato:organisation'],
      ['xi-jinping:t', 'xi-jinping:u', 'nato:t'],
      ['nato'],
    ],
  ];
  it.each(cases)('%s', (_, actorSpecs, pairs, expected) => {
    const data = makeDataset({ actors: actors(actorSpecs), positions: positions(pairs) });
    expect(defaultMatrixActors(data).map((a) => a.id)).toEqual(expected);
  });
});

describe('defaultMatrixTopics', () => {
  const topics = ['sovereignty', 'talks', 'sanctions', 'nuclear'].map((id) => makeTopic({ id }));
  const cases: [string, string[], string[]][] = [
    ['no positions', [], []],
    [
      'dataset order, not record order',
      ['a:sanctions', 'a:sovereignty'],
      ['sovereignty', 'sanctions'],
    ],
    ['each topic once', ['a:talks', 'b:talks', 'a:nuclear'], ['talks', 'nuclear']],
  ];
  it.each(cases)('%s', (_, pairs, expected) => {
    const data = makeDataset({ topics, positions: positions(pairs) });
    expect(defaultMatrixTopics(data).map((t) => t.id)).toEqual(expected);
  });
});

describe('asOfDay', () => {
  const span = makeDataset({ span: { start: '2022-02-04', end: '2023-03-22' } }).span;
  const window = (start: string, end: string) => ({ start: day(start), end: day(end) });
  const cases: [string, ReturnType<typeof window>, number | null, string][] = [
    ['the pinned day', window('2022-01-01', '2023-12-31'), day('2022-09-15'), '2022-09-15'],
    [
      'a pinned instant, to the start of its day',
      window('2022-01-01', '2023-12-31'),
      day('2022-09-15') + 5,
      '2022-09-15',
    ],
    ['the centre of the window', window('2022-03-01', '2022-03-11'), null, '2022-03-06'],
    [
      'a centre inside a day, to the start of that day',
      window('2022-03-01', '2022-03-04'),
      null,
      '2022-03-02',
    ],
    [
      'a window past the end, clamped to the last day',
      window('2023-06-01', '2023-07-01'),
      null,
      '2023-03-22',
    ],
    [
      'a window before the start, clamped to the first day',
      window('2021-01-01', '2021-02-01'),
      null,
      '2022-02-04',
    ],
    [
      'a pin past the end, clamped',
      window('2022-03-01', '2022-03-11'),
      day('2024-01-01'),
      '2023-03-22',
    ],
    [
      'a pin before the start, clamped',
      window('2022-03-01', '2022-03-11'),
      day('2020-01-01'),
      '2022-02-04',
    ],
    ['a pin on the last day', window('2022-03-01', '2022-03-11'), day('2023-03-22'), '2023-03-22'],
  ];
  it.each(cases)('%s', (_, w, pinned, expected) => {
    expect(asOfDay(w, pinned, span)).toBe(day(expected));
  });

  it('reads the whole span at its middle day', () => {
    expect(asOfDay(span, null, span)).toBe(day('2022-08-29'));
    expect(span.end - span.start).toBe(412 * DAY_MS);
  });
});
