/** The addresses of the current view, read from the store (the truth) and the page's address. */
import { useShallow } from 'zustand/react/shallow';
import { useParley } from '../../store/StoreContext';
import { selectUrlView } from '../../url/url-sync';
import { type UrlView } from '../../url/url-view';
import { appBaseUrl, viewUrl } from './embed-snippet';

/** The app's own address, without query or hash. */
export function currentAppUrl(): string {
  return appBaseUrl(window.location);
}

/** The view a link would carry now (stable while it does not change). */
export function useUrlView(): UrlView {
  return useParley(useShallow(selectUrlView));
}

/** The full app's link to the current view (never the embed). */
export function useViewUrl(): string {
  return useParley((s) => viewUrl(currentAppUrl(), selectUrlView(s)));
}
