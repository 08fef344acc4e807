/**
 * The window of a long list: which rows a scrolled viewport shows, given each row's height (measured,
 * or estimated until it has been drawn) and a heading at the top of each group (a month). Pure
 * arithmetic over prefix sums and binary search, so a list of 100,000 rows costs O(log n) a scroll.
 */
import { lowerBound, upperBound } from './sorted-search';

export interface ListLayout {
  /** `prefix[i]`: the summed heights of rows 0 … i−1 (headings excluded); length rows + 1. */
  readonly prefix: Float64Array;
  /** The index of each group's first row, ascending (the first is 0). */
  readonly groupStarts: readonly number[];
  readonly headingHeight: number;
}

export function layoutList(
  rowHeights: ArrayLike<number>,
  groupStarts: readonly number[],
  headingHeight: number,
): ListLayout {
  const prefix = new Float64Array(rowHeights.length + 1);
  for (let i = 0; i < rowHeights.length; i++) prefix[i + 1] = prefix[i]! + rowHeights[i]!;
  return { prefix, groupStarts, headingHeight };
}

/** How many headings sit above row i's bottom (its own group's included). */
function headingsThrough(layout: ListLayout, i: number): number {
  const n = layout.groupStarts.length;
  return upperBound(n, (g) => layout.groupStarts[g]!, i);
}

/** The top of row i in list coordinates (headings above it included). */
export function rowTop(layout: ListLayout, i: number): number {
  return layout.prefix[i]! + layout.headingHeight * headingsThrough(layout, i);
}

function rowBottom(layout: ListLayout, i: number): number {
  return layout.prefix[i + 1]! + layout.headingHeight * headingsThrough(layout, i);
}

/** The list's whole height. */
export function listHeight(layout: ListLayout): number {
  return (
    layout.prefix[layout.prefix.length - 1]! + layout.headingHeight * layout.groupStarts.length
  );
}

/**
 * The rows [start, end) that meet the viewport [top, bottom] (list coordinates) widened by
 * `overscan` pixels each way, so a little more than what shows is drawn.
 */
export function visibleRows(
  layout: ListLayout,
  top: number,
  bottom: number,
  overscan = 0,
): { readonly start: number; readonly end: number } {
  const n = layout.prefix.length - 1;
  const start = upperBound(n, (i) => rowBottom(layout, i), top - overscan);
  const end = lowerBound(n, (i) => rowTop(layout, i), bottom + overscan);
  return { start, end: Math.max(start, end) };
}

/** The summed heights of rows [from, to). */
export function rowsHeight(layout: ListLayout, from: number, to: number): number {
  return to > from ? layout.prefix[to]! - layout.prefix[from]! : 0;
}
