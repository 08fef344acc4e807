/** The build's link previews, generated from the bundled dataset (what `vite build` emits). */
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import {
  EVENT_PAGES_DIR,
  HEAD_MARKER,
  OEMBED_FILE,
  PREVIEW_IMAGE_FILE,
  escapeHtml,
  eventPage,
  indexHeadTags,
  linkPreviewFiles,
  oembedJson,
} from '../../scripts/link-previews/link-previews';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../../scripts/link-previews/preview-image';
import { realDataset } from '../helpers/real-dataset';
import { makeDataset, makeEvent } from '../helpers/builders';
import fs from 'node:fs';

const dataset = realDataset();

function attr(html: string, key: string): string | undefined {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return m?.[1];
}

describe('link previews', () => {
  it('gives index.html the Open Graph and Twitter tags, a canonical and an oEmbed link', () => {
    const tags = indexHeadTags(dataset);
    expect(attr(tags, 'og:title')).toBe(escapeHtml(dataset.meta.title));
    expect(attr(tags, 'og:description')).toBe(escapeHtml(dataset.meta.description));
    expect(attr(tags, 'og:image')).toBe(`./${PREVIEW_IMAGE_FILE}`);
    expect(attr(tags, 'twitter:card')).toBe('summary_large_image');
    expect(attr(tags, 'twitter:image')).toBe(`./${PREVIEW_IMAGE_FILE}`);
    expect(tags).toContain('<link rel="canonical" href="./" />');
    expect(tags).toContain(`type="application/json+oembed" href="./${OEMBED_FILE}"`);
    const source = fs.readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    expect(source).toContain(HEAD_MARKER);
  });

  it('uses absolute addresses under a public address, as Open Graph asks', () => {
    const tags = indexHeadTags(dataset, 'https://example.org/parley/');
    expect(attr(tags, 'og:image')).toBe('https://example.org/parley/preview.png');
    const json = JSON.parse(oembedJson(dataset, 'https://example.org/parley/')) as { html: string };
    expect(json.html).toContain('src="https://example.org/parley/?embed=1"');
    expect(json.html).toContain('<script src="https://example.org/parley/embed.js" async>');
  });

  it('answers oEmbed with a rich type and the iframe of the default view', () => {
    const json = JSON.parse(oembedJson(dataset)) as Record<string, unknown>;
    expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Parley' });
    expect(json.html).toMatch(/^<iframe src="\.\/\?embed=1" [^>]*data-parley><\/iframe>$/);
  });

  it('draws a PNG of the size the cards expect', () => {
    const png = linkPreviewFiles(dataset).find((f) => f.fileName === PREVIEW_IMAGE_FILE)!;
    const bytes = Buffer.from(png.source as Uint8Array);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(bytes.readUInt32BE(16)).toBe(PREVIEW_WIDTH);
    expect(bytes.readUInt32BE(20)).toBe(PREVIEW_HEIGHT);
    const idat = bytes.indexOf('IDAT');
    const length = bytes.readUInt32BE(idat - 4);
    const rows = inflateSync(bytes.subarray(idat + 4, idat + 4 + length));
    expect(rows.length).toBe((PREVIEW_WIDTH * 3 + 1) * PREVIEW_HEIGHT);
    // Not a blank picture: more than two colours are drawn.
    const colours = new Set<number>();
    for (let i = 1; i < rows.length; i += 3 * 97) colours.add(rows.readUIntBE(i, 3));
    expect(colours.size).toBeGreaterThan(3);
  });

  it('emits one page per event, each with its own title, that forwards to the app', () => {
    const pages = linkPreviewFiles(dataset).filter((f) =>
      f.fileName.startsWith(`${EVENT_PAGES_DIR}/`),
    );
    expect(pages).toHaveLength(dataset.events.length);
    const titles = new Set<string>();
    for (const e of dataset.events) {
      const page = pages.find((p) => p.fileName === `e/${e.id}.html`);
      expect(page).toBeDefined();
      const html = page!.source as string;
      expect(attr(html, 'og:title')).toContain(escapeHtml(e.title));
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=../?event=${e.id}" />`);
      titles.add(/<title>(.*)<\/title>/.exec(html)![1]!);
    }
    expect(titles.size).toBe(dataset.events.length);
  });

  it('escapes every text it puts into HTML', () => {
    const hostile = makeEvent({
      id: 'x',
      title: '"><script>alert(1)</script>',
      summary: 'It\'s <b>bold</b> & "quoted"',
    });
    const html = eventPage(hostile, makeDataset({ events: [hostile] }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('It&#39;s &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
  });
});
