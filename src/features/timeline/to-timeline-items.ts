/**
 * The pure mapping from domain events to timeline items: a function of the events shown, the
 * visible window and the lanes, with no vis-timeline import.
 *
 * Level of detail lives here. vis-timeline's render cost grows much faster than the items in view,
 * and a lane with forty labelled items in one month stacks into a tower. So, per lane, events
 * closer together than one label's width (`clusterMs`) form a cluster; a cluster of more than
 * `maxStack` events becomes one "N events" item that zooms in when chosen. On very large datasets
 * only the events in and around the window are mapped at all.
 */
import { eventLane } from '../../domain/lanes';
import type { Dataset, EventId, Millis, ParleyEvent, TimeWindow } from '../../domain/types';
import { DAY_MS } from '../../domain/dates';

/** Above this many events, only those within one window width of the window are mapped. */
export const MAX_ITEMS_IN_VIEW = 250;
/** Items a lane may stack in one label's width before they are aggregated. */
export const MAX_STACK = 3;

export interface TimelineItem {
  readonly id: string;
  readonly group: string;
  readonly start: Millis;
  readonly end?: Millis;
  readonly type: 'point' | 'range';
  /** Plain text; the adapter renders it with textContent, never as HTML. */
  readonly text: string;
  readonly className: string;
  /** The events the item stands for: one, or several for an aggregate. */
  readonly eventIds: readonly EventId[];
}

export interface ItemOptions {
  /** Events to highlight (search matches); others are dimmed when this is set. */
  readonly highlight?: ReadonlySet<EventId> | null;
  /** An event never folded into an aggregate (the selected one). */
  readonly keep?: EventId | null;
  /** How close (in time) two events must be to compete for the same space; 0 disables clustering. */
  readonly clusterMs?: number;
  readonly maxStack?: number;
  /** The label of an aggregate of `count` events, in the interface language. */
  readonly aggregateLabel?: (count: number) => string;
}

type Lanes = Pick<Dataset, 'actorsById'>;

function itemFor(e: ParleyEvent, data: Lanes, o: ItemOptions): TimelineItem {
  // A multi-day event narrower than its label on screen is drawn as a point, so the label shows.
  const isRange = e.end - e.start > DAY_MS && e.end - e.start >= (o.clusterMs ?? 0);
  const classes = [`kind-${e.kind}`];
  if (e.approximate || e.precision === 'month') classes.push('is-approximate');
  if (o.highlight) classes.push(o.highlight.has(e.id) ? 'is-match' : 'is-dimmed');
  return {
    id: e.id,
    group: eventLane(e, data),
    start: e.start,
    end: isRange ? e.end : undefined,
    type: isRange ? 'range' : 'point',
    text: e.title,
    className: classes.join(' '),
    eventIds: [e.id],
  };
}

function aggregateItem(lane: string, list: readonly ParleyEvent[], o: ItemOptions): TimelineItem {
  const start = list[0]!.start;
  const end = Math.max(...list.map((e) => e.end));
  const matched = o.highlight ? list.some((e) => o.highlight!.has(e.id)) : false;
  const classes = ['is-aggregate'];
  if (o.highlight) classes.push(matched ? 'is-match' : 'is-dimmed');
  return {
    id: `agg:${lane}:${list[0]!.id}`,
    group: lane,
    start,
    end: Math.max(end, start + DAY_MS),
    type: 'range',
    text: o.aggregateLabel ? o.aggregateLabel(list.length) : `${list.length} events`,
    className: classes.join(' '),
    eventIds: list.map((e) => e.id),
  };
}

/** Splits a lane's chronological events into runs whose starts lie within `clusterMs`. */
function clusters(events: readonly ParleyEvent[], clusterMs: number): ParleyEvent[][] {
  const runs: ParleyEvent[][] = [];
  let run: ParleyEvent[] = [];
  for (const e of events) {
    if (run.length && e.start - run[0]!.start > clusterMs) {
      runs.push(run);
      run = [];
    }
    run.push(e);
  }
  if (run.length) runs.push(run);
  return runs;
}

function laneItems(lane: string, events: readonly ParleyEvent[], data: Lanes, o: ItemOptions) {
  const maxStack = o.maxStack ?? MAX_STACK;
  const items: TimelineItem[] = [];
  for (const run of clusters(events, o.clusterMs ?? 0)) {
    if (run.length <= maxStack) {
      for (const e of run) items.push(itemFor(e, data, o));
      continue;
    }
    const kept = run.filter((e) => e.id === o.keep);
    const folded = run.filter((e) => e.id !== o.keep);
    for (const e of kept) items.push(itemFor(e, data, o));
    items.push(aggregateItem(lane, folded, o));
  }
  return items;
}

function near(events: readonly ParleyEvent[], window: TimeWindow | null): readonly ParleyEvent[] {
  if (events.length <= MAX_ITEMS_IN_VIEW || window === null) return events;
  const width = Math.max(window.end - window.start, 1);
  return events.filter((e) => e.end > window.start - width && e.start < window.end + width);
}

/**
 * @param events the events to show (already filtered), in chronological order
 * @param window the visible window, used to cull very large datasets; `null` to map everything
 */
export function toTimelineItems(
  events: readonly ParleyEvent[],
  window: TimeWindow | null,
  data: Lanes,
  options: ItemOptions = {},
): TimelineItem[] {
  const byLane = new Map<string, ParleyEvent[]>();
  for (const e of near(events, window)) {
    const lane = eventLane(e, data);
    const list = byLane.get(lane);
    if (list) list.push(e);
    else byLane.set(lane, [e]);
  }
  const items: TimelineItem[] = [];
  for (const [lane, list] of byLane) items.push(...laneItems(lane, list, data, options));
  return items;
}
