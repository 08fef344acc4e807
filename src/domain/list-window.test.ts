import { describe, expect, it } from 'vitest';
import { layoutList, listHeight, rowTop, rowsHeight, visibleRows } from './list-window';

// Two groups: rows 0–2 (heights 10, 20, 30) and rows 3–4 (heights 40, 50); headings 5 high.
//   heading 0–5 | row0 5–15 | row1 15–35 | row2 35–65 | heading 65–70 | row3 70–110 | row4 110–160
const layout = layoutList([10, 20, 30, 40, 50], [0, 3], 5);

describe('list window', () => {
  it('places rows below their group heading', () => {
    expect([0, 1, 2, 3, 4].map((i) => rowTop(layout, i))).toEqual([5, 15, 35, 70, 110]);
    expect(listHeight(layout)).toBe(160);
  });

  it('finds the rows a viewport meets', () => {
    expect(visibleRows(layout, 0, 4)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(layout, 0, 6)).toEqual({ start: 0, end: 1 });
    expect(visibleRows(layout, 16, 69)).toEqual({ start: 1, end: 3 });
    expect(visibleRows(layout, 66, 69)).toEqual({ start: 3, end: 3 });
    expect(visibleRows(layout, 100, 400)).toEqual({ start: 3, end: 5 });
    expect(visibleRows(layout, 500, 900)).toEqual({ start: 5, end: 5 });
  });

  it('widens by the overscan', () => {
    expect(visibleRows(layout, 66, 69, 10)).toEqual({ start: 2, end: 4 });
  });

  it('sums the heights of a run of rows', () => {
    expect(rowsHeight(layout, 1, 3)).toBe(50);
    expect(rowsHeight(layout, 3, 3)).toBe(0);
  });

  it('handles an empty list', () => {
    const empty = layoutList([], [], 5);
    expect(visibleRows(empty, 0, 100)).toEqual({ start: 0, end: 0 });
    expect(listHeight(empty)).toBe(0);
  });

  it('stays fast and exact on 100,000 rows', () => {
    const n = 100_000;
    const big = layoutList(new Float64Array(n).fill(80), [0, 50_000], 40);
    const { start, end } = visibleRows(big, 80 * 60_000 + 80, 80 * 60_000 + 80 + 800);
    expect(start).toBe(60_000);
    expect(end).toBe(60_010);
  });
});
