/**
 * Which lanes come first: those with an item in the window keep their order (most events
 * first); lanes with nothing in the window follow, drawn as thin labelled rows, so the populated
 * ones are not pushed below the fold. Lanes with no item at all (filtered out) are hidden.
 */
import type { TimeWindow } from '../../domain/types';
import type { TimelineItem } from './to-timeline-items';

export interface LaneState {
  readonly id: string;
  /** Order among the lanes (the base order is by number of events). */
  readonly order: number;
  readonly visible: boolean;
  /** Nothing of this lane in the window: a thin row. */
  readonly empty: boolean;
}

/** A point item counts as in the window if its day overlaps it. */
export function inWindow(item: TimelineItem, w: TimeWindow): boolean {
  const end = item.end ?? item.start + 1;
  return item.start < w.end && end > w.start;
}

/**
 * @param lanes the lanes' ids in their base order
 * @returns each lane's state, in the given order
 */
export function laneLayout(
  lanes: readonly string[],
  items: readonly TimelineItem[],
  window: TimeWindow,
): LaneState[] {
  const used = new Set(items.map((i) => i.group));
  const populated = new Set(items.filter((i) => inWindow(i, window)).map((i) => i.group));
  const first = lanes.filter((id) => populated.has(id));
  const rest = lanes.filter((id) => !populated.has(id));
  const rank = new Map([...first, ...rest].map((id, i) => [id, i]));
  return lanes.map((id) => ({
    id,
    order: rank.get(id)!,
    visible: used.has(id),
    empty: !populated.has(id),
  }));
}
