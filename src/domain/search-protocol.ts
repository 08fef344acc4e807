/**
 * The messages between the page and the search worker, and the worker's side of them as a plain
 * function (the worker file only wires it to `onmessage`), so both are tested without a worker.
 *
 * The page posts the events' `SearchDoc`s in parts (`add`), in the dataset's order, then queries
 * (`search`, numbered); the worker indexes each part as it comes and answers each query with its
 * hits (`hits`, with the same number and query). Messages are handled in order, so a query posted
 * after the last part is answered from the whole index.
 *
 * A reply is compact, because a common word matches tens of thousands of events at 100,000: the
 * hits are numbers in typed arrays the worker hands over without a copy (the events' places in
 * the order they were added, their scores), and their matched words are sets listed once, each
 * hit naming its set. Posting one object with its own array of words per hit made the page spend
 * hundreds of milliseconds receiving and collecting them. `hitsOf` turns a reply back into hits.
 */
import type { EventId } from './types';
import { newEventIndex, searchEventIndex, type SearchDoc, type SearchHit } from './search-events';

export type ToSearchWorker =
  | { readonly type: 'add'; readonly docs: readonly SearchDoc[] }
  | { readonly type: 'search'; readonly id: number; readonly query: string };

export interface SearchReply {
  readonly type: 'hits';
  readonly id: number;
  readonly query: string;
  /** The matching events, best first: each one's place in the order the docs were added. */
  readonly places: Int32Array;
  /** Each hit's score, in the same order. */
  readonly scores: Float64Array;
  /** The distinct sets of matched words… */
  readonly termSets: readonly (readonly string[])[];
  /** …and, for each hit, the index of its set. */
  readonly termSetOf: Int32Array;
}

/** The buffers of `reply` a worker can transfer rather than copy. */
export function transferablesOf(reply: SearchReply): ArrayBuffer[] {
  return [reply.places.buffer, reply.scores.buffer, reply.termSetOf.buffer] as ArrayBuffer[];
}

/** The hits a reply stands for, given the ids of the events in the order their docs were sent. */
export function hitsOf(reply: SearchReply, idAt: (place: number) => EventId): SearchHit[] {
  const hits = new Array<SearchHit>(reply.places.length);
  for (let i = 0; i < hits.length; i += 1)
    hits[i] = {
      id: idAt(reply.places[i]!),
      score: reply.scores[i]!,
      terms: reply.termSets[reply.termSetOf[i]!]!,
    };
  return hits;
}

/** The worker's state and handler: the answer to post back, or `null` for none. */
export function createSearchWorkerHandler(): (message: ToSearchWorker) => SearchReply | null {
  const index = newEventIndex();
  const placeOf = new Map<EventId, number>();
  return (message) => {
    if (message.type === 'add') {
      for (const doc of message.docs) placeOf.set(doc.id, placeOf.size);
      index.addAll(message.docs);
      return null;
    }
    const hits = searchEventIndex(index, message.query);
    const places = new Int32Array(hits.length);
    const scores = new Float64Array(hits.length);
    const termSetOf = new Int32Array(hits.length);
    const termSets: (readonly string[])[] = [];
    const setIndex = new Map<string, number>();
    hits.forEach((hit, i) => {
      places[i] = placeOf.get(hit.id)!; // every hit is a doc added
      scores[i] = hit.score;
      const key = hit.terms.join('\u0000');
      let k = setIndex.get(key);
      if (k === undefined) {
        k = termSets.push(hit.terms) - 1;
        setIndex.set(key, k);
      }
      termSetOf[i] = k;
    });
    return {
      type: 'hits',
      id: message.id,
      query: message.query,
      places,
      scores,
      termSets,
      termSetOf,
    };
  };
}
