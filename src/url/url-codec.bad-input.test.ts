/** The codec's handling of bad links: each bad parameter dropped with a reason, the rest kept. */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filter-events';
import type { ActorId, EventId, TopicId } from '../domain/types';
import { parseUrl } from './url-codec';
import { DEFAULT_URL_VIEW, MAX_PARAMS, MAX_QUERY_LENGTH, type UrlView } from './url-view';

import { d, KNOWN, SPAN } from '../../tests/helpers/url-known';
import { translator } from '../i18n/translate';
import type { DropReason } from './drop-reason';

/** A reason as an English reader sees it. */
const english = (reason: DropReason) => translator('en')(reason.key, reason.vars);

function view(partial: Partial<UrlView>): UrlView {
  return { ...DEFAULT_URL_VIEW, ...partial };
}

function filters(partial: Partial<UrlView['filters']>): UrlView['filters'] {
  return { ...NO_FILTERS, ...partial };
}

const invasion = '2022-02-24-invasion' as EventId;
const china = 'china' as ActorId;
const russia = 'russia' as ActorId;
const sanctions = 'sanctions' as TopicId;

/** How much of an ignored value a notice shows (written out, not imported, so a change is noticed). */
const SHOWN_VALUE_CHARS_IN_TEST = 60;

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
      'repeated unknown values in a list, merged into one report per parameter',
      `?actors=${'narnia,'.repeat(250)}china,Mordor,mordor&topics=${'weather,'.repeat(50)}`,
      { filters: filters({ actors: [china] }) },
      [
        { param: 'actors', value: 'narnia,Mordor', reason: /no actor/ },
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
      'a seed that is not a whole number from 1',
      '?view=quiz&seed=0',
      { view: 'quiz' },
      [{ param: 'seed', value: '0', reason: /whole number from 1 to 999999999/ }],
    ],
    [
      'a seed with letters, or too long',
      '?view=quiz&seed=12abc',
      { view: 'quiz' },
      [{ param: 'seed', value: '12abc', reason: /whole number/ }],
    ],
    [
      'a seed of ten digits',
      '?seed=1234567890',
      {},
      [{ param: 'seed', value: '1234567890', reason: /whole number/ }],
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
      expect(english(got.reason)).toMatch(want.reason);
    });
  });

  it('gives reasons as message keys whose text never repeats the value', () => {
    const { dropped } = parseUrl('?event=%3Cb%3Ex%3C%2Fb%3E&%3Ci%3E=%3Cu%3E', KNOWN);
    for (const { reason } of dropped) expect(english(reason)).not.toMatch(/[<>]/);
  });

  it('reads only the first parameters of a link with very many', () => {
    const search = Array.from({ length: MAX_PARAMS + 10 }, (_, i) => `x${i}=1`).join('&');
    const { dropped } = parseUrl(search, KNOWN);
    expect(dropped).toHaveLength(MAX_PARAMS + 1);
    expect(dropped.at(-1)).toEqual({
      param: '…',
      value: '+10',
      reason: { key: 'url.tooMany', vars: { max: MAX_PARAMS } },
    });
    expect(english(dropped.at(-1)!.reason)).toBe(
      `Too many parameters; only the first ${MAX_PARAMS} were read.`,
    );
  });

  it('survives malformed percent-encoding and a megabyte of junk', () => {
    const broken = parseUrl('?q=%E0%A4%A&event=%', KNOWN);
    expect(broken.view.query).toBe('\uFFFD%A');
    expect(broken.dropped).toMatchObject([{ param: 'event', value: '%' }]);
    const huge = parseUrl(`?${'<'.repeat(1_000_000)}=1`, KNOWN);
    expect(huge.dropped[0]!.param).toHaveLength(SHOWN_VALUE_CHARS_IN_TEST);
  });
});
