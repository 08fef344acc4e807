/**
 * "The timeline has drawn its first frame": said by the timeline feature, heard by the app shell
 * (which then takes the prerendered frame away, src/app/prerender.ts). A DOM event, so neither
 * imports the other.
 */
export const FIRST_DRAW_EVENT = 'parley:first-draw';

let drawn = false;

/** Whether a timeline has drawn since the page loaded. */
export function hasDrawn(): boolean {
  return drawn;
}

export function signalFirstDraw(doc: Document = document): void {
  if (drawn) return;
  drawn = true;
  doc.dispatchEvent(new Event(FIRST_DRAW_EVENT));
}
