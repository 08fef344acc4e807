/**
 * What a link carries (`UrlView`), its defaults, its parameters in their fixed order, the limits
 * on what a link may hold, and the migrations old links go through. The format is documented in
 * `README.md` next to this file: change both together.
 */
import type { DropReason } from './drop-reason';
import { NO_FILTERS, type Filters } from '../domain/filter-events';
import type { ActorId, DocumentId, EventId, Millis, TimeWindow } from '../domain/types';
import type { StoryPosition, Theme } from '../store/types';
import type { Comparison, MatrixChoice, ViewName } from '../store/types';

/** What a link carries: the shareable subset of the store's state. */
export interface UrlView {
  readonly view: ViewName;
  /** The selected event (its panel opens). */
  readonly event: EventId | null;
  /** The actor whose panel is open. */
  readonly actor: ActorId | null;
  /** The document shown in the paper view; `null` means the dataset's first. */
  readonly document: DocumentId | null;
  /** The quiz's seed (only with `view=quiz`); `null` means the default quiz. */
  readonly quizSeed: number | null;
  /** The visible window; `null` means the whole span of the dataset. */
  readonly window: TimeWindow | null;
  readonly asOf: Millis | null;
  readonly query: string;
  readonly filters: Filters;
  readonly compare: Comparison | null;
  readonly matrix: MatrixChoice;
  /** The story being played; `step` counts from 0 here and from 1 in the URL. */
  readonly story: StoryPosition | null;
  readonly presenting: boolean;
  readonly embed: boolean;
  readonly theme: Theme;
  readonly lang: string;
  /** The address of a dataset opened from a link (`?data=`); `null` for any other dataset. */
  readonly data: string | null;
}

/** The ids and bounds a link is checked against. */
export interface KnownIds {
  readonly events: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly stories: ReadonlySet<string>;
  readonly documents: ReadonlySet<string>;
  /** Interface languages, in their canonical spelling ("en", "zh-Hans"). */
  readonly langs: readonly string[];
  /** The dataset's span; windows are clamped to it, dates must fall inside it. */
  readonly span: TimeWindow;
}

/** A parameter that was ignored, and why, in plain text (render it as text, never as HTML). */
export interface DroppedParam {
  readonly param: string;
  /** The ignored value, shortened to about 60 characters. */
  readonly value: string;
  /** Why, as a message key of src/i18n (`url.*`) and its values: shown in the reader's language. */
  readonly reason: DropReason;
}

export interface UrlParseResult {
  readonly view: UrlView;
  readonly dropped: readonly DroppedParam[];
}

/** The interface language when a link names none; matches the store's default. */
export const DEFAULT_LANG = 'en';

export const DEFAULT_URL_VIEW: UrlView = {
  view: 'timeline',
  event: null,
  actor: null,
  document: null,
  quizSeed: null,
  window: null,
  asOf: null,
  query: '',
  filters: NO_FILTERS,
  compare: null,
  matrix: { actors: [], topics: [] },
  story: null,
  presenting: false,
  embed: false,
  theme: 'auto',
  lang: DEFAULT_LANG,
  data: null,
};

/** Every parameter, in the fixed order `serializeUrl` writes them. */
export const URL_PARAMS = [
  'view',
  'event',
  'actor',
  'doc',
  'start',
  'end',
  'asof',
  'q',
  'actors',
  'kinds',
  'topics',
  'from',
  'to',
  'compare',
  'matrix-actors',
  'matrix-topics',
  'story',
  'step',
  'present',
  'embed',
  'theme',
  'lang',
  'seed',
  'data',
] as const;

export type UrlParam = (typeof URL_PARAMS)[number];

/** Longest search query a link may carry, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Longest value of any other parameter, in characters (every actor id listed fits). */
export const MAX_VALUE_LENGTH = 2000;
/** Parameters read from one link; the rest are reported together. */
export const MAX_PARAMS = 40;
/** Largest quiz seed a link may carry (the domain's own bound). */
export { MAX_QUIZ_SEED } from '../domain/quiz-types';
/** Characters of an ignored value shown in a notice. */
export const SHOWN_VALUE_CHARS = 60;

// ---------------------------------------------------------------------------------------------
// Migrations

/** A query string as an ordered list of [key, value] pairs (repeats kept, so they can be reported). */
export type UrlEntries = readonly (readonly [string, string])[];

/**
 * Rewrites the parameters of an older link into the current format before it is parsed, so that
 * links already shared keep working when a parameter is renamed or its values change. Each
 * migration must be small, pure and idempotent (it runs on every link, old or new), and recognise
 * the old shape by itself; append new ones at the end and never remove one. Example, should `sel`
 * ever be renamed `event`:
 *   (entries) => entries.map(([k, v]) => [k === 'sel' ? 'event' : k, v])
 */
export type UrlMigration = (entries: UrlEntries) => UrlEntries;

/** The migrations every link goes through, oldest first. None yet: the format is at version 1. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** Applies the migrations in order. */
export function migrateUrl(
  entries: UrlEntries,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): UrlEntries {
  return migrations.reduce((acc, migrate) => migrate(acc), entries);
}
