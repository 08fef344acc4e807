/**
 * Performance marks along the first load (`parley:…` in the browser's performance timeline), so a
 * profile or the bench can say where the time goes: dataset fetched, checked, converted, store
 * built, timeline constructed, first draw. Costless when nobody reads them.
 */
export type LoadMark =
  | 'dataset-fetched'
  | 'loader-ready'
  | 'validated'
  | 'converted'
  | 'store-ready'
  | 'timeline-chunk'
  | 'timeline-constructed'
  | 'timeline-attached'
  | 'prerender-replaced';

export function markLoad(name: LoadMark): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`parley:${name}`);
}

/** A mark that moves: each call replaces the last (the bench times a zoom by it). */
export type MovingMark = 'timeline-items';

/** Marks `parley:<name>` now, dropping the previous one, so marks never pile up. */
export function markAgain(name: MovingMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(`parley:${name}`);
  performance.mark(`parley:${name}`);
}
