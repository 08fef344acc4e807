/**
 * Search beyond events: the points of documents and the reactions to them, positions (their
 * summaries and quotes) and actors (names and descriptions). Each hit says what kind of record
 * matched and where opening it leads: a document in the paper view, or an actor's panel (where
 * the actor's stances are). Same words, typos and prefixes as the event search
 * (`search-events.ts`), whose results stay first; these follow them.
 */
import MiniSearch from 'minisearch';
import type { ActorId, Dataset, DocumentId } from './types';
import { indexTerm, SEARCH_FUZZINESS, SEARCH_FUZZY_MIN_LENGTH, tokenize } from './search-events';

export const RECORD_KINDS = ['point', 'reaction', 'stance', 'actor'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type RecordTarget =
  { readonly document: DocumentId; readonly point?: number } | { readonly actor: ActorId };

export interface RecordHit {
  /** Unique among records: kind and the record's own key. */
  readonly key: string;
  readonly kind: RecordKind;
  /** What to show for the hit: a point's title, "actor: topic" for a stance, an actor's name. */
  readonly label: string;
  readonly target: RecordTarget;
  readonly score: number;
  readonly terms: readonly string[];
}

export interface RecordSearch {
  search(query: string): RecordHit[];
}

const BOOSTS = { label: 3, who: 2, quote: 1.2, text: 1 } as const;
type Field = keyof typeof BOOSTS;

interface RecordDoc extends Readonly<Record<Field, string>> {
  readonly id: string;
  readonly kind: RecordKind;
  readonly target: RecordTarget;
}

type Data = Pick<Dataset, 'documents' | 'positions' | 'actors' | 'actorsById' | 'topicsById'>;

function nameOf(id: ActorId, data: Data): string {
  return data.actorsById.get(id)?.name ?? id;
}

function documentDocs(data: Data): RecordDoc[] {
  return data.documents.flatMap((d) => [
    ...d.points.map((p) => ({
      id: `point:${d.id}:${p.number}`,
      kind: 'point' as const,
      label: `${d.shortTitle}, ${p.number}. ${p.title}`,
      text: p.summary,
      quote: '',
      who: '',
      target: { document: d.id, point: p.number },
    })),
    ...d.reactions.map((r, i) => ({
      id: `reaction:${d.id}:${i}`,
      kind: 'reaction' as const,
      label: `${nameOf(r.actor, data)} on ${d.shortTitle}`,
      text: r.summary,
      quote: r.quote?.text ?? '',
      who: nameOf(r.actor, data),
      target: { document: d.id },
    })),
  ]);
}

function positionDocs(data: Data): RecordDoc[] {
  return data.positions.map((p) => ({
    id: `stance:${p.id}`,
    kind: 'stance' as const,
    label: `${nameOf(p.actor, data)}: ${data.topicsById.get(p.topic)?.title ?? p.topic}`,
    text: p.summary,
    quote: p.evidence.quote?.text ?? '',
    who: nameOf(p.actor, data),
    target: { actor: p.actor },
  }));
}

function actorDocs(data: Data): RecordDoc[] {
  return data.actors.map((a) => ({
    id: `actor:${a.id}`,
    kind: 'actor' as const,
    label: a.name,
    text: [a.description, a.title ?? ''].join('\n'),
    quote: '',
    who: a.shortName ?? '',
    target: { actor: a.id },
  }));
}

/** Builds the index of a dataset's non-event records, once. */
export function createRecordSearch(data: Data): RecordSearch {
  const index = new MiniSearch<RecordDoc>({
    fields: Object.keys(BOOSTS),
    storeFields: ['kind', 'label', 'target'],
    tokenize,
    processTerm: indexTerm,
    searchOptions: {
      boost: BOOSTS,
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => term.length >= SEARCH_FUZZY_MIN_LENGTH && SEARCH_FUZZINESS,
      combineWith: 'AND',
    },
  });
  index.addAll([...documentDocs(data), ...positionDocs(data), ...actorDocs(data)]);
  return {
    search(query) {
      if (!tokenize(query).some((w) => indexTerm(w) !== null)) return [];
      return index.search(query).map((r) => ({
        key: r.id as string,
        kind: r.kind as RecordKind,
        label: r.label as string,
        target: r.target as RecordTarget,
        score: r.score,
        terms: r.terms,
      }));
    },
  };
}
