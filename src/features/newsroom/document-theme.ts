/**
 * The colour scheme on the page: `data-theme` on `<html>` follows the store's `theme`
 * (`light`, `dark`, or `auto`, which app.css resolves with `prefers-color-scheme`).
 */
import type { ParleyStore } from '../../store/create-store';

/** Sets `data-theme` on `root` now and whenever the theme changes; returns a stop function. */
export function startThemeSync(
  store: ParleyStore,
  root: Pick<Element, 'setAttribute'>,
): () => void {
  root.setAttribute('data-theme', store.getState().theme);
  return store.subscribe(
    (s) => s.theme,
    (theme) => root.setAttribute('data-theme', theme),
  );
}
