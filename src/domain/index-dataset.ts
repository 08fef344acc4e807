/**
 * The one place a dataset's lists are put in order and indexed by id: the loader calls it after
 * converting a checked file, and the test builders call it with hand-made records, so both give
 * the app exactly the same shape.
 */
import type {
  Actor,
  Dataset,
  DatasetMeta,
  Membership,
  ParleyEvent,
  PolicyDocument,
  Position,
  Source,
  Story,
  TimeWindow,
  Topic,
  ZoomPreset,
} from './types';

export interface DatasetParts {
  readonly meta: DatasetMeta;
  readonly presets: readonly ZoomPreset[];
  readonly span: TimeWindow;
  readonly events: readonly ParleyEvent[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly sources: readonly Source[];
  readonly positions: readonly Position[];
  readonly documents: readonly PolicyDocument[];
  readonly stories: readonly Story[];
  readonly memberships: readonly Membership[];
}

const cmpId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Events by start, then end, then id: the order every view and every step follows. */
export function byStartThenId(a: ParleyEvent, b: ParleyEvent): number {
  return a.start - b.start || a.end - b.end || cmpId(a.id, b.id);
}

function index<K, T extends { readonly id: K }>(items: readonly T[]): ReadonlyMap<K, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** Sorts events (start, end, id) and positions (date, id), and builds every index by id. */
export function indexDataset(parts: DatasetParts): Dataset {
  const events = [...parts.events].sort(byStartThenId);
  const positions = [...parts.positions].sort((a, b) => a.time - b.time || cmpId(a.id, b.id));
  return {
    meta: parts.meta,
    presets: parts.presets,
    span: parts.span,
    events,
    eventsById: index(events),
    actors: parts.actors,
    actorsById: index(parts.actors),
    topics: parts.topics,
    topicsById: index(parts.topics),
    sourcesById: index(parts.sources),
    positions,
    documents: parts.documents,
    documentsById: index(parts.documents),
    stories: parts.stories,
    memberships: parts.memberships,
  };
}
