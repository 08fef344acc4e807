/**
 * The URL codec: one pure pair, `parseUrl` and `serializeUrl`, between a link's query string and
 * the part of the view a link carries (`UrlView`, in `url-view.ts`). Defaults are omitted, keys
 * come in a fixed order, and bad input is dropped parameter by parameter with a plain-language
 * reason while the valid rest still applies (`url-read.ts`). Nothing here touches `window`;
 * `url-sync.ts` does. The format is documented in `README.md` next to this file.
 */
import { DAY_MS, startOfDay, toIsoDay } from '../domain/dates';
import type { Dataset, Millis, TimeWindow } from '../domain/types';
import {
  DEFAULT_LANG,
  DEFAULT_URL_VIEW,
  URL_PARAMS,
  migrateUrl,
  type DroppedParam,
  type KnownIds,
  type UrlParam,
  type UrlParseResult,
  type UrlView,
} from './url-view';
import { readView } from './url-read';
import { readParams, shownValue, type Drop } from './url-raw-params';
import { reason } from './drop-reason';

// ---------------------------------------------------------------------------------------------
// Serialising

function lastDayOf(window: TimeWindow): Millis {
  return Math.ceil(window.end / DAY_MS) * DAY_MS - DAY_MS;
}

function list(values: readonly string[]): string | null {
  return values.length ? values.join(',') : null;
}

function day(t: Millis | null): string | null {
  return t === null ? null : toIsoDay(t);
}

function flag(on: boolean): string | null {
  return on ? '1' : null;
}

/** How each parameter is written; `null` (or the default) leaves it out. */
const WRITERS: { readonly [K in UrlParam]: (v: UrlView) => string | null } = {
  view: (v) => v.view,
  event: (v) => v.event,
  actor: (v) => v.actor,
  doc: (v) => v.document,
  start: (v) => v.window && toIsoDay(startOfDay(v.window.start)),
  end: (v) => v.window && toIsoDay(lastDayOf(v.window)),
  asof: (v) => day(v.asOf),
  q: (v) => v.query,
  actors: (v) => list(v.filters.actors),
  kinds: (v) => list(v.filters.kinds),
  topics: (v) => list(v.filters.topics),
  from: (v) => day(v.filters.from),
  to: (v) => day(v.filters.to),
  compare: (v) => v.compare && `${toIsoDay(v.compare.from)},${toIsoDay(v.compare.to)}`,
  'matrix-actors': (v) => list(v.matrix.actors),
  'matrix-topics': (v) => list(v.matrix.topics),
  story: (v) => v.story && v.story.id,
  step: (v) => (v.story && v.story.step > 0 ? String(v.story.step + 1) : null),
  // An embed ignores presentation mode, so a canonical link leaves it out.
  present: (v) => flag(v.presenting && !v.embed),
  embed: (v) => flag(v.embed),
  theme: (v) => v.theme,
  lang: (v) => v.lang,
  seed: (v) => (v.quizSeed === null ? null : String(v.quizSeed)),
  data: (v) => v.data,
};

const DEFAULT_VALUES: Partial<Record<UrlParam, string>> = {
  view: DEFAULT_URL_VIEW.view,
  theme: DEFAULT_URL_VIEW.theme,
  lang: DEFAULT_URL_VIEW.lang,
};

/**
 * The query string of a view: `''` when everything is at its default, otherwise `?` and the
 * non-default parameters in the fixed order of `URL_PARAMS`. Windows are written as whole days.
 */
export function serializeUrl(view: UrlView): string {
  const params = new URLSearchParams();
  for (const key of URL_PARAMS) {
    const value = WRITERS[key](view);
    if (value !== null && value !== '' && value !== DEFAULT_VALUES[key]) params.append(key, value);
  }
  // Commas are legal in a query string; leaving them unescaped keeps `actors=a,b` readable.
  const search = params.toString().replace(/%2C/g, ',');
  return search ? `?${search}` : '';
}

/**
 * Reads a query string (`location.search`, with or without the `?`) into a view. Never throws:
 * whatever cannot be used is left at its default and listed in `dropped` with a plain reason,
 * and the rest of the link still applies. Older links are migrated first (`migrateUrl`).
 */
export function parseUrl(search: string, known: KnownIds): UrlParseResult {
  const dropped: DroppedParam[] = [];
  const drop: Drop = (param, value, reason) =>
    dropped.push({ param: shownValue(param), value: shownValue(value), reason });
  try {
    const entries = migrateUrl([...new URLSearchParams(search)]);
    const view = readView({ raw: readParams(entries, drop), known, drop });
    return { view, dropped };
  } catch {
    // Not expected to happen; a link must never break the app.
    return {
      view: DEFAULT_URL_VIEW,
      dropped: [{ param: '(link)', value: shownValue(search), reason: reason('url.unreadable') }],
    };
  }
}

/** The ids of a dataset that links may name, and the languages the interface offers. */
export function knownIdsOf(
  dataset: Pick<Dataset, 'events' | 'actors' | 'topics' | 'stories' | 'documents' | 'span'>,
  langs: readonly string[] = [DEFAULT_LANG],
): KnownIds {
  return {
    events: new Set(dataset.events.map((e) => e.id)),
    actors: new Set(dataset.actors.map((a) => a.id)),
    topics: new Set(dataset.topics.map((t) => t.id)),
    stories: new Set(dataset.stories.map((s) => s.id)),
    documents: new Set(dataset.documents.map((d) => d.id)),
    langs,
    span: dataset.span,
  };
}
