import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, parseDay } from '../domain/dates';
import { NO_FILTERS } from '../domain/filter-events';
import type { ActorId, DocumentId, EventId, TopicId } from '../domain/types';
import { parseUrl, serializeUrl } from './url-codec';
import {
  DEFAULT_URL_VIEW,
  MAX_PARAMS,
  MAX_QUERY_LENGTH,
  URL_PARAMS,
  migrateUrl,
  type KnownIds,
  type UrlMigration,
  type UrlView,
} from './url-view';
import { shownValue } from './url-raw-params';

function d(iso: string): number {
  const t = parseDay(iso);
  if (t === undefined) throw new Error(`bad test day ${iso}`);
  return t;
}

const SPAN = { start: d('2022-02-04'), end: d('2023-03-22') + DAY_MS };

const KNOWN: KnownIds = {
  events: new Set(['2022-02-24-invasion', '2022-09-15-sco-samarkand-summit']),
  actors: new Set(['china', 'russia', 'ukraine', 'xi-jinping']),
  topics: new Set(['sanctions', 'sovereignty']),
  stories: new Set(['invasion-to-moscow']),
  documents: new Set(['doc-china-position-paper-2023']),
  langs: ['en', 'fr', 'zh-Hans'],
  span: SPAN,
};

function view(partial: Partial<UrlView>): UrlView {
  return { ...DEFAULT_URL_VIEW, ...partial };
}

function filters(partial: Partial<UrlView['filters']>): UrlView['filters'] {
  return { ...NO_FILTERS, ...partial };
}

const invasion = '2022-02-24-invasion' as EventId;
const china = 'china' as ActorId;
const russia = 'russia' as ActorId;
const xi = 'xi-jinping' as ActorId;
const sanctions = 'sanctions' as TopicId;

