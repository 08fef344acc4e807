/**
 * The messages between the page and the search worker, and the worker's side of them as a plain
 * function (the worker file only wires it to `onmessage`), so both are tested without a worker.
 *
 * The page posts the events' `SearchDoc`s in parts (`add`), then queries (`search`, numbered);
 * the worker indexes each part as it comes and answers each query with its hits (`hits`, with the
 * same number and query). Messages are handled in order, so a query posted after the last part
 * is answered from the whole index.
 */
import { newEventIndex, searchEventIndex, type SearchDoc, type SearchHit } from './search-events';

export type ToSearchWorker =
  | { readonly type: 'add'; readonly docs: readonly SearchDoc[] }
  | { readonly type: 'search'; readonly id: number; readonly query: string };

export interface SearchReply {
  readonly type: 'hits';
  readonly id: number;
  readonly query: string;
  readonly hits: readonly SearchHit[];
}

/** The worker's state and handler: the answer to post back, or `null` for none. */
export function createSearchWorkerHandler(): (message: ToSearchWorker) => SearchReply | null {
  const index = newEventIndex();
  return (message) => {
    if (message.type === 'add') {
      index.addAll(message.docs);
      return null;
    }
    return {
      type: 'hits',
      id: message.id,
      query: message.query,
      hits: searchEventIndex(index, message.query),
    };
  };
}
