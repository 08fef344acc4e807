/** `lang` on `<html>` follows the interface language, so screen readers pick the right voice. */
import type { ParleyStore } from '../store/create-store';

/** Sets `lang` on `root` now and whenever the interface language changes; returns a stop function. */
export function startLangSync(store: ParleyStore, root: Pick<Element, 'setAttribute'>): () => void {
  root.setAttribute('lang', store.getState().lang);
  return store.subscribe(
    (s) => s.lang,
    (lang) => root.setAttribute('lang', lang),
  );
}