describe('serializeUrl and parseUrl round-trip', () => {
  const cases: [string, UrlView, string][] = [
    ['all defaults', DEFAULT_URL_VIEW, ''],
    ['an event', view({ event: invasion }), '?event=2022-02-24-invasion'],
    ['an open actor panel', view({ actor: xi }), '?actor=xi-jinping'],
    ['the list view', view({ view: 'list' }), '?view=list'],
    [
      'a document in the paper view',
      view({ view: 'paper', document: 'doc-china-position-paper-2023' as DocumentId }),
      '?view=paper&doc=doc-china-position-paper-2023',
    ],
    [
      'a window of whole days (end inclusive)',
      view({ window: { start: d('2022-03-01'), end: d('2022-04-01') } }),
      '?start=2022-03-01&end=2022-03-31',
    ],
    [
      'a window open at the start of the span',
      view({ window: { start: SPAN.start, end: d('2022-06-01') } }),
      '?start=2022-02-04&end=2022-05-31',
    ],
    ['an "as of" day', view({ asOf: d('2022-09-15') }), '?asof=2022-09-15'],
    ['a search query', view({ query: 'xi putin, "no limits"' }), '?q=xi+putin,+%22no+limits%22'],
    [
      'filters',
      view({
        filters: filters({
          actors: [china, russia],
          kinds: ['vote', 'call'],
          topics: [sanctions],
          from: d('2022-03-01'),
          to: d('2022-03-01'),
        }),
      }),
      '?actors=china,russia&kinds=vote,call&topics=sanctions&from=2022-03-01&to=2022-03-01',
    ],
    [
      'a comparison',
      view({ view: 'changes', compare: { from: d('2022-02-24'), to: d('2023-02-24') } }),
      '?view=changes&compare=2022-02-24,2023-02-24',
    ],
    [
      'a matrix choice',
      view({ view: 'matrix', matrix: { actors: [china, russia], topics: [sanctions] } }),
      '?view=matrix&matrix-actors=china,russia&matrix-topics=sanctions',
    ],
    [
      'a story at its first step',
      view({ story: { id: 'invasion-to-moscow', step: 0 } }),
      '?story=invasion-to-moscow',
    ],
    [
      'a story at step 3',
      view({ story: { id: 'invasion-to-moscow', step: 2 } }),
      '?story=invasion-to-moscow&step=3',
    ],
    ['presenting', view({ presenting: true }), '?present=1'],
    ['embedded, dark', view({ embed: true, theme: 'dark' }), '?embed=1&theme=dark'],
    ['a language', view({ lang: 'zh-Hans' }), '?lang=zh-Hans'],
  ];

  it.each(cases)('%s', (_name, v, search) => {
    expect(serializeUrl(v)).toBe(search);
    expect(parseUrl(search, KNOWN)).toEqual({ view: v, dropped: [] });
  });

  it('writes every parameter in the fixed order, whatever the order read', () => {
    const shuffled =
      '?lang=fr&theme=light&embed=1&present=1&step=2&story=invasion-to-moscow' +
      '&matrix-topics=sanctions&matrix-actors=china&compare=2022-03-01,2022-04-01&to=2022-12-31' +
      '&from=2022-03-01&topics=sanctions&kinds=vote&actors=russia&q=grain&asof=2022-06-01' +
      '&end=2022-12-31&start=2022-03-01&doc=doc-china-position-paper-2023&actor=china&event=2022-02-24-invasion&view=list';
    const { view: v, dropped } = parseUrl(shuffled, KNOWN);
    expect(dropped).toEqual([]);
    const keys = [...new URLSearchParams(serializeUrl(v)).keys()];
    expect(keys).toEqual([...URL_PARAMS]);
  });

  it('omits values equal to their defaults', () => {
    const v = view({ view: 'timeline', theme: 'auto', lang: 'en', presenting: false, query: '' });
    expect(serializeUrl(v)).toBe('');
    expect(parseUrl('?view=timeline&theme=auto&lang=en&present=0&embed=0&q=', KNOWN)).toEqual({
      view: DEFAULT_URL_VIEW,
      dropped: [],
    });
  });

  it('treats a window covering the whole span as the default', () => {
    expect(parseUrl('?start=2022-02-04&end=2023-03-22', KNOWN).view.window).toBeNull();
  });

  it('writes a window that does not fall on day boundaries as the whole days it touches', () => {
    const v = view({ window: { start: d('2022-03-01') + 5e6, end: d('2022-03-10') + 1 } });
    expect(serializeUrl(v)).toBe('?start=2022-03-01&end=2022-03-10');
  });

  it('accepts the query string with or without "?", and case-insensitive values', () => {
    const { view: v } = parseUrl(
      'view=LIST&event=2022-02-24-Invasion&lang=ZH-hans&theme=Dark',
      KNOWN,
    );
    expect(v).toEqual(view({ view: 'list', event: invasion, lang: 'zh-Hans', theme: 'dark' }));
  });

  it('reads a one-sided window against the span', () => {
    expect(parseUrl('?start=2023-01-01', KNOWN).view.window).toEqual({
      start: d('2023-01-01'),
      end: SPAN.end,
    });
    expect(parseUrl('?end=2022-03-31', KNOWN).view.window).toEqual({
      start: SPAN.start,
      end: d('2022-04-01'),
    });
  });

  it('clamps a window that overlaps the span only in part', () => {
    const r = parseUrl('?start=2021-06-01&end=2022-03-31', KNOWN);
    expect(r.view.window).toEqual({ start: SPAN.start, end: d('2022-04-01') });
    expect(r.dropped).toEqual([]);
  });

  it('accepts "true" for flags', () => {
    expect(parseUrl('?embed=true&present=1', KNOWN).view).toMatchObject({
      embed: true,
      presenting: true,
    });
  });
});

