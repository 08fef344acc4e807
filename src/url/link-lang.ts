/** What a link asks for that is read before the dataset (and so the full link) is loaded. */

/**
 * The `?lang=` value of the page's address, lower-cased, or `undefined`: enough to start loading
 * that language's messages while the dataset loads. The link is read properly (and a bad value
 * reported) by `parseUrl` once the dataset has arrived.
 */
export function linkLang(win: {
  readonly location: { readonly search: string };
}): string | undefined {
  const value = new URLSearchParams(win.location.search).get('lang');
  return value === null ? undefined : value.trim().toLowerCase();
}

/**
 * Whether the page's address opens the timeline (no `?view=`, or the timeline's), read as early
 * as `linkLang` and for the same reason: to prepare the timeline while the dataset loads.
 */
export function linkOpensTimeline(win: {
  readonly location: { readonly search: string };
}): boolean {
  const view = new URLSearchParams(win.location.search).get('view');
  return view === null || view.trim().toLowerCase() === 'timeline';
}
