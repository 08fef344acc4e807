/**
 * Filtering events by actor, kind, topic and date range. An empty facet means "no restriction".
 * An actor filter on a state or organisation also matches the people who speak for it, so that
 * filtering by China includes Xi Jinping's calls.
 */
import type { EventKind } from './vocabulary';
import type { ActorId, Dataset, Millis, ParleyEvent, TopicId } from './types';

export interface Filters {
  readonly actors: readonly ActorId[];
  readonly kinds: readonly EventKind[];
  readonly topics: readonly TopicId[];
  /** Inclusive UTC day bounds; `null` for open-ended. */
  readonly from: Millis | null;
  readonly to: Millis | null;
}

export const NO_FILTERS: Filters = { actors: [], kinds: [], topics: [], from: null, to: null };

export type Facet = 'actors' | 'kinds' | 'topics' | 'range';

export function hasFilters(f: Filters): boolean {
  return (
    f.actors.length > 0 ||
    f.kinds.length > 0 ||
    f.topics.length > 0 ||
    f.from !== null ||
    f.to !== null
  );
}

/** The actor ids an event involves, with the states or bodies its people belong to. */
export function involvedActors(e: ParleyEvent, data: Pick<Dataset, 'actorsById'>): Set<ActorId> {
  const ids = new Set<ActorId>();
  for (const { actor } of e.actors) {
    ids.add(actor);
    const parent = data.actorsById.get(actor)?.memberOf;
    if (parent) ids.add(parent);
  }
  return ids;
}

function matchesFacet(
  e: ParleyEvent,
  f: Filters,
  facet: Facet,
  data: Pick<Dataset, 'actorsById'>,
): boolean {
  switch (facet) {
    case 'actors': {
      if (f.actors.length === 0) return true;
      const ids = involvedActors(e, data);
      return f.actors.some((a) => ids.has(a));
    }
    case 'kinds':
      return f.kinds.length === 0 || f.kinds.includes(e.kind);
    case 'topics':
      return f.topics.length === 0 || f.topics.some((t) => e.topics.includes(t));
    case 'range':
      return (f.from === null || e.end > f.from) && (f.to === null || e.start <= f.to);
  }
}

const FACETS: readonly Facet[] = ['actors', 'kinds', 'topics', 'range'];

/** Whether an event passes every filter, optionally ignoring one facet (for facet counts). */
export function matchesFilters(
  e: ParleyEvent,
  f: Filters,
  data: Pick<Dataset, 'actorsById'>,
  ignore?: Facet,
): boolean {
  return FACETS.every((facet) => facet === ignore || matchesFacet(e, f, facet, data));
}

/** The events that pass every filter, in their original (chronological) order. */
export function filterEvents(
  events: readonly ParleyEvent[],
  f: Filters,
  data: Pick<Dataset, 'actorsById'>,
): ParleyEvent[] {
  if (!hasFilters(f)) return [...events];
  return events.filter((e) => matchesFilters(e, f, data));
}

/**
 * For each value of a facet, how many events would be shown with that value selected and the
 * other facets as they are: the number a filter chip shows next to its label.
 */
export function facetCounts<K extends string>(
  events: readonly ParleyEvent[],
  f: Filters,
  facet: 'actors' | 'kinds' | 'topics',
  data: Pick<Dataset, 'actorsById'>,
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const e of events) {
    if (!matchesFilters(e, f, data, facet)) continue;
    const values: Iterable<string> =
      facet === 'actors' ? involvedActors(e, data) : facet === 'kinds' ? [e.kind] : e.topics;
    for (const v of values) counts.set(v as K, (counts.get(v as K) ?? 0) + 1);
  }
  return counts;
}
