import { useParley } from '../store/StoreContext';

/** The language the dataset's content is written in. */
export const CONTENT_LANG = 'en';

/**
 * The `lang` attribute for an element holding the dataset's own words (titles, summaries,
 * quotes): `'en'` when the interface is in another language, so screen readers switch voice;
 * `undefined` when it would only repeat the page's language.
 */
export function useContentLang(): typeof CONTENT_LANG | undefined {
  const lang = useParley((s) => s.lang);
  return lang === CONTENT_LANG ? undefined : CONTENT_LANG;
}
