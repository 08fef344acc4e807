/**
 * Full-text search over events, with minisearch: titles, summaries, quotes (and who said them),
 * the names of the actors involved, the location, and the titles and publishers of the sources.
 * The word being typed (the last) matches as a prefix, longer words tolerate typos, and every
 * word of the query must match, so each added word narrows the results as a filter does.
 * Results are ranked, title matches first.
 * `highlightRanges` splits a text into matched and unmatched segments, as text, for rendering.
 */
import MiniSearch from 'minisearch';
import type { ActorId, Dataset, EventId, ParleyEvent } from './types';
import { resolveSources } from './resolve-sources';

export interface SearchHit {
  readonly id: EventId;
  /** Higher is better; only meaningful relative to other hits of the same query. */
  readonly score: number;
  /** The words of the indexed text that matched (normalised), for highlighting. */
  readonly terms: readonly string[];
}

export interface EventSearch {
  /**
   * The events matching every word of the query, best first; `[]` for an empty query or a
   * single letter (search starts at two).
   */
  search(query: string): SearchHit[];
}

export interface HighlightSegment {
  readonly text: string;
  readonly match: boolean;
}

/** How much a match in each field counts: a word in the title outweighs one in a source title. */
export const SEARCH_FIELD_BOOSTS = {
  title: 3,
  actors: 2,
  quotes: 1.2,
  summary: 1,
  location: 1,
  sources: 0.5,
} as const;

type SearchField = keyof typeof SEARCH_FIELD_BOOSTS;
const SEARCH_FIELDS = Object.keys(SEARCH_FIELD_BOOSTS) as SearchField[];

/** Edit distance allowed, as a fraction of the word's length (0.2: one typo in 5 letters). */
export const SEARCH_FUZZINESS = 0.2;
/** Shorter query words are matched exactly or by prefix only: "us" must not find "is". */
export const SEARCH_FUZZY_MIN_LENGTH = 4;

/** What is indexed of an event: plain strings, so it can be posted to a worker. */
export type SearchDoc = { readonly id: EventId } & Readonly<Record<SearchField, string>>;

export type SearchData = Pick<Dataset, 'events' | 'actorsById' | 'sourcesById'>;

/** Letters, digits and combining marks; everything else separates words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a text, as written. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Printable ASCII: every word `tokenize` yields is letters and digits, so this means plain ASCII. */
const ASCII = /^[ -~]*$/;

/** A word as indexed: lower case, without diacritics ("Erdoğan" → "erdogan"). */
export function normaliseTerm(term: string): string {
  // Most words are ASCII; skipping Unicode normalisation for them halves the tokenising time.
  if (ASCII.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The term a word is indexed and searched under, or `null` to skip it: single Latin letters
 * (the "s" of "China's", "a") would make a one-letter query match almost every event.
 */
export function indexTerm(word: string): string | null {
  const term = normaliseTerm(word);
  return term.length > 1 || /^[^a-z]$/.test(term) ? term : null;
}

function actorNames(id: ActorId, data: SearchData): string {
  const a = data.actorsById.get(id);
  return a ? [a.name, a.shortName ?? ''].join(' ') : '';
}

/** The text of an event to index, with the names of its actors and sources resolved. */
export function toSearchDoc(e: ParleyEvent, data: SearchData): SearchDoc {
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    quotes: e.quotes.map((q) => `${q.text} — ${actorNames(q.speaker, data)}`).join('\n'),
    actors: e.actors.map((a) => actorNames(a.actor, data)).join('\n'),
    location: e.location ?? '',
    sources: resolveSources(e.sources, data)
      .map((s) => `${s.title} — ${s.publisher}`)
      .join('\n'),
  };
}

/** An empty index of events, ready for `addAll` of their `SearchDoc`s (all at once or in parts). */
export function newEventIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>({
    fields: SEARCH_FIELDS,
    tokenize,
    processTerm: indexTerm,
    searchOptions: {
      boost: SEARCH_FIELD_BOOSTS,
      // Only the word being typed (the last) is a prefix: "no limits" must not find "north".
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => term.length >= SEARCH_FUZZY_MIN_LENGTH && SEARCH_FUZZINESS,
      combineWith: 'AND',
    },
  });
}

/** The hits of a query in an index of events, best first (see `EventSearch.search`). */
export function searchEventIndex(index: MiniSearch<SearchDoc>, query: string): SearchHit[] {
  if (!tokenize(query).some((w) => indexTerm(w) !== null)) return [];
  return index.search(query).map((r) => ({
    id: r.id as EventId,
    score: r.score,
    terms: r.terms,
  }));
}

/**
 * Builds the search index of a dataset's events, once, on this thread; searching it is then fast
 * enough to run on every keystroke on a small dataset (see tests/bench/search.bench.ts). A large
 * one is indexed and searched in a worker (search-protocol.ts).
 */
export function createEventSearch(data: SearchData): EventSearch {
  const index = newEventIndex();
  index.addAll(data.events.map((e) => toSearchDoc(e, data)));
  return { search: (query) => searchEventIndex(index, query) };
}

/**
 * Splits a text into segments, marking the words equal (ignoring case and diacritics) to one of
 * `terms` — a hit's `terms`. The segments joined give back the text. Render them as text (a
 * `<mark>` around matched ones), never as HTML.
 */
export function highlightRanges(text: string, terms: readonly string[]): HighlightSegment[] {
  const wanted = new Set(terms.map(normaliseTerm));
  const segments: HighlightSegment[] = [];
  const push = (part: string, match: boolean) => {
    if (part) segments.push({ text: part, match });
  };
  let last = 0;
  if (wanted.size > 0) {
    for (const m of text.matchAll(WORD)) {
      if (!wanted.has(normaliseTerm(m[0]))) continue;
      push(text.slice(last, m.index), false);
      push(m[0], true);
      last = m.index + m[0].length;
    }
  }
  push(text.slice(last), false);
  return segments;
}
