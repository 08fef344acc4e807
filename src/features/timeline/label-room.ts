/**
 * Where each label goes and how much room it takes, so that no label runs past the visible
 * window (under an open panel, or out of the frame of an embed). Pure: the text's width comes
 * from a `measure` function (a canvas in the browser, an estimate in tests).
 *
 * - A point's label runs right of its dot, up to the next item of its lane (140–420 px), and
 *   never past the window's right edge.
 * - A label that does not fit before the right edge, when the edge leaves it less than 140 px
 *   and there is more room on the left of its dot, is flipped: it runs left of the dot
 *   (`align: 'right'`, see aligned-point.ts), up to where the previous item's label ends
 *   (140–420 px) and never past the left edge.
 * - A range's label is cut (with an ellipsis) to the part of the range in the window.
 * - A point before the window's left edge shows no label (only its end would show, cut).
 * - The selected event's label (class `is-whole`) is never cut: it takes its whole width on the
 *   side of its dot where that fits (vis stacks the neighbours it overlaps), or else wraps onto
 *   more lines in the wider side's room (up to `LABEL_MAX_PX`). So an embed as narrow as 320 px
 *   still shows the chosen event's whole title, inside its frame.
 */
import type { TimeWindow } from '../../domain/types';

/** The narrowest and widest room given to a point item's label, in pixels. */
export const LABEL_MIN_PX = 140;
export const LABEL_MAX_PX = 420;
/** Space kept between a label and the next item's dot, in pixels. */
export const LABEL_GAP_PX = 18;
/**
 * What an item's frame adds to its text, in pixels: half the dot, the padding and the borders
 * (timeline.css), with a little to spare for the difference between measuring and drawing.
 */
export const LABEL_FRAME_PX = 20;
/** A guess of a label's width when nothing measures it: about 7 px a character. */
export const estimateWidth = (text: string): number => text.length * 7;

/** The parts of an item this module reads and writes. */
export interface Placed {
  readonly start: number;
  readonly end?: number;
  readonly type: 'point' | 'range';
  readonly text: string;
  /** Aggregates and search matches are drawn bold. */
  readonly className: string;
  readonly roomPx?: number;
  /** `right`: the label runs left of the dot (its right end is at the item's date). */
  readonly align?: 'right';
}

/** A text's width in pixels, in the items' font (bold or not). */
export type Measure = (text: string, bold: boolean) => number;

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);
/** The class of a flipped item (timeline.css draws its dot at the right end). */
export const FLIPPED_CLASS = 'is-flipped';

function withoutAlign<T extends Placed>(item: T): Omit<T, 'align'> {
  const { align: _align, ...rest } = item;
  return { ...rest, className: classes(item).join(' ') };
}

function classes(item: Placed): string[] {
  return item.className.split(' ').filter((c) => c && c !== FLIPPED_CLASS);
}
const isBold = (item: Placed) => /\b(is-aggregate|is-match)\b/.test(item.className);
/** The class of the item whose whole label is drawn (the selected event's). */
export const WHOLE_CLASS = 'is-whole';
const isWhole = (item: Placed) => item.className.split(' ').includes(WHOLE_CLASS);

/**
 * Each item's neighbours in time: the nearest start after it, and the nearest start before it
 * with the widest label drawn there (which runs right, towards this item).
 */
function neighbours(items: readonly Placed[], widths: readonly number[]) {
  const widest = new Map<number, number>();
  items.forEach((i, k) => widest.set(i.start, Math.max(widest.get(i.start) ?? 0, widths[k]!)));
  const starts = [...widest.keys()].sort((a, b) => a - b);
  const at = new Map(starts.map((s, k) => [s, k]));
  return items.map((i) => {
    const k = at.get(i.start)!;
    const prev = k > 0 ? starts[k - 1] : undefined;
    return {
      next: starts[k + 1],
      prev,
      prevWidth: prev === undefined ? 0 : widest.get(prev)!,
    };
  });
}

/**
 * Places the labels of one lane's items in `window`, drawn `pxPerMs` pixels a millisecond.
 */
export function placeLabels<T extends Placed>(
  items: readonly T[],
  window: TimeWindow,
  pxPerMs: number,
  measure: Measure = estimateWidth,
): T[] {
  const px = (ms: number) => ms * pxPerMs;
  const fullWidths = items.map((i) => (i.type === 'range' ? 0 : measure(i.text, isBold(i))));
  const widths = fullWidths.map((w) => Math.min(w, LABEL_MAX_PX));
  const near = neighbours(items, widths);
  const room = (gap: number, edge: number) =>
    Math.max(Math.floor(Math.min(clamp(gap, LABEL_MIN_PX, LABEL_MAX_PX), edge) + 1e-6), 0);
  return items.map((item, i) => {
    if (item.type === 'range') {
      const shown =
        Math.min(item.end ?? item.start, window.end) - Math.max(item.start, window.start);
      return { ...item, roomPx: Math.max(Math.round(px(shown) - LABEL_FRAME_PX), 0) };
    }
    if (item.start < window.start) return { ...withoutAlign(item), roomPx: 0 } as T;
    const { next, prev, prevWidth } = near[i]!;
    const natural = widths[i]!;
    const toRight = px(window.end - item.start) - LABEL_FRAME_PX;
    const toLeft = px(item.start - window.start) - LABEL_FRAME_PX;
    if (isWhole(item)) return placeWhole(item, fullWidths[i]!, toRight, toLeft);
    // Flipped only when the right edge leaves less than a short label's room, and the left more.
    if (natural > toRight && toRight < LABEL_MIN_PX && toLeft > toRight) {
      // Up to where the previous item's label ends (vis stacks what still overlaps).
      const before =
        prev === undefined
          ? LABEL_MAX_PX
          : px(item.start - prev) - prevWidth - LABEL_FRAME_PX - LABEL_GAP_PX;
      const className = [...classes(item), FLIPPED_CLASS].join(' ');
      return { ...item, className, roomPx: room(before, toLeft), align: 'right' as const };
    }
    const after = next === undefined ? LABEL_MAX_PX : px(next - item.start) - LABEL_GAP_PX;
    return { ...withoutAlign(item), roomPx: room(after, toRight) } as T;
  });
}

/** The selected event's label: whole, on the side where it fits, else wrapped (see above). */
function placeWhole<T extends Placed>(item: T, natural: number, toRight: number, toLeft: number) {
  const flipped = () => ({
    ...item,
    className: [...classes(item), FLIPPED_CLASS].join(' '),
    align: 'right' as const,
  });
  const fits = (room: number) => Math.max(Math.floor(room + 1e-6), 0);
  // A pixel or two to spare for the difference between measuring and drawing.
  const need = natural + 2;
  if (need <= toRight) return { ...withoutAlign(item), roomPx: need } as T;
  if (need <= toLeft) return { ...flipped(), roomPx: need };
  const wrapped = (room: number) => fits(Math.min(room, LABEL_MAX_PX));
  return toLeft > toRight
    ? { ...flipped(), roomPx: wrapped(toLeft) }
    : ({ ...withoutAlign(item), roomPx: wrapped(toRight) } as T);
}
