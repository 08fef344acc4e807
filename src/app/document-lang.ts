/**
 * `lang` on `<html>` follows the interface language, so screen readers pick the right voice and
 * browsers the right fonts; so does the page's title, once the language's messages have loaded.
 */
import type { ParleyStore } from '../store/create-store';
import { langTagOf } from '../i18n/languages';
import { loadMessages } from '../i18n/load-messages';
import { translator } from '../i18n/translate';

/**
 * Sets `lang` on `root` (and the title, through `setTitle`) now and whenever the interface
 * language changes; returns a stop function.
 */
export function startLangSync(
  store: ParleyStore,
  root: Pick<Element, 'setAttribute'>,
  setTitle: (title: string) => void = () => {},
): () => void {
  let live = true;
  const apply = (lang: string) => {
    root.setAttribute('lang', langTagOf(lang));
    void loadMessages(lang).then(() => {
      if (live && store.getState().lang === lang) setTitle(translator(lang)('app.title'));
    });
  };
  apply(store.getState().lang);
  const stop = store.subscribe((s) => s.lang, apply);
  return () => {
    live = false;
    stop();
  };
}
