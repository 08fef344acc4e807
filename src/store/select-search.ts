/** The search matches for the current query, memoised per dataset and query. */
import type { EventId } from '../domain/types';
import type { ParleyState } from './create-store';

export function selectSearchMatches(_s: ParleyState): ReadonlySet<EventId> | null {
  return null;
}
