/**
 * Reading a link's parameters (see `url-raw-params.ts`) into a `UrlView`, value by value: each bad value is dropped with a
 * plain-language reason, and the valid rest still applies. Used by `parseUrl` in `url-codec.ts`.
 */
import { DAY_MS, parseDay, toIsoDay } from '../domain/dates';
import type { Filters } from '../domain/filter-events';
import type { ActorId, DocumentId, EventId, Millis, TimeWindow, TopicId } from '../domain/types';
import { EVENT_KINDS, type EventKind } from '../domain/vocabulary';
import { stripControls } from '../domain/plain-text';
import { normaliseWindow, viewBounds } from '../domain/view-window';
import { THEMES, type StoryPosition } from '../store/types';
import { VIEWS, type Comparison, type MatrixChoice } from '../store/types';
import {
  DEFAULT_LANG,
  DEFAULT_URL_VIEW,
  MAX_QUIZ_SEED,
  type KnownIds,
  type UrlParam,
  type UrlView,
} from './url-view';
import type { Drop, RawParams } from './url-raw-params';
import { readDataValue } from './data-param';
import { reason, type DropKey, type DropReason } from './drop-reason';

const MAX_STORY_STEP = 999;

export interface Ctx {
  readonly raw: RawParams;
  readonly known: KnownIds;
  readonly drop: Drop;
}

// ---------------------------------------------------------------------------------------------
// Parsing: single values

function readId(
  ctx: Ctx,
  param: UrlParam,
  ids: ReadonlySet<string>,
  unknown: DropKey,
): string | null {
  const value = ctx.raw.get(param);
  if (value === undefined) return null;
  const id = value.trim().toLowerCase();
  if (ids.has(id)) return id;
  ctx.drop(param, value, reason(unknown));
  return null;
}

function readChoice<T extends string>(
  ctx: Ctx,
  param: UrlParam,
  choices: readonly T[],
  fallback: T,
): T {
  const value = ctx.raw.get(param);
  if (value === undefined) return fallback;
  const choice = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  if (choice !== undefined) return choice;
  ctx.drop(param, value, reason('url.oneOf', { choices: choices.join(', ') }));
  return fallback;
}

/** A link's on/off value: `1`/`true`, `0`/`false` (any case, spaces ignored), else `undefined`. */
export function flagValue(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return undefined;
}

function readFlag(ctx: Ctx, param: UrlParam): boolean {
  const value = ctx.raw.get(param);
  if (value === undefined) return false;
  const flag = flagValue(value);
  if (flag === undefined) ctx.drop(param, value, reason('url.flag'));
  return flag ?? false;
}

/** The period a link's dates must fall in, as the reason for dropping one outside it. */
function outside(span: TimeWindow) {
  return reason('url.outside', { from: toIsoDay(span.start), to: toIsoDay(span.end - DAY_MS) });
}

function inSpan(t: Millis, span: TimeWindow): boolean {
  return t >= span.start && t < span.end;
}

/** A day written YYYY-MM-DD; `undefined` (and reported) when malformed or impossible. */
function readDayValue(param: string, value: string, drop: Drop): Millis | undefined {
  const v = value.trim();
  const t = parseDay(v);
  if (t !== undefined) return t;
  drop(param, value, reason(/^\d{4}-\d{2}-\d{2}$/.test(v) ? 'url.notADay' : 'url.notADate'));
  return undefined;
}

/** A day inside the dataset's span, or `null`. */
function readDayInSpan(ctx: Ctx, param: UrlParam): Millis | null {
  const value = ctx.raw.get(param);
  if (value === undefined) return null;
  const t = readDayValue(param, value, ctx.drop);
  if (t === undefined) return null;
  if (inSpan(t, ctx.known.span)) return t;
  ctx.drop(param, value, outside(ctx.known.span));
  return null;
}

/**
 * A comma-separated list; repeats are merged, then the unknown values are dropped together (one
 * report per parameter, however often a value is repeated).
 */
