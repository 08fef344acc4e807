import { useMemo } from 'react';
import { useParley } from '../store/StoreContext';
import { translator, type Translate } from './translate';

/** The translate function for the store's interface language. */
export function useT(): Translate {
  const lang = useParley((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
