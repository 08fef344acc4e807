/**
 * The search matches for the current query, memoised per dataset and query: the index is built
 * once per dataset, on the first search, and the same query gives back the same Set (so a
 * component selecting it does not re-render, and `useSyncExternalStore` sees a stable value).
 */
import { createEventSearch, type EventSearch, type SearchHit } from '../domain/search-events';
import type { Dataset, EventId } from '../domain/types';
import type { ParleyState } from './types';

interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly matches: ReadonlySet<EventId>;
}

interface SearchCache {
  readonly engine: EventSearch;
  /** Recent queries, oldest first: two stores (an app and its embed preview) may share a dataset. */
  readonly results: Map<string, SearchResult>;
}

/** Queries remembered per dataset. */
const RECENT_QUERIES = 16;

const caches = new WeakMap<Dataset, SearchCache>();

/** The result of a query (trimmed, not empty), built once per dataset and query. */
function searched(dataset: Dataset, query: string): SearchResult {
  let cache = caches.get(dataset);
  if (!cache) {
    cache = { engine: createEventSearch(dataset), results: new Map() };
    caches.set(dataset, cache);
  }
  let result = cache.results.get(query);
  if (!result) {
    const hits = cache.engine.search(query);
    result = { hits, matches: new Set(hits.map((h) => h.id)) };
    cache.results.set(query, result);
    const oldest = cache.results.keys().next().value;
    if (cache.results.size > RECENT_QUERIES && oldest !== undefined) cache.results.delete(oldest);
  }
  return result;
}

/** The ids of the events matching the current query; `null` when there is no query. */
export function selectSearchMatches(s: ParleyState): ReadonlySet<EventId> | null {
  const query = s.query.trim();
  return query ? searched(s.dataset, query).matches : null;
}

/** The ranked hits for the current query, with the matched words; `null` when there is none. */
export function selectSearchHits(s: ParleyState): readonly SearchHit[] | null {
  const query = s.query.trim();
  return query ? searched(s.dataset, query).hits : null;
}