function readList(
  ctx: Ctx,
  param: UrlParam,
  ok: (v: string) => boolean,
  why: DropReason,
): string[] {
  const value = ctx.raw.get(param);
  if (value === undefined) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  const unknown: string[] = [];
  for (const part of value.split(',')) {
    const v = part.trim().toLowerCase();
    if (v === '' || seen.has(v)) continue;
    seen.add(v);
    if (ok(v)) out.push(v);
    else unknown.push(part.trim());
  }
  if (unknown.length) ctx.drop(param, unknown.join(','), why);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Parsing: fields made of several values

interface WindowInput {
  readonly start: Millis | undefined;
  /** The last day shown (inclusive), as written in the URL. */
  readonly last: Millis | undefined;
  /** The parameters given, and their values, for reporting. */
  readonly params: string;
  readonly shown: string;
}

function readWindowInput(ctx: Ctx): WindowInput | null {
  const given = (['start', 'end'] as const).filter((p) => ctx.raw.has(p));
  if (given.length === 0) return null;
  const read = (p: 'start' | 'end') => {
    const value = ctx.raw.get(p);
    return value === undefined ? undefined : readDayValue(p, value, ctx.drop);
  };
  return {
    start: read('start'),
    last: read('end'),
    params: given.join(','),
    shown: given.map((p) => ctx.raw.get(p)).join(' / '),
  };
}

/**
 * The window: whole days, kept as the store keeps it (`normaliseWindow`: inside the room the
 * timeline leaves around the span), so a link reopens exactly the window it was copied from.
 */
function readWindow(ctx: Ctx): TimeWindow | null {
  const { known, drop } = ctx;
  const input = readWindowInput(ctx);
  if (input === null || (input.start === undefined && input.last === undefined)) return null;
  const { start, last, params, shown } = input;
  if (start !== undefined && last !== undefined && start > last) {
    drop(params, shown, reason('url.windowReversed'));
    return null;
  }
  const bounds = viewBounds(known.span);
  const window = {
    start: start ?? known.span.start,
    end: last === undefined ? known.span.end : last + DAY_MS,
  };
  if (window.start >= bounds.end || window.end <= bounds.start) {
    drop(params, shown, outside(known.span));
    return null;
  }
  return normaliseWindow(window, known.span);
}

/** The filters' date range; a reversed range is dropped whole. */
function readRange(ctx: Ctx): Pick<Filters, 'from' | 'to'> {
  const from = readDayInSpan(ctx, 'from');
  const to = readDayInSpan(ctx, 'to');
  if (from !== null && to !== null && from > to) {
    const shown = `${ctx.raw.get('from') ?? ''} / ${ctx.raw.get('to') ?? ''}`;
    ctx.drop('from,to', shown, reason('url.rangeReversed'));
    return { from: null, to: null };
  }
  return { from, to };
}

const NO_ACTOR = reason('url.noActor');
const NO_TOPIC = reason('url.noTopic');
const NO_KIND = reason('url.notAKind', { kinds: EVENT_KINDS.join(', ') });

function readFilters(ctx: Ctx): Filters {
  const { known } = ctx;
  const kinds: readonly string[] = EVENT_KINDS;
  return {
    actors: readList(ctx, 'actors', (v) => known.actors.has(v), NO_ACTOR) as ActorId[],
    kinds: readList(ctx, 'kinds', (v) => kinds.includes(v), NO_KIND) as EventKind[],
    topics: readList(ctx, 'topics', (v) => known.topics.has(v), NO_TOPIC) as TopicId[],
    ...readRange(ctx),
  };
}

/** Two days inside the span, the first before the second. */
function readCompare(ctx: Ctx): Comparison | null {
  const value = ctx.raw.get('compare');
  if (value === undefined) return null;
  const parts = value.split(',');
  if (parts.length !== 2) {
    ctx.drop('compare', value, reason('url.twoDates'));
    return null;
  }
  const [from, to] = parts.map((p) => readDayValue('compare', p, ctx.drop));
  if (from === undefined || to === undefined) return null;
  if (!inSpan(from, ctx.known.span) || !inSpan(to, ctx.known.span)) {
    ctx.drop('compare', value, outside(ctx.known.span));
    return null;
  }
  if (from >= to) {
    ctx.drop('compare', value, reason('url.compareOrder'));
    return null;
  }
  return { from, to };
}

function readMatrix(ctx: Ctx): MatrixChoice {
  const { known } = ctx;
  return {
    actors: readList(ctx, 'matrix-actors', (v) => known.actors.has(v), NO_ACTOR) as ActorId[],
    topics: readList(ctx, 'matrix-topics', (v) => known.topics.has(v), NO_TOPIC) as TopicId[],
  };
}

/** The story and its step (1-based in the URL, 0-based in the view). */
function readStory(ctx: Ctx): StoryPosition | null {
  const id = readId(ctx, 'story', ctx.known.stories, 'url.noStory');
  const rawStep = ctx.raw.get('step');
  if (rawStep === undefined) return id === null ? null : { id, step: 0 };
  if (id === null) {
    ctx.drop('step', rawStep, reason('url.stepWithoutStory'));
    return null;
  }
  const step = /^\d{1,4}$/.test(rawStep.trim()) ? Number(rawStep.trim()) : NaN;
  if (step >= 1 && step <= MAX_STORY_STEP) return { id, step: step - 1 };
  ctx.drop('step', rawStep, reason('url.wholeNumber', { max: String(MAX_STORY_STEP) }));
  return { id, step: 0 };
}

function readLang(ctx: Ctx): string {
  const value = ctx.raw.get('lang');
  if (value === undefined) return DEFAULT_LANG;
  const lang = ctx.known.langs.find((l) => l.toLowerCase() === value.trim().toLowerCase());
  if (lang !== undefined) return lang;
  ctx.drop('lang', value, reason('url.noLanguage', { langs: ctx.known.langs.join(', ') }));
  return DEFAULT_LANG;
}

/** The quiz's seed: a whole number from 1 to `MAX_QUIZ_SEED`. */
function readSeed(ctx: Ctx): number | null {
  const value = ctx.raw.get('seed');
  if (value === undefined) return null;
  const seed = /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (seed >= 1 && seed <= MAX_QUIZ_SEED) return seed;
  ctx.drop('seed', value, reason('url.wholeNumber', { max: String(MAX_QUIZ_SEED) }));
  return null;
}

export function readView(ctx: Ctx): UrlView {
  const { known } = ctx;
  return {
    view: readChoice(ctx, 'view', VIEWS, DEFAULT_URL_VIEW.view),
    event: readId(ctx, 'event', known.events, 'url.noEvent') as EventId | null,
    actor: readId(ctx, 'actor', known.actors, 'url.noActor') as ActorId | null,
    document: readId(ctx, 'doc', known.documents, 'url.noDocument') as DocumentId | null,
    quizSeed: readSeed(ctx),
    window: readWindow(ctx),
    asOf: readDayInSpan(ctx, 'asof'),
    query: stripControls(ctx.raw.get('q') ?? ''),
    filters: readFilters(ctx),
    compare: readCompare(ctx),
    matrix: readMatrix(ctx),
    story: readStory(ctx),
    presenting: readFlag(ctx, 'present'),
    embed: readFlag(ctx, 'embed'),
    theme: readChoice(ctx, 'theme', THEMES, DEFAULT_URL_VIEW.theme),
    lang: readLang(ctx),
    data: readDataValue(ctx.raw.get('data'), ctx.drop),
  };
}
