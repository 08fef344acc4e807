/**
 * The search matches for the current query. On a small dataset the search runs here, memoised
 * per dataset and query: the index is built once per dataset, on the first search, and the same
 * query gives back the same Set (so a component selecting it does not re-render, and
 * `useSyncExternalStore` sees a stable value). A large dataset is searched in a worker
 * (search-worker.ts), whose latest answer is in the state (`searchResult`).
 */
import { createEventSearch, type EventSearch, type SearchHit } from '../domain/search-events';
import type { Dataset, EventId } from '../domain/types';
import type { ParleyState, SearchResult } from './types';

interface SearchCache {
  readonly engine: EventSearch;
  /** Recent queries, oldest first: two stores (an app and its embed preview) may share a dataset. */
  readonly results: Map<string, SearchResult>;
}

/** Queries remembered per dataset. */
export const RECENT_QUERIES = 16;

const caches = new WeakMap<Dataset, SearchCache>();

/** Keeps `result` among the recent ones, forgetting the oldest past `RECENT_QUERIES`. */
export function remember(results: Map<string, SearchResult>, result: SearchResult): void {
  results.set(result.query, result);
  const oldest = results.keys().next().value;
  if (results.size > RECENT_QUERIES && oldest !== undefined) results.delete(oldest);
}

/** The result of a query (trimmed, not empty) found from hits. */
export function resultOf(query: string, hits: readonly SearchHit[]): SearchResult {
  return { query, hits, matches: new Set(hits.map((h) => h.id)) };
}

/** The result of a query (trimmed, not empty), built once per dataset and query. */
function searched(dataset: Dataset, query: string): SearchResult {
  let cache = caches.get(dataset);
  if (!cache) {
    cache = { engine: createEventSearch(dataset), results: new Map() };
    caches.set(dataset, cache);
  }
  let result = cache.results.get(query);
  if (!result) {
    result = resultOf(query, cache.engine.search(query));
    remember(cache.results, result);
  }
  return result;
}

/**
 * The result for the current query; `null` when there is no query, or when the worker has not
 * answered yet. From a worker it may answer an earlier query (the one before the last keystroke).
 */
export function selectSearchResult(s: ParleyState): SearchResult | null {
  const query = s.query.trim();
  if (!query) return null;
  if (s.searchResult !== undefined) return s.searchResult;
  return searched(s.dataset, query);
}

/** The ids of the events matching the current query; `null` when there is no query. */
export function selectSearchMatches(s: ParleyState): ReadonlySet<EventId> | null {
  return selectSearchResult(s)?.matches ?? null;
}

/** The ranked hits for the current query, with the matched words; `null` when there is none. */
export function selectSearchHits(s: ParleyState): readonly SearchHit[] | null {
  return selectSearchResult(s)?.hits ?? null;
}
