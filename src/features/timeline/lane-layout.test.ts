import { describe, expect, it } from 'vitest';
import { laneLayout } from './lane-layout';
import type { TimelineItem } from './to-timeline-items';

const item = (group: string, start: number, end?: number): TimelineItem => ({
  id: `${group}${start}`,
  group,
  start,
  end,
  type: end ? 'range' : 'point',
  text: '',
  label: '',
  className: '',
  eventIds: [],
});

describe('laneLayout', () => {
  it('puts the lanes with items in the window first, thin rows after, hides lanes with none', () => {
    const items = [item('a', 5), item('b', 50), item('c', 12), item('d', 0, 11)];
    expect(laneLayout(['a', 'b', 'c', 'd', 'e'], items, { start: 10, end: 20 })).toEqual([
      { id: 'a', order: 2, visible: true, empty: true },
      { id: 'b', order: 3, visible: true, empty: true },
      { id: 'c', order: 0, visible: true, empty: false },
      { id: 'd', order: 1, visible: true, empty: false },
      { id: 'e', order: 4, visible: false, empty: true },
    ]);
  });
});
