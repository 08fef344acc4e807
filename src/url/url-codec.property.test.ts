/** Property tests of the URL codec (fast-check): parse never throws; serialize∘parse is stable. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../domain/dates';
import { viewBounds } from '../domain/view-window';
import type { ActorId, DocumentId, EventId, TopicId } from '../domain/types';
import { parseUrl, serializeUrl } from './url-codec';
import { URL_PARAMS, type UrlView } from './url-view';
import { KNOWN, SPAN } from '../../tests/helpers/url-known';

describe('properties', () => {
  const known = [...URL_PARAMS, 'utm_source', '', '<script>'].map((k) => fc.constant(k));
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      '2022-02-24',
      '2023-03-22',
      '2022-02-30',
      '2021-01-01',
      'china,russia,narnia',
      'vote,call',
      '2022-09-15-sco-samarkand-summit',
      'invasion-to-moscow',
      '2022-03-01,2022-04-01',
      '1',
      'list',
      'quiz',
      '0',
      '42',
    ),
  );
  const search = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc
      .array(fc.tuple(fc.oneof(...known, fc.string()), value), { maxLength: 25 })
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  );

  const dayIn = fc
    .integer({ min: 0, max: (SPAN.end - SPAN.start) / DAY_MS - 1 })
    .map((n) => SPAN.start + n * DAY_MS);
  const BOUNDS = viewBounds(SPAN);
  const dayInBounds = fc
    .integer({ min: 0, max: (BOUNDS.end - BOUNDS.start) / DAY_MS })
    .map((n) => BOUNDS.start + n * DAY_MS);
  const sorted = (n: number) =>
    fc.uniqueArray(dayIn, { minLength: n, maxLength: n }).map((ts) => ts.sort((a, b) => a - b));
  const ids = <T extends string>(set: ReadonlySet<string>) =>
    fc.uniqueArray(fc.constantFrom(...set), { maxLength: set.size }).map((l) => l as T[]);
  const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const validView: fc.Arbitrary<UrlView> = fc.record({
    view: fc.constantFrom(
      'timeline',
      'list',
      'matrix',
      'changes',
      'paper',
      'votes',
      'quiz' as const,
    ),
    event: nullable(fc.constantFrom(...KNOWN.events)).map((e) => e as EventId | null),
    actor: nullable(fc.constantFrom(...KNOWN.actors)).map((a) => a as ActorId | null),
    document: nullable(fc.constantFrom(...KNOWN.documents)).map((d) => d as DocumentId | null),
    quizSeed: nullable(fc.integer({ min: 1, max: 999_999_999 })),
    // Any window the timeline can show, including those running past the span.
    window: nullable(
      fc
        .uniqueArray(dayInBounds, { minLength: 2, maxLength: 2 })
        .map(([a, b]) => ({ start: Math.min(a!, b!), end: Math.max(a!, b!) })),
    ),
    asOf: nullable(dayIn),
    query: fc.string({ maxLength: 30 }).filter((q) => q !== ''),
    filters: fc.record({
      actors: ids<ActorId>(KNOWN.actors),
      kinds: fc.uniqueArray(fc.constantFrom('visit', 'call', 'vote', 'legal' as const)),
      topics: ids<TopicId>(KNOWN.topics),
      from: fc.constant(null),
      to: nullable(dayIn),
    }),
    compare: nullable(sorted(2).map(([from, to]) => ({ from: from!, to: to! }))),
    matrix: fc.record({ actors: ids<ActorId>(KNOWN.actors), topics: ids<TopicId>(KNOWN.topics) }),
    story: nullable(fc.record({ id: fc.constant('invasion-to-moscow'), step: fc.nat(20) })),
    presenting: fc.boolean(),
    embed: fc.boolean(),
    theme: fc.constantFrom('auto', 'light', 'dark' as const),
    lang: fc.constantFrom(...KNOWN.langs),
    data: nullable(
      fc.constantFrom('https://example.org/class.csv', 'http://localhost:4206/t.json?a=1&b=%2C'),
    ),
  });

  it('parse(serialize(v)) gives back any valid view', () => {
    fc.assert(
      fc.property(validView, (v) => {
        // An embed ignores presentation mode: the canonical link leaves it out.
        const expected = { ...v, presenting: v.presenting && !v.embed };
        expect(parseUrl(serializeUrl(v), KNOWN)).toEqual({ view: expected, dropped: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('parseUrl never throws', () => {
    fc.assert(
      fc.property(search, (s) => {
        parseUrl(s, KNOWN);
      }),
      { numRuns: 2000 },
    );
  });

  it('serialize∘parse is stable', () => {
    fc.assert(
      fc.property(search, (s) => {
        const once = serializeUrl(parseUrl(s, KNOWN).view);
        const again = parseUrl(once, KNOWN);
        expect(again.dropped).toEqual([]);
        expect(serializeUrl(again.view)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
