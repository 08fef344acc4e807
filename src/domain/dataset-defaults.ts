/**
 * What a dataset's views show before the reader chooses: which actors the comparison matrix leads
 * with, the UN votes table's first columns, the first day of "what changed" and the document the
 * paper view opens with. A dataset names them in `meta.defaults`; where it does not, they are
 * derived from its records, so any valid dataset gets sensible views (no dataset's ids in code).
 */
import { DAY_MS } from './dates';
import type {
  ActorId,
  DatasetDefaults,
  DocumentId,
  Millis,
  ParleyEvent,
  TimeWindow,
} from './types';
import type { ActorKind } from './vocabulary';

/** How many actors the matrix leads with when the dataset names none. */
export const FALLBACK_LEADING_ACTORS = 4;

export interface DefaultsInput {
  /** What the dataset names in `meta.defaults`; fields left out are derived. */
  readonly given?: Partial<DatasetDefaults>;
  readonly actors: readonly {
    readonly id: ActorId;
    readonly kind: ActorKind;
    readonly memberOf?: ActorId;
  }[];
  readonly events: readonly Pick<ParleyEvent, 'actors' | 'vote'>[];
  readonly documents: readonly { readonly id: DocumentId }[];
  readonly span: TimeWindow;
  /** The first day of the period proper (after any prelude). */
  readonly periodStart: Millis;
}

/** Ids ranked by a count, most first; ties keep the order of `order`. */
function rankByCount(counts: ReadonlyMap<ActorId, number>, order: readonly ActorId[]): ActorId[] {
  const at = new Map(order.map((id, i) => [id, i]));
  return [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || (at.get(a) ?? 0) - (at.get(b) ?? 0),
  );
}

/** The states and bodies most often involved in events (a person counts for their state). */
function mostInvolved(input: DefaultsInput): ActorId[] {
  const byId = new Map(input.actors.map((a) => [a.id, a]));
  const counts = new Map<ActorId, number>();
  for (const e of input.events) {
    const seen = new Set<ActorId>();
    for (const { actor } of e.actors) {
      const a = byId.get(actor);
      const lane = a?.kind === 'person' ? a.memberOf : actor;
      if (lane && !seen.has(lane)) {
        seen.add(lane);
        counts.set(lane, (counts.get(lane) ?? 0) + 1);
      }
    }
  }
  return rankByCount(
    counts,
    input.actors.map((a) => a.id),
  ).slice(0, FALLBACK_LEADING_ACTORS);
}

/** The states with most recorded votes. */
function mostVotes(input: DefaultsInput): ActorId[] {
  const counts = new Map<ActorId, number>();
  for (const e of input.events)
    for (const v of e.vote?.votes ?? []) counts.set(v.actor, (counts.get(v.actor) ?? 0) + 1);
  return rankByCount(
    counts,
    input.actors.map((a) => a.id),
  );
}

/**
 * The defaults in force: the dataset's own where given, else derived. "What changed" starts on the
 * eve of the period when the dataset has a prelude (so stances taken on the first day count as
 * changes), else on the first day of the span.
 */
export function resolveDefaults(input: DefaultsInput): DatasetDefaults {
  const { given = {} } = input;
  const eve = input.periodStart - DAY_MS;
  return {
    matrixActors: given.matrixActors ?? mostInvolved(input),
    voteColumns: given.voteColumns ?? mostVotes(input),
    compareFrom: given.compareFrom ?? (eve >= input.span.start ? eve : input.span.start),
    document: given.document !== undefined ? given.document : (input.documents[0]?.id ?? null),
  };
}
