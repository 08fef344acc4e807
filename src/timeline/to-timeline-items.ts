/**
 * The pure mapping from domain events to timeline items: a function of the events shown, the
 * visible window and the lanes, with no vis-timeline import. Level of detail lives here: when more
 * than MAX_ITEMS_IN_VIEW events fall in and around the window, events are aggregated per lane into
 * buckets, because vis-timeline's render cost grows much faster than the items in view.
 */
import { eventLane } from '../domain/lanes';
import type { Dataset, EventId, Millis, ParleyEvent, TimeWindow } from '../domain/types';

export const MAX_ITEMS_IN_VIEW = 250;
/** Buckets across one window width when aggregating. */
export const AGGREGATE_BUCKETS_PER_WINDOW = 48;

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
}

function itemFor(e: ParleyEvent, data: Pick<Dataset, 'actorsById'>, o: ItemOptions): TimelineItem {
  const isRange = e.end - e.start > 86_400_000;
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

function overlaps(e: ParleyEvent, from: Millis, to: Millis): boolean {
  return e.end > from && e.start < to;
}

/**
 * @param events the events to show (already filtered), in chronological order
 * @param window the visible window; `null` when it cannot matter (few enough events)
 */
export function toTimelineItems(
  events: readonly ParleyEvent[],
  window: TimeWindow | null,
  data: Pick<Dataset, 'actorsById'>,
  options: ItemOptions = {},
): TimelineItem[] {
  if (events.length <= MAX_ITEMS_IN_VIEW || window === null)
    return events.map((e) => itemFor(e, data, options));
  const width = Math.max(window.end - window.start, 1);
  const from = window.start - width;
  const to = window.end + width;
  const near = events.filter((e) => overlaps(e, from, to));
  if (near.length <= MAX_ITEMS_IN_VIEW) return near.map((e) => itemFor(e, data, options));
  return aggregate(near, window, data, options);
}

function aggregate(
  events: readonly ParleyEvent[],
  window: TimeWindow,
  data: Pick<Dataset, 'actorsById'>,
  options: ItemOptions,
): TimelineItem[] {
  const size = Math.max(Math.ceil((window.end - window.start) / AGGREGATE_BUCKETS_PER_WINDOW), 1);
  const buckets = new Map<string, ParleyEvent[]>();
  for (const e of events) {
    const key = `${eventLane(e, data)}|${Math.floor(e.start / size)}`;
    const list = buckets.get(key);
    if (list) list.push(e);
    else buckets.set(key, [e]);
  }
  const items: TimelineItem[] = [];
  for (const [key, list] of buckets) {
    if (list.length === 1) {
      items.push(itemFor(list[0]!, data, options));
      continue;
    }
    const [group, index] = key.split('|') as [string, string];
    const start = Number(index) * size;
    const matched = options.highlight ? list.some((e) => options.highlight!.has(e.id)) : false;
    items.push({
      id: `agg:${key}`,
      group,
      start,
      end: start + size,
      type: 'range',
      text: `${list.length} events`,
      className: `is-aggregate${options.highlight ? (matched ? ' is-match' : ' is-dimmed') : ''}`,
      eventIds: list.map((e) => e.id),
    });
  }
  return items;
}
