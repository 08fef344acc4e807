/**
 * Links and `<iframe>` snippets for a view, built as text from the app's address and the view a
 * link carries. Pure: the caller reads the address (`appBaseUrl`) and the store.
 */
import { dateFormatters } from '../../i18n/date-formatters';
import { stripControls } from '../../domain/plain-text';
import type { Dataset } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import type { Theme } from '../../store/types';
import { serializeUrl } from '../../url/url-codec';
import { type UrlView } from '../../url/url-view';

/** The iframe height a new snippet starts with, in CSS pixels (the embed then resizes it). */
export const DEFAULT_EMBED_HEIGHT_PX = 640;
export const MIN_EMBED_HEIGHT_PX = 200;
export const MAX_EMBED_HEIGHT_PX = 3000;

/** The app's address without query or hash: `https://example.org/parley/`. */
export function appBaseUrl(location: { readonly origin: string; readonly pathname: string }) {
  return `${location.origin}${location.pathname}`;
}

/** The full app showing a view (never the embed, never presenting). */
export function viewUrl(appUrl: string, view: UrlView): string {
  return `${appUrl}${serializeUrl({ ...view, embed: false })}`;
}

/** The embed of a view, in a colour scheme: the iframe's `src`. */
export function embedUrl(appUrl: string, view: UrlView, theme: Theme): string {
  return `${appUrl}${serializeUrl({ ...view, embed: true, presenting: false, theme })}`;
}

/** The address of `embed.js`, next to the app's `index.html`. */
export function embedScriptUrl(appUrl: string): string {
  return new URL('embed.js', appUrl).href;
}

/**
 * The static page of one event, made at build time (`e/<id>.html`): it carries the event's own
 * title and summary for link previews (bots run no JavaScript) and forwards readers to the app.
 */
export function eventPageUrl(appUrl: string, eventId: string): string {
  return new URL(`e/${encodeURIComponent(eventId)}.html`, appUrl).href;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Keeps a snippet's height in range and whole. */
export function clampEmbedHeight(height: number): number {
  if (!Number.isFinite(height)) return DEFAULT_EMBED_HEIGHT_PX;
  return Math.round(Math.min(MAX_EMBED_HEIGHT_PX, Math.max(MIN_EMBED_HEIGHT_PX, height)));
}

export interface EmbedSnippetOptions {
  /** The app's address, as `appBaseUrl` gives it. */
  readonly appUrl: string;
  readonly view: UrlView;
  /** The starting height in CSS pixels (kept if embed.js is not loaded). */
  readonly height: number;
  readonly theme: Theme;
  /** What the frame shows, for screen readers (`describeView`). */
  readonly title: string;
  /** The frame's name: the `id` of its height messages. */
  readonly name?: string;
  /** Adds embed.js, which makes the frame follow its content's height (the default). */
  readonly followHeight?: boolean;
}

/**
 * The HTML a newsroom pastes into an article: the iframe of the embed (lazy, full width, titled,
 * marked `data-parley`), then the script that makes it follow its content's height.
 */
export function embedSnippet(o: EmbedSnippetOptions): string {
  const attributes: [string, string][] = [
    ['src', embedUrl(o.appUrl, o.view, o.theme)],
    ['title', o.title],
    ['width', '100%'],
    ['height', String(clampEmbedHeight(o.height))],
    ['loading', 'lazy'],
    ['style', 'border: 0; display: block'],
  ];
  if (o.name) attributes.push(['name', o.name]);
  const attrs = attributes.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ');
  const frame = `<iframe ${attrs} data-parley></iframe>`;
  if (o.followHeight === false) return frame;
  const script = escapeAttribute(embedScriptUrl(o.appUrl));
  return `${frame}\n<script src="${script}" async></script>`;
}

/**
 * A one-line description of what a view shows: "Parley: <event or dataset>, with the filters,
 * search and dates that narrow it". Used as the iframe's title.
 */
export function describeView(
  view: UrlView,
  data: Pick<Dataset, 'meta' | 'eventsById' | 'actorsById' | 'topicsById'>,
  t: Translate,
): string {
  const { formatShortDay } = dateFormatters(view.lang);
  const event = view.event ? data.eventsById.get(view.event) : undefined;
  const parts: string[] = [];
  if (view.filters.kinds.length)
    parts.push(view.filters.kinds.map((k) => t(`kind.${k}`)).join(', '));
  if (view.filters.actors.length)
    parts.push(view.filters.actors.map((a) => data.actorsById.get(a)?.name ?? a).join(', '));
  if (view.filters.topics.length)
    parts.push(view.filters.topics.map((id) => data.topicsById.get(id)?.title ?? id).join(', '));
  if (view.query.trim()) parts.push(`“${view.query.trim()}”`);
  const { from, to } = view.filters;
  if (from !== null || to !== null)
    parts.push(
      `${from !== null ? formatShortDay(from) : '…'} – ${to !== null ? formatShortDay(to) : '…'}`,
    );
  if (view.window)
    parts.push(`${formatShortDay(view.window.start)} – ${formatShortDay(view.window.end - 1)}`);
  const subject = event ? `${event.title} (${formatShortDay(event.start)})` : data.meta.title;
  return stripControls([`${t('appName')}: ${subject}`, ...parts].join(' · '));
}
