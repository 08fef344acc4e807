/**
 * Draws only the rows of a long list that its scrolling ancestor shows (and a screenful either
 * way): the rest is stood in for by spacers of the rows' heights, measured once drawn and
 * estimated before. Short lists are drawn whole.
 */
import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { layoutList, rowTop, visibleRows, type ListLayout } from '../../domain/list-window';

/** Lists up to this long are drawn whole: cheap enough, and the browser's find-in-page sees all. */
export const DRAW_WHOLE_UP_TO = 300;
/** A first guess at a row's and a heading's height, until one has been measured. */
const ESTIMATED_ROW = 96;
const ESTIMATED_HEADING = 48;
/** Rows drawn before the first measurement of the viewport. */
const FIRST_ROWS = 30;

export interface ListWindow {
  readonly layout: ListLayout;
  readonly start: number;
  readonly end: number;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** The rows the scroller shows now, and a screenful either way. */
function rangeOnScreen(list: HTMLElement, scroller: HTMLElement, layout: ListLayout): Range {
  const top = scroller.getBoundingClientRect().top - list.getBoundingClientRect().top;
  return visibleRows(layout, top, top + scroller.clientHeight, scroller.clientHeight);
}

const sameRange = (a: Range, b: Range) => a.start === b.start && a.end === b.end;

/** The measured heights of the drawn rows, or `known` itself when none changed. */
function measure(
  list: HTMLElement,
  known: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> {
  let next: Map<string, number> | undefined;
  for (const row of list.querySelectorAll<HTMLElement>('[data-row-id]')) {
    const id = row.dataset.rowId!;
    const h = row.offsetHeight;
    if (h && known.get(id) !== h) (next ??= new Map(known)).set(id, h);
  }
  return next ?? known;
}

/**
 * `ids`: the rows' keys in order; `groupStarts`: the first row of each group (under a heading);
 * `keep`: a row to scroll to and draw (the selected one), or -1.
 */
export function useListWindow(
  listRef: RefObject<HTMLElement | null>,
  ids: readonly string[],
  groupStarts: readonly number[],
  keep: number,
): ListWindow {
  const whole = ids.length <= DRAW_WHOLE_UP_TO;
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(new Map());
  const [heading, setHeading] = useState(ESTIMATED_HEADING);
  const [range, setRange] = useState<Range>({ start: 0, end: FIRST_ROWS });

  const layout = useMemo(() => {
    let sum = 0;
    for (const h of heights.values()) sum += h;
    const guess = heights.size ? sum / heights.size : ESTIMATED_ROW;
    const rows = new Float64Array(ids.length);
    ids.forEach((id, i) => (rows[i] = heights.get(id) ?? guess));
    return layoutList(rows, groupStarts, heading);
  }, [ids, groupStarts, heading, heights]);

  // Follow the scrolling and resizing of the list's scrolling ancestor.
  useEffect(() => {
    const list = listRef.current;
    const scroller = scrollParent(list);
    if (whole || !list || !scroller) return;
    let frame = 0;
    const update = () => {
      const next = rangeOnScreen(list, scroller, layout);
      setRange((r) => (sameRange(r, next) ? r : next));
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [whole, layout, listRef]);

  // Measure what was drawn; the layout is redone when a height differs from what was assumed.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (whole || !list) return;
    setHeights((known) => measure(list, known));
    const h = list.querySelector<HTMLElement>('[data-heading]')?.offsetHeight;
    if (h) setHeading(h);
  }, [whole, range, ids, heights, listRef]);

  // Bring the kept row (the selected event) into the drawn range when it changes; scrolling away
  // from it afterwards is the reader's choice.
  const [keptShown, setKeptShown] = useState(-1);
  useEffect(() => {
    const list = listRef.current;
    const scroller = scrollParent(list);
    if (whole || keep < 0 || keep === keptShown || !list || !scroller) return;
    setKeptShown(keep);
    if (keep >= range.start && keep < range.end) return;
    const listTop = list.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += listTop + rowTop(layout, keep) - scroller.clientHeight / 3;
    setRange(rangeOnScreen(list, scroller, layout));
  }, [whole, keep, keptShown, range, layout, listRef]);

  if (whole) return { layout, start: 0, end: ids.length };
  const end = Math.min(range.end, ids.length);
  return { layout, start: Math.min(range.start, end), end };
}
