import { describe, expect, it } from 'vitest';
import {
  FLIPPED_CLASS,
  LABEL_FRAME_PX,
  LABEL_MAX_PX,
  LABEL_MIN_PX,
  placeLabels,
  WHOLE_CLASS,
  type Placed,
} from './label-room';
import { DAY_MS } from '../../domain/dates';

/** A window of 10 days, 100 px a day: its right edge is at 1000 px. */
const window = { start: 0, end: 10 * DAY_MS };
const pxPerMs = 100 / DAY_MS;
/** Every label 300 px wide, whatever its text. */
const measure = () => 300;
const point = (day: number, className = 'kind-call'): Placed => ({
  start: day * DAY_MS,
  type: 'point',
  text: `on day ${day}`,
  className,
});

describe('placeLabels', () => {
  it('runs a label right of its dot, up to the next item, when it fits before the edge', () => {
    const [a, b] = placeLabels([point(1), point(4)], window, pxPerMs, measure);
    expect(a).toEqual(expect.objectContaining({ roomPx: 300 - 18 }));
    expect(a!.align).toBeUndefined();
    expect(b).toEqual(expect.objectContaining({ roomPx: LABEL_MAX_PX }));
    expect(b!.align).toBeUndefined();
  });

  it('never runs a label past the right edge', () => {
    // 250 px to the edge: room enough not to flip, cut to the edge.
    const [item] = placeLabels([point(7.5)], window, pxPerMs, measure);
    expect(item!.align).toBeUndefined();
    expect(item!.roomPx).toBe(250 - LABEL_FRAME_PX);
  });

  it('flips a label left of its dot near the right edge, up to the previous label', () => {
    const items = placeLabels([point(2), point(9.2)], window, pxPerMs, measure);
    const flipped = items[1]!;
    expect(flipped.align).toBe('right');
    expect(flipped.className.split(' ')).toEqual(['kind-call', FLIPPED_CLASS]);
    // The previous label ends at 200 + 300 px: 920 - 500 - frame - gap.
    expect(flipped.roomPx).toBe(920 - 500 - LABEL_FRAME_PX - 18);
  });

  it('gives a flipped label at least the least room, and never past the left edge', () => {
    const crowded = placeLabels([point(8), point(9.5)], window, pxPerMs, measure);
    expect(crowded[1]!.roomPx).toBe(LABEL_MIN_PX);
    // A window of 200 px; the dot 150 px from its left edge.
    const narrow = { start: 9.8 * DAY_MS, end: 10 * DAY_MS };
    const [alone] = placeLabels([point(9.95)], narrow, 1000 / DAY_MS, measure);
    expect(alone!.align).toBe('right');
    expect(alone!.roomPx).toBe(150 - LABEL_FRAME_PX);
  });

  it('does not flip a label with more room on the right than on the left', () => {
    const narrow = { start: 9.8 * DAY_MS, end: 10 * DAY_MS };
    const [item] = placeLabels([point(9.85)], narrow, 1000 / DAY_MS, measure);
    expect(item!.align).toBeUndefined();
    expect(item!.roomPx).toBe(150 - LABEL_FRAME_PX);
  });

  it('unflips a label that fits again, and keeps its other classes', () => {
    const [flipped] = placeLabels([point(9.5)], window, pxPerMs, measure);
    const wider = { start: 0, end: 20 * DAY_MS };
    const [back] = placeLabels([flipped!], wider, pxPerMs, measure);
    expect(back!.align).toBeUndefined();
    expect(back!.className).toBe('kind-call');
  });

  it('shows no label for a point before the left edge, and cuts a range to the window', () => {
    const range: Placed = { ...point(8), end: 14 * DAY_MS, type: 'range' };
    const items = placeLabels([point(-1), range], window, pxPerMs, measure);
    expect(items[0]!.roomPx).toBe(0);
    expect(items[1]!.roomPx).toBe(200 - LABEL_FRAME_PX);
  });

  it('measures aggregates and search matches in bold', () => {
    const seen: boolean[] = [];
    placeLabels([point(1, 'is-aggregate'), point(2, 'is-dimmed')], window, pxPerMs, (_t, bold) => {
      seen.push(bold);
      return 10;
    });
    expect(seen).toEqual([true, false]);
  });

  describe('the selected event’s label (whole)', () => {
    const whole = (day: number) => point(day, `kind-call ${WHOLE_CLASS}`);
    const wide = () => 600;

    it('takes its whole width where it fits, over the next item (vis stacks them)', () => {
      const [item] = placeLabels([whole(1), point(2)], window, pxPerMs, measure);
      expect(item!.align).toBeUndefined();
      expect(item!.roomPx).toBe(302);
      // Wider than the widest room an ordinary label gets.
      const [long] = placeLabels([whole(1)], window, pxPerMs, wide);
      expect(long!.roomPx).toBe(602);
    });

    it('runs left of its dot when only the left has room for all of it', () => {
      const [item] = placeLabels([point(2), whole(8)], window, pxPerMs, measure).slice(1);
      expect(item!.align).toBe('right');
      expect(item!.className.split(' ')).toContain(FLIPPED_CLASS);
      expect(item!.roomPx).toBe(302);
    });

    it('wraps in the wider side’s room when neither side holds it, never past an edge', () => {
      // 400 px a day: the window is 4000 px wide; a 5000 px label fits nowhere.
      const huge = () => 5000;
      const [right] = placeLabels([whole(3)], window, pxPerMs * 4, huge);
      expect(right!.align).toBeUndefined();
      expect(right!.roomPx).toBe(LABEL_MAX_PX);
      // A 200 px window (as in a narrow embed), the dot 140 px from its left edge.
      const narrow = { start: 9.8 * DAY_MS, end: 10 * DAY_MS };
      const [left] = placeLabels([whole(9.94)], narrow, 1000 / DAY_MS, measure);
      expect(left!.align).toBe('right');
      expect(left!.roomPx).toBe(140 - LABEL_FRAME_PX);
      const [leftEdge] = placeLabels([whole(9.86)], narrow, 1000 / DAY_MS, measure);
      expect(leftEdge!.align).toBeUndefined();
      expect(leftEdge!.roomPx).toBe(140 - LABEL_FRAME_PX);
    });
  });
});
