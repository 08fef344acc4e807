import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useParley } from '../store/StoreContext';
import { en, type Messages } from './en';
import { dateLocaleOf } from './languages';
import { loadMessages, loadedMessages, subscribeMessages } from './load-messages';
import { translatorFor, type Translate } from './translate';

/** `lang`'s messages once loaded (loading them if need be), `undefined` until then. */
export function useLoadedMessages(lang: string): Messages | undefined {
  const messages = useSyncExternalStore(subscribeMessages, () => loadedMessages(lang));
  useEffect(() => {
    if (!messages) void loadMessages(lang);
  }, [lang, messages]);
  return messages;
}

/**
 * The translate function for `lang`; English while its messages load (the app loads them before
 * it first renders, and the picker before it switches, so this is rarely seen).
 */
export function useTranslator(lang: string): Translate {
  const messages = useLoadedMessages(lang);
  return useMemo(
    () => (messages ? translatorFor(messages, dateLocaleOf(lang)) : translatorFor(en, 'en-GB')),
    [lang, messages],
  );
}

/** The translate function for the store's interface language. */
export function useT(): Translate {
  return useTranslator(useParley((s) => s.lang));
}
