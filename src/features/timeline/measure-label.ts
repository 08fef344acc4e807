/**
 * The browser's measures that label-room.ts works with: the width of the items' area, and the
 * width of a label's text in the items' font (a canvas, so nothing is laid out to measure).
 */
import type { Measure } from './label-room';
import { estimateWidth } from './label-room';

/** The items' font size in rem (`.timeline .vis-item` in timeline.css). */
const ITEM_FONT_REM = 0.85;

/**
 * The width of the items' area (the timeline less its lane labels), in pixels: the width vis-timeline
 * 8 gives its centre panel at its next redraw (`Core._redraw`: the root's width less the side
 * columns as they are drawn now, an empty one counting -1 for its border; pinned, see README.md).
 * vis measures the lane column before it draws the labels, so after its first redraw the centre
 * still spans the whole timeline: its own width would place the first items for a width that
 * changes a frame later, and the lanes would restack under the reader.
 */
export function visibleWidth(el: HTMLElement): number {
  const centre = el.querySelector<HTMLElement>('.vis-panel.vis-center');
  const root = el.querySelector<HTMLElement>('.vis-timeline');
  const left = el.querySelector<HTMLElement>('.vis-panel.vis-left');
  const right = el.querySelector<HTMLElement>('.vis-panel.vis-right');
  if (centre && root && left && right) {
    const borders = centre.offsetWidth - centre.clientWidth;
    const next = root.offsetWidth - (left.clientWidth || -1) - (right.clientWidth || -1) - borders;
    if (next > 0) return next;
  }
  return centre?.clientWidth || el.clientWidth || 1000;
}

/**
 * Returns a function that, at each redraw, gives a measure of label text in the font `el`'s items
 * have then (so a change of type size, as in the classroom's large type, is followed). Falls
 * back to an estimate where there is no canvas (tests).
 */
export function labelMeasure(el: HTMLElement): () => Measure {
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return () => estimateWidth;
  const ctx = context;
  const cache = new Map<string, number>();
  return () => {
    // The items' type size (timeline.css: 0.85rem), from the root, not from an item: the first
    // redraw, before any item is drawn, must measure as every later one does.
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const size = `${root * ITEM_FONT_REM}px`;
    const family = getComputedStyle(el).fontFamily;
    return (text, bold) => measure(`${bold ? 700 : 400} ${size} ${family}`, text);
  };

  function measure(font: string, text: string): number {
    const key = `${font}\n${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = font;
      width = Math.ceil(ctx.measureText(text).width);
      cache.set(key, width);
    }
    return width;
  }
}
