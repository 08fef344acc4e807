import { describe, expect, it } from 'vitest';
import { day, makeDataset, makeEvent, makeTopic } from '../../../tests/helpers/builders';
import { translator } from '../../i18n/translate';
import { parseUrl, knownIdsOf } from '../../url/url-codec';
import { DEFAULT_URL_VIEW, type UrlView } from '../../url/url-view';
import type { ActorId, EventId, TopicId } from '../../domain/types';
import {
  appBaseUrl,
  clampEmbedHeight,
  describeView,
  embedScriptUrl,
  embedSnippet,
  embedUrl,
  escapeAttribute,
  viewUrl,
} from './embed-snippet';

const APP = 'https://news.example/graphics/parley/';
const dataset = makeDataset({
  events: [
    makeEvent({ id: 'paper', date: '2023-02-24', title: 'China\'s "position paper" <12 points>' }),
  ],
  topics: [makeTopic({ id: 'sanctions', title: 'Sanctions' })],
});
const t = translator('en');

const view: UrlView = {
  ...DEFAULT_URL_VIEW,
  event: 'paper' as EventId,
  filters: { ...DEFAULT_URL_VIEW.filters, kinds: ['vote', 'call'] },
  query: 'grain deal',
};

/** The attributes of the snippet's iframe, as a browser would read them. */
function iframeAttributes(snippet: string): Record<string, string> {
  const tag = /<iframe ([^>]*)><\/iframe>/.exec(snippet)?.[1] ?? '';
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
    attrs[m[1]!] = (m[2] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return attrs;
}

describe('addresses', () => {
  it('takes the app address without query or hash', () => {
    expect(appBaseUrl({ origin: 'https://news.example', pathname: '/graphics/parley/' })).toBe(APP);
  });

  it('gives the full view without embed, and the embed with its theme', () => {
    const embedded = { ...view, embed: true, theme: 'dark' as const };
    expect(viewUrl(APP, embedded)).toBe(
      `${APP}?event=paper&q=grain+deal&kinds=vote,call&theme=dark`,
    );
    expect(embedUrl(APP, view, 'light')).toBe(
      `${APP}?event=paper&q=grain+deal&kinds=vote,call&embed=1&theme=light`,
    );
    expect(embedUrl(APP, { ...view, presenting: true }, 'auto')).toBe(
      `${APP}?event=paper&q=grain+deal&kinds=vote,call&embed=1`,
    );
    expect(embedScriptUrl(APP)).toBe(`${APP}embed.js`);
    expect(embedScriptUrl('https://news.example/parley/index.html')).toBe(
      'https://news.example/parley/embed.js',
    );
  });
});

describe('escapeAttribute and clampEmbedHeight', () => {
  it('escapes what could end an attribute or open a tag', () => {
    expect(escapeAttribute(`a & "b" <c>`)).toBe('a &amp; &quot;b&quot; &lt;c&gt;');
  });

  it.each([
    [640, 640],
    [640.6, 641],
    [10, 200],
    [99_999, 3000],
    [Number.NaN, 640],
  ])('%d px → %d px', (input, output) => {
    expect(clampEmbedHeight(input)).toBe(output);
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    appUrl: APP,
    view,
    height: 720,
    theme: 'dark',
    title: describeView(view, dataset, t),
    name: 'parley-k3x9',
  });
  const attrs = iframeAttributes(snippet);

  it('is an iframe of the embed of the view, then the script', () => {
    expect(attrs.src).toBe(`${APP}?event=paper&q=grain+deal&kinds=vote,call&embed=1&theme=dark`);
    expect(snippet).toContain('&amp;embed=1&amp;theme=dark');
    expect(snippet.split('\n')[1]).toBe(`<script src="${APP}embed.js" async></script>`);
  });

  it('is lazy, full width, titled, named and marked for embed.js', () => {
    expect(attrs).toMatchObject({
      width: '100%',
      height: '720',
      loading: 'lazy',
      name: 'parley-k3x9',
      'data-parley': '',
      title:
        'Parley: China\'s "position paper" <12 points> (24 Feb 2023) · UN vote, Call · “grain deal”',
    });
    expect(snippet).not.toContain('"position paper"');
  });

  it('reproduces the view when its src is read back as a link', () => {
    const { view: read, dropped } = parseUrl(new URL(attrs.src!).search, knownIdsOf(dataset));
    expect(dropped).toEqual([]);
    expect(read).toEqual({ ...view, embed: true, theme: 'dark' });
  });

  it('has no name unless one is given, and keeps the height in range', () => {
    const plain = embedSnippet({ appUrl: APP, view, height: 50, theme: 'auto', title: 'T' });
    expect(iframeAttributes(plain)).not.toHaveProperty('name');
    expect(iframeAttributes(plain).height).toBe('200');
    expect(iframeAttributes(plain).src).not.toContain('theme=');
  });
});

describe('describeView', () => {
  it('names the dataset when no event is chosen', () => {
    expect(describeView(DEFAULT_URL_VIEW, dataset, t)).toBe('Parley: Test');
  });

  it('lists filters, search, date range and window', () => {
    const narrowed: UrlView = {
      ...DEFAULT_URL_VIEW,
      window: { start: day('2022-02-24'), end: day('2022-05-01') },
      query: ' oil ',
      filters: {
        actors: ['china', 'russia'] as ActorId[],
        kinds: ['sanctions'],
        topics: ['sanctions'] as TopicId[],
        from: day('2022-03-01'),
        to: null,
      },
    };
    expect(describeView(narrowed, dataset, t)).toBe(
      'Parley: Test · Sanctions · China, Russia · Sanctions · “oil” · 1 Mar 2022 – … · 24 Feb 2022 – 30 Apr 2022',
    );
  });

  it('strips control and direction-override characters from the title', () => {
    const hostile: UrlView = { ...DEFAULT_URL_VIEW, query: 'oil\u202e\u0000lio' };
    const title = describeView(hostile, dataset, t);
    expect(title).toBe('Parley: Test · “oillio”');
    const snippet = embedSnippet({ appUrl: APP, view: hostile, height: 500, theme: 'auto', title });
    expect(snippet).toContain('oillio');
    expect(snippet).not.toContain('\u0000');
    expect(snippet).not.toContain('\u202e');
  });
});
