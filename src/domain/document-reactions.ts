/**
 * Reactions to a policy document (such as China's 12-point paper), arranged for the paper view:
 * by the point they address, with the reactions to the whole document apart, and counted by kind.
 */
import { REACTION_KINDS, type ReactionKind } from './vocabulary';
import type { Dataset, EventId, PolicyDocument, Reaction } from './types';

export interface ReactionsByPoint {
  /**
   * Every point of the document, in point order, to the reactions that name it (an empty list for
   * a point nobody addressed). A reaction naming several points is listed under each of them.
   */
  readonly byPoint: ReadonlyMap<number, readonly Reaction[]>;
  /** Reactions that name no point: they address the document as a whole. */
  readonly general: readonly Reaction[];
}

/** Reactions oldest first; those of one day keep their dataset order. */
function chronological(reactions: readonly Reaction[]): Reaction[] {
  return [...reactions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The reactions to `doc`, point by point and in general, each list oldest first. A reaction to a
 * point the document lacks (which the loader rejects) is still listed, after the real points,
 * rather than silently lost.
 */
export function reactionsByPoint(doc: PolicyDocument): ReactionsByPoint {
  const byPoint = new Map<number, Reaction[]>(doc.points.map((p) => [p.number, []]));
  const general: Reaction[] = [];
  for (const r of chronological(doc.reactions)) {
    if (r.points.length === 0) general.push(r);
    for (const n of r.points) {
      const list = byPoint.get(n);
      if (list) list.push(r);
      else byPoint.set(n, [r]);
    }
  }
  return { byPoint, general };
}

/**
 * How many reactions there are of each kind (every kind present, zero if none). Pass a document,
 * or `{ reactions }` for one point's reactions from `reactionsByPoint`.
 */
export function reactionSummary(
  doc: Pick<PolicyDocument, 'reactions'>,
): Record<ReactionKind, number> {
  const counts = Object.fromEntries(REACTION_KINDS.map((k) => [k, 0])) as Record<
    ReactionKind,
    number
  >;
  for (const r of doc.reactions) counts[r.response] += 1;
  return counts;
}

export interface DocumentReaction {
  readonly document: PolicyDocument;
  readonly reaction: Reaction;
}

/**
 * The document reactions recorded at an event (a reaction's `event`), so that the event panel can
 * link back to the paper a statement responded to.
 */
export function reactionsAtEvent(
  data: Pick<Dataset, 'documents'>,
  event: EventId,
): DocumentReaction[] {
  return data.documents.flatMap((document) =>
    document.reactions.filter((r) => r.event === event).map((reaction) => ({ document, reaction })),
  );
}
