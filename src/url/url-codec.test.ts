import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filter-events';
import type { ActorId, DocumentId, EventId, TopicId } from '../domain/types';
import { parseUrl, serializeUrl } from './url-codec';
import {
  DEFAULT_URL_VIEW,
  URL_PARAMS,
  migrateUrl,
  type UrlMigration,
  type UrlView,
} from './url-view';
import { shownValue } from './url-raw-params';

import { d, KNOWN, SPAN } from '../../tests/helpers/url-known';

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
    ['a quiz and its seed', view({ view: 'quiz', quizSeed: 42 }), '?view=quiz&seed=42'],
    ['the quiz at seed 1', view({ view: 'quiz', quizSeed: 1 }), '?view=quiz&seed=1'],
    ['the default quiz', view({ view: 'quiz' }), '?view=quiz'],
  ];

  it.each(cases)('%s', (_name, v, search) => {
    expect(serializeUrl(v)).toBe(search);
    expect(parseUrl(search, KNOWN)).toEqual({ view: v, dropped: [] });
  });

  it('writes every parameter in the fixed order, whatever the order read', () => {
    const shuffled =
      '?data=https%3A%2F%2Fexample.org%2Fclass.csv&seed=7&lang=fr&theme=light&embed=1&present=1&step=2&story=invasion-to-moscow' +
      '&matrix-topics=sanctions&matrix-actors=china&compare=2022-03-01,2022-04-01&to=2022-12-31' +
      '&from=2022-03-01&topics=sanctions&kinds=vote&actors=russia&q=grain&asof=2022-06-01' +
      '&end=2022-12-31&start=2022-03-01&doc=doc-china-position-paper-2023&actor=china&event=2022-02-24-invasion&view=list';
    const { view: v, dropped } = parseUrl(shuffled, KNOWN);
    expect(dropped).toEqual([]);
    const keys = [...new URLSearchParams(serializeUrl(v)).keys()];
    // All but `present`, which an embed ignores.
    expect(keys).toEqual(URL_PARAMS.filter((p) => p !== 'present'));
  });

  it('leaves out what a mode ignores: presentation in an embed', () => {
    const { view: v } = parseUrl('?present=1&embed=1&view=list', KNOWN);
    expect(serializeUrl(v)).toBe('?view=list&embed=1');
    expect(serializeUrl({ ...v, embed: false })).toBe('?view=list&present=1');
  });

  it('strips control and direction-override characters from the search text', () => {
    const { view: v, dropped } = parseUrl('?q=%E2%80%AEgrain%00%01%E2%81%A6deal%7F', KNOWN);
    expect(v.query).toBe('graindeal');
    expect(dropped).toEqual([]);
  });

  it('omits values equal to their defaults', () => {
    const v = view({ view: 'timeline', theme: 'auto', lang: 'en', presenting: false, query: '' });
    expect(serializeUrl(v)).toBe('');
    expect(parseUrl('?view=timeline&theme=auto&lang=en&present=0&embed=0&q=', KNOWN)).toEqual({
      view: DEFAULT_URL_VIEW,
      dropped: [],
    });
  });

  it('reads a window covering the whole span as exactly that window', () => {
    expect(parseUrl('?start=2022-02-04&end=2023-03-22', KNOWN).view.window).toEqual(SPAN);
  });

  it('keeps a window running past the span, inside the room the timeline leaves', () => {
    const r = parseUrl('?start=2023-03-13&end=2023-03-24', KNOWN);
    expect(r.view.window).toEqual({ start: d('2023-03-13'), end: d('2023-03-25') });
    expect(r.dropped).toEqual([]);
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

  it('cuts a window that starts before the room left around the span', () => {
    const r = parseUrl('?start=2021-06-01&end=2022-03-31', KNOWN);
    expect(r.view.window).toEqual({ start: d('2022-01-20'), end: d('2022-04-01') });
    expect(r.dropped).toEqual([]);
  });

  it('accepts "true" for flags', () => {
    expect(parseUrl('?embed=true&present=1', KNOWN).view).toMatchObject({
      embed: true,
      presenting: true,
    });
  });
});

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
