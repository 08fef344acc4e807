/** The "as of" day every stance in the app is read at, as a selector and a hook. */
import { asOfDay } from '../domain/matrix';
import type { Millis } from '../domain/types';
import type { ParleyState } from './create-store';
import { useParley } from './StoreContext';

/** The pinned day, or the centre of the visible window, clamped into the dataset's span. */
export function selectAsOfDay(s: ParleyState): Millis {
  return asOfDay(s.window, s.asOf, s.dataset.span);
}

/** The "as of" day (UTC midnight); a number, so components re-render only when the day changes. */
export function useAsOfDay(): Millis {
  return useParley(selectAsOfDay);
}
