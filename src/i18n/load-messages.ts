/**
 * Non-English messages load on demand, one chunk per language (a dynamic `import()`), so the
 * first page load carries English only. Loaded messages are kept here; React reads them through
 * `subscribeMessages` / `loadedMessages` (see `use-t.ts`).
 */
import { en, type Messages } from './en';
import { isInterfaceLang, type InterfaceLang } from './languages';

const LOADERS: Readonly<Record<Exclude<InterfaceLang, 'en'>, () => Promise<Messages>>> = {
  fr: () => import('./fr').then((m) => m.fr),
  zh: () => import('./zh').then((m) => m.zh),
  ru: () => import('./ru').then((m) => m.ru),
  uk: () => import('./uk').then((m) => m.uk),
};

const loaded = new Map<string, Messages>([['en', en]]);
const pending = new Map<string, Promise<Messages>>();
const listeners = new Set<() => void>();

/** The messages of `lang` if they have arrived; English for an unknown language. */
export function loadedMessages(lang: string): Messages | undefined {
  return isInterfaceLang(lang) ? loaded.get(lang) : en;
}

/**
 * Loads `lang`'s messages once and tells the subscribers. A chunk that fails to load (the
 * network dropped) leaves the interface in English rather than breaking it; a later call retries.
 */
export function loadMessages(lang: string): Promise<Messages> {
  const ready = loadedMessages(lang);
  if (ready) return Promise.resolve(ready);
  const loader = LOADERS[lang as Exclude<InterfaceLang, 'en'>];
  let promise = pending.get(lang);
  if (!promise) {
    promise = loader()
      .then((messages) => {
        loaded.set(lang, messages);
        for (const listener of listeners) listener();
        return messages;
      })
      .catch(() => en)
      .finally(() => pending.delete(lang));
    pending.set(lang, promise);
  }
  return promise;
}

export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
