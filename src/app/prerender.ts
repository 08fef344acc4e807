/**
 * The first frame the build prerendered into index.html (build-plugins/prerender.ts): the default
 * view of the bundled dataset, shown before any JavaScript runs. It must never show events other
 * than the file's, and never be read out next to the app:
 *
 * - the dataset served differs from the one it was drawn from (another SHA-256), the reader's
 *   own dataset is shown, or the dataset fails: it goes at once (`dropPrerender`);
 * - the app has rendered: it leaves the accessibility tree and takes no input at once, and leaves
 *   the screen when the timeline has drawn (the same frame, so nothing blinks), or after
 *   `MAX_OVERLAP_MS` whatever happens (`retirePrerender`).
 */
import { markLoad } from '../data/load-marks';
import { FIRST_DRAW_EVENT, hasDrawn } from '../ui/first-draw';

export const PRERENDER_ID = 'prerender';
/** The meta tag with the SHA-256 of the dataset the build validated and prerendered. */
export const DATASET_HASH_META = 'parley-dataset-sha256';
/** The longest the frame stays over the rendered app, waiting for the timeline's first draw. */
export const MAX_OVERLAP_MS = 1500;

/** The SHA-256 (hex) of the dataset this build validated, when the page carries it. */
export function bundledDatasetHash(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${DATASET_HASH_META}"]`);
  return meta?.content || undefined;
}

export function dropPrerender(doc: Document = document): void {
  const frame = doc.getElementById(PRERENDER_ID);
  if (!frame) return;
  frame.remove();
  markLoad('prerender-replaced');
}

export function retirePrerender(doc: Document = document): void {
  const frame = doc.getElementById(PRERENDER_ID);
  if (!frame) return;
  frame.setAttribute('aria-hidden', 'true');
  frame.inert = true;
  const shown = doc.defaultView?.getComputedStyle(frame).display !== 'none';
  if (!shown || hasDrawn()) {
    dropPrerender(doc);
    return;
  }
  const drop = () => {
    clearTimeout(timer);
    doc.removeEventListener(FIRST_DRAW_EVENT, drop);
    dropPrerender(doc);
  };
  const timer = setTimeout(drop, MAX_OVERLAP_MS);
  doc.addEventListener(FIRST_DRAW_EVENT, drop);
}