describe('parseUrl drops bad input and keeps the rest', () => {
  const cases: [
    string,
    string,
    Partial<UrlView>,
    { param: string; value: string; reason: RegExp }[],
  ][] = [
    [
      'an unknown parameter',
      '?event=2022-02-24-invasion&utm_source=newsletter',
      { event: invasion },
      [{ param: 'utm_source', value: 'newsletter', reason: /does not know this parameter/ }],
    ],
    [
      'an unknown event id',
      '?event=no-such-event&view=list',
      { view: 'list' },
      [{ param: 'event', value: 'no-such-event', reason: /no event with this id/ }],
    ],
    [
      'an unknown document id',
      '?view=paper&doc=doc-nowhere',
      { view: 'paper' },
      [{ param: 'doc', value: 'doc-nowhere', reason: /no document with this id/ }],
    ],
    [
      'an unknown actor (panel)',
      '?actor=narnia',
      {},
      [{ param: 'actor', value: 'narnia', reason: /no actor/ }],
    ],
    [
      'unknown values in lists, one by one',
      '?actors=china,narnia,russia&kinds=vote,party&topics=sanctions,weather',
      { filters: filters({ actors: [china, russia], kinds: ['vote'], topics: [sanctions] }) },
      [
        { param: 'actors', value: 'narnia', reason: /no actor/ },
        { param: 'kinds', value: 'party', reason: /Not a kind of event \(visit, call/ },
        { param: 'topics', value: 'weather', reason: /no topic/ },
      ],
    ],
    [
      'an unknown story, and its step',
      '?story=nope&step=2',
      {},
      [
        { param: 'story', value: 'nope', reason: /no story/ },
        { param: 'step', value: '2', reason: /only applies together with a story/ },
      ],
    ],
    [
      'a bad story step',
      '?story=invasion-to-moscow&step=0',
      { story: { id: 'invasion-to-moscow', step: 0 } },
      [{ param: 'step', value: '0', reason: /whole number from 1/ }],
    ],
    [
      'an unknown view, theme, language and flag value',
      '?view=map&theme=sepia&lang=xx&embed=yes',
      {},
      [
        { param: 'view', value: 'map', reason: /one of: timeline, list, matrix/ },
        { param: 'embed', value: 'yes', reason: /Must be 1 \(on\) or 0 \(off\)/ },
        { param: 'theme', value: 'sepia', reason: /one of: auto, light, dark/ },
        {
          param: 'lang',
          value: 'xx',
          reason: /not available in this language \(en, fr, zh-Hans\)/,
        },
      ],
    ],
    [
      'a malformed date',
      '?asof=15/09/2022&from=yesterday',
      {},
      [
        { param: 'asof', value: '15/09/2022', reason: /written YYYY-MM-DD/ },
        { param: 'from', value: 'yesterday', reason: /written YYYY-MM-DD/ },
      ],
    ],
    [
      'an impossible date',
      '?asof=2022-02-30&start=2022-13-01&end=2022-06-30',
      { window: { start: SPAN.start, end: d('2022-07-01') } },
      [
        { param: 'start', value: '2022-13-01', reason: /Not a real calendar day/ },
        { param: 'asof', value: '2022-02-30', reason: /Not a real calendar day/ },
      ],
    ],
    [
      'a reversed window',
      '?start=2022-06-01&end=2022-03-01&event=2022-02-24-invasion',
      { event: invasion },
      [{ param: 'start,end', value: '2022-06-01 / 2022-03-01', reason: /ends before it starts/ }],
    ],
    [
      'a window wholly outside the span',
      '?start=2019-01-01&end=2019-12-31',
      {},
      [
        {
          param: 'start,end',
          value: '2019-01-01 / 2019-12-31',
          reason: /Outside the period covered \(2022-02-04 to 2023-03-22\)/,
        },
      ],
    ],
    [
      'a one-sided window outside the span',
      '?start=2024-01-01',
      {},
      [{ param: 'start', value: '2024-01-01', reason: /Outside the period/ }],
    ],
    [
      'a reversed date range',
      '?from=2022-06-01&to=2022-03-01&kinds=vote',
      { filters: filters({ kinds: ['vote'] }) },
      [{ param: 'from,to', value: '2022-06-01 / 2022-03-01', reason: /ends before it starts/ }],
    ],
    [
      'dates outside the span',
      '?asof=2021-01-01&to=2030-01-01',
      {},
      [
        { param: 'asof', value: '2021-01-01', reason: /Outside the period/ },
        { param: 'to', value: '2030-01-01', reason: /Outside the period/ },
      ],
    ],
    [
      'a bad comparison',
      '?compare=2022-06-01',
      {},
      [{ param: 'compare', value: '2022-06-01', reason: /Needs two dates/ }],
    ],
    [
      'a reversed comparison',
      '?compare=2022-06-01,2022-03-01',
      {},
      [{ param: 'compare', value: '2022-06-01,2022-03-01', reason: /first date must come before/ }],
    ],
    [
      'a repeated parameter (the first wins)',
      '?event=2022-02-24-invasion&event=2022-09-15-sco-samarkand-summit',
      { event: invasion },
      [
        {
          param: 'event',
          value: '2022-09-15-sco-samarkand-summit',
          reason: /repeated; the first was used/,
        },
      ],
    ],
    [
      'an overlong query',
      `?q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}&view=list`,
      { view: 'list' },
      [{ param: 'q', value: `${'a'.repeat(59)}…`, reason: /Too long \(201 characters\)/ }],
    ],
    [
      'injected markup',
      '?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E&%3Cimg%20src%3Dx%3E=1&actor=china',
      { actor: china },
      [
        { param: '<img src=x>', value: '1', reason: /does not know this parameter/ },
        { param: 'event', value: '<script>alert(1)</script>', reason: /no event with this id/ },
      ],
    ],
  ];

  it.each(cases)('%s', (_name, search, expected, dropped) => {
    const result = parseUrl(search, KNOWN);
    expect(result.view).toEqual(view(expected));
    expect(result.dropped).toHaveLength(dropped.length);
    dropped.forEach((want, i) => {
      const got = result.dropped[i]!;
      expect(got.param).toBe(want.param);
      expect(got.value).toBe(want.value);
      expect(got.reason).toMatch(want.reason);
    });
  });

  it('gives reasons as plain text that never repeat the value', () => {
    const { dropped } = parseUrl('?event=%3Cb%3Ex%3C%2Fb%3E&%3Ci%3E=%3Cu%3E', KNOWN);
    for (const { reason } of dropped) expect(reason).not.toMatch(/[<>]/);
  });

  it('reads only the first parameters of a link with very many', () => {
    const search = Array.from({ length: MAX_PARAMS + 10 }, (_, i) => `x${i}=1`).join('&');
    const { dropped } = parseUrl(search, KNOWN);
    expect(dropped).toHaveLength(MAX_PARAMS + 1);
    expect(dropped.at(-1)).toEqual({
      param: '…',
      value: '10 more',
      reason: `Too many parameters; only the first ${MAX_PARAMS} were read.`,
    });
  });

  it('survives malformed percent-encoding and a megabyte of junk', () => {
    const broken = parseUrl('?q=%E0%A4%A&event=%', KNOWN);
    expect(broken.view.query).toBe('\uFFFD%A');
    expect(broken.dropped).toMatchObject([{ param: 'event', value: '%' }]);
    const huge = parseUrl(`?${'<'.repeat(1_000_000)}=1`, KNOWN);
    expect(huge.dropped[0]!.param).toHaveLength(SHOWN_VALUE_CHARS_IN_TEST);
  });
});

const SHOWN_VALUE_CHARS_IN_TEST = 60;

describe('shownValue', () => {
  it('shortens long values and neutralises control and direction characters', () => {
    expect(shownValue('x'.repeat(100))).toBe(`${'x'.repeat(59)}…`);
    expect(shownValue('ab\u202Ecd\n')).toBe('ab\uFFFDcd\uFFFD');
    expect(shownValue('short')).toBe('short');
  });
});

describe('migrateUrl', () => {
  it('is the identity while there are no migrations', () => {
    const entries = [['event', 'x'] as const, ['q', 'y'] as const];
    expect(migrateUrl(entries)).toBe(entries);
  });

  it('applies migrations in order', () => {
    const rename: UrlMigration = (es) => es.map(([k, v]) => [k === 'sel' ? 'event' : k, v]);
    const lower: UrlMigration = (es) => es.map(([k, v]) => [k, v.toLowerCase()]);
    expect(migrateUrl([['sel', 'ABC']], [rename, lower])).toEqual([['event', 'abc']]);
  });
});

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
  const sorted = (n: number) =>
    fc.uniqueArray(dayIn, { minLength: n, maxLength: n }).map((ts) => ts.sort((a, b) => a - b));
  const ids = <T extends string>(set: ReadonlySet<string>) =>
    fc.uniqueArray(fc.constantFrom(...set), { maxLength: set.size }).map((l) => l as T[]);
  const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const validView: fc.Arbitrary<UrlView> = fc.record({
    view: fc.constantFrom('timeline', 'list', 'matrix', 'changes', 'paper', 'votes' as const),
    event: nullable(fc.constantFrom(...KNOWN.events)).map((e) => e as EventId | null),
    actor: nullable(fc.constantFrom(...KNOWN.actors)).map((a) => a as ActorId | null),
    document: nullable(fc.constantFrom(...KNOWN.documents)).map((d) => d as DocumentId | null),
    window: nullable(sorted(2).map(([a, b]) => ({ start: a!, end: b! + DAY_MS }))),
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
  });

  it('parse(serialize(v)) gives back any valid view', () => {
    fc.assert(
      fc.property(validView, (v) => {
        const expected =
          v.window && v.window.start === SPAN.start && v.window.end === SPAN.end
            ? { ...v, window: null }
            : v;
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
