/** Looking up an event's sources by id. */
import type { Dataset, Source, SourceId } from './types';

/** The sources with these ids, in order; an id the dataset does not know is skipped. */
export function resolveSources(
  ids: readonly SourceId[],
  data: Pick<Dataset, 'sourcesById'>,
): Source[] {
  return ids.flatMap((id) => {
    const s = data.sourcesById.get(id);
    return s ? [s] : [];
  });
}
