/**
 * What link previews need, made at build time from the bundled dataset (bots that fetch a link
 * run no JavaScript): the Open Graph / Twitter card tags, canonical and oEmbed discovery links for
 * `index.html`, a static oEmbed answer for the default view, the preview picture, and one small
 * page per event (`e/<id>.html`) with that event's own tags, which forwards readers to the app.
 *
 * Every address is relative to the app unless a public address is given (`PARLEY_PUBLIC_URL` at
 * build time): Open Graph asks for absolute image URLs, which only the host knows.
 */
import { formatDay } from '../../src/domain/dates';
import type { Dataset, ParleyEvent } from '../../src/domain/types';
import { DEFAULT_EMBED_HEIGHT_PX, embedSnippet } from '../../src/features/newsroom/embed-snippet';
import { DEFAULT_URL_VIEW } from '../../src/url/url-view';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewImage } from './preview-image';

export const PREVIEW_IMAGE_FILE = 'preview.png';
export const OEMBED_FILE = 'oembed.json';
export const EVENT_PAGES_DIR = 'e';
/** The marker in `index.html` that the tags replace (one block, to ease merges). */
export const HEAD_MARKER = '<!-- parley:link-previews -->';
/** Width of the oEmbed frame: a typical article column. */
const OEMBED_WIDTH_PX = 600;

export interface BuiltFile {
  readonly fileName: string;
  readonly source: string | Uint8Array;
}

/** Escapes text for HTML content and double-quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An address: relative to the page (`fromPage`), or absolute under the public address. */
function address(path: string, publicUrl: string | undefined, fromPage: string): string {
  return publicUrl ? new URL(path, publicUrl).href : `${fromPage}${path}`;
}

interface Card {
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly image: string;
  readonly imageAlt: string;
  readonly type: 'website' | 'article';
}

function cardTags(c: Card): string[] {
  const meta = (attr: string, key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`;
  return [
    meta('property', 'og:type', c.type),
    meta('property', 'og:site_name', 'Parley'),
    meta('property', 'og:title', c.title),
    meta('property', 'og:description', c.description),
    meta('property', 'og:url', c.url),
    meta('property', 'og:image', c.image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', PREVIEW_WIDTH),
    meta('property', 'og:image:height', PREVIEW_HEIGHT),
    meta('property', 'og:image:alt', c.imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', c.title),
    meta('name', 'twitter:description', c.description),
    meta('name', 'twitter:image', c.image),
    meta('name', 'twitter:image:alt', c.imageAlt),
  ];
}

function imageAlt(dataset: Dataset): string {
  return `Timeline of ${dataset.events.length} events: ${dataset.meta.title}`;
}

/** The block of tags that replaces `HEAD_MARKER` in `index.html`. */
export function indexHeadTags(dataset: Dataset, publicUrl?: string): string {
  const { title, description } = dataset.meta;
  const tags = [
    ...cardTags({
      title,
      description,
      url: address('', publicUrl, './'),
      image: address(PREVIEW_IMAGE_FILE, publicUrl, './'),
      imageAlt: imageAlt(dataset),
      type: 'website',
    }),
    `<link rel="canonical" href="${escapeHtml(address('', publicUrl, './'))}" />`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(
      address(OEMBED_FILE, publicUrl, './'),
    )}" title="${escapeHtml(title)}" />`,
  ];
  return tags.join('\n    ');
}

/** The oEmbed answer (type `rich`) for the default view: its iframe snippet. */
export function oembedJson(dataset: Dataset, publicUrl?: string): string {
  const appUrl = publicUrl ?? './';
  const html = embedSnippet({
    appUrl,
    view: DEFAULT_URL_VIEW,
    height: DEFAULT_EMBED_HEIGHT_PX,
    theme: 'auto',
    title: `Parley: ${dataset.meta.title}`,
    // embed.js needs an absolute address to be loaded from a host page.
    followHeight: publicUrl !== undefined,
  });
  return JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: 'Parley',
      ...(publicUrl ? { provider_url: publicUrl } : {}),
      title: dataset.meta.title,
      html,
      width: OEMBED_WIDTH_PX,
      height: DEFAULT_EMBED_HEIGHT_PX,
      thumbnail_url: address(PREVIEW_IMAGE_FILE, publicUrl, './'),
      thumbnail_width: PREVIEW_WIDTH,
      thumbnail_height: PREVIEW_HEIGHT,
    },
    null,
    2,
  );
}

/** The static page of one event: its tags for previews, its text, and a forward to the app. */
export function eventPage(event: ParleyEvent, dataset: Dataset, publicUrl?: string): string {
  const target = `${address('', publicUrl, '../')}?event=${encodeURIComponent(event.id)}`;
  const date = formatDay(event.start, 'en-GB');
  const title = `${event.title} (${date})`;
  const tags = cardTags({
    title,
    description: event.summary,
    url: target,
    image: address(PREVIEW_IMAGE_FILE, publicUrl, '../'),
    imageAlt: imageAlt(dataset),
    type: 'article',
  });
  const t = escapeHtml(target);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" type="image/svg+xml" href="../favicon.svg" />
    <title>${escapeHtml(title)} — Parley</title>
    <meta name="description" content="${escapeHtml(event.summary)}" />
    ${tags.join('\n    ')}
    <link rel="canonical" href="${t}" />
    <meta http-equiv="refresh" content="0; url=${t}" />
  </head>
  <body>
    <h1>${escapeHtml(event.title)}</h1>
    <p>${escapeHtml(date)}</p>
    <p>${escapeHtml(event.summary)}</p>
    <p><a href="${t}">Open this event in Parley</a></p>
  </body>
</html>
`;
}

/** Every file the build emits for link previews. */
export function linkPreviewFiles(dataset: Dataset, publicUrl?: string): BuiltFile[] {
  return [
    { fileName: PREVIEW_IMAGE_FILE, source: previewImage(dataset) },
    { fileName: OEMBED_FILE, source: oembedJson(dataset, publicUrl) },
    ...dataset.events.map((e) => ({
      fileName: `${EVENT_PAGES_DIR}/${e.id}.html`,
      source: eventPage(e, dataset, publicUrl),
    })),
  ];
}
