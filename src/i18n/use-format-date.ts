import { useMemo } from 'react';
import { useParley } from '../store/StoreContext';
import { dateFormatters, type DateFormatters } from './date-formatters';

/** The date formatters of `domain/dates`, bound to the store's interface language. */
export function useFormatDate(): DateFormatters {
  const lang = useParley((s) => s.lang);
  return useMemo(() => dateFormatters(lang), [lang]);
}
