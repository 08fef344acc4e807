/**
 * The pure mapping from domain events to timeline items: a function of the events shown, the
 * visible window and the lanes, with no vis-timeline import.
 *
 * Level of detail lives here (see README.md, "Level of detail"):
 * - In a window of `DETAIL_WINDOW_MS` or less, every event is its own item (vis stacks them).
 * - Elsewhere, per lane, events closer together than one label's width (`clusterMs`) form a run;
 *   a run of more than `maxStack` events shows its longest event, else its first (so no lane
 *   is only grey boxes)
 *   and folds the rest into one "+N" aggregate. An aggregate whose events share one day cannot
 *   be split by zooming: it opens as a list (`expand: 'list'`); the others zoom (`'zoom'`).
 * - The events in `keep` (the selected one, the story step's) are never folded, and the
 *   selected event's label is drawn whole (`whole`, label-room.ts).
 * On very large datasets only the events in and around the window are mapped at all, found by
 * binary search on their starts (domain/events-near.ts): O(log n + items near the window).
 */
import { eventLane } from '../../domain/lanes';
import type { Dataset, EventId, Millis, ParleyEvent, TimeWindow } from '../../domain/types';
import { DAY_MS, startOfDay } from '../../domain/dates';
import { eventsNear } from '../../domain/events-near';
import { placeLabels, WHOLE_CLASS, type Measure } from './label-room';

/** Above this many events, only those within one window width of the window are mapped. */
export const MAX_ITEMS_IN_VIEW = 250;
/** Items a lane may stack in one label's width before they are aggregated. */
export const MAX_STACK = 3;
/** In a window this narrow or narrower, no event is folded: each is drawn as its own item. */
export const DETAIL_WINDOW_MS = 7 * DAY_MS;
export { LABEL_MAX_PX, LABEL_MIN_PX } from './label-room';

export interface TimelineItem {
  readonly id: string;
  readonly group: string;
  readonly start: Millis;
  readonly end?: Millis;
  readonly type: 'point' | 'range';
  /** Plain text; the adapter renders it with textContent, never as HTML. */
  readonly text: string;
  /** The whole text, for the tooltip and the accessible name (an event's full title). */
  readonly label: string;
  readonly className: string;
  /** The events the item stands for: one, or several for an aggregate. */
  readonly eventIds: readonly EventId[];
  /** How an aggregate opens: zoom to its events, or list them (zooming cannot split them). */
  readonly expand?: 'zoom' | 'list';
  /** The width the label may take (label-room.ts), in pixels. */
  readonly roomPx?: number;
  /** `right`: the label runs left of its dot, which would be too near the window's right edge. */
  readonly align?: 'right';
}

export interface ItemOptions {
  /** Events to highlight (search matches); others are dimmed when this is set. */
  readonly highlight?: ReadonlySet<EventId> | null;
  /** Events never folded into an aggregate (the selected one, the story step's). */
  readonly keep?: readonly (EventId | null)[];
  /** The event whose label is drawn whole, never cut (the selected one: label-room.ts). */
  readonly whole?: EventId | null;
  /** How close (in time) two events must be to compete for the same space; 0 disables clustering. */
  readonly clusterMs?: number;
  readonly maxStack?: number;
  /** The screen's scale, to measure the room of each label; without it labels get no room. */
  readonly pxPerMs?: number;
  /** A label's width in pixels (a canvas in the browser); an estimate without it. */
  readonly measure?: Measure;
  /** The accessible name of an aggregate of `count` events, in the interface language. */
  readonly aggregateLabel?: (count: number) => string;
}

type Lanes = Pick<Dataset, 'actorsById'>;

function itemFor(e: ParleyEvent, lane: string, o: ItemOptions): TimelineItem {
  // A multi-day event narrower than its label on screen is drawn as a point, so the label shows.
  const isRange = e.end - e.start > DAY_MS && e.end - e.start >= (o.clusterMs ?? 0);
  const classes = [`kind-${e.kind}`];
  if (e.approximate || e.precision === 'month') classes.push('is-approximate');
  if (o.highlight) classes.push(o.highlight.has(e.id) ? 'is-match' : 'is-dimmed');
  if (e.id === o.whole) classes.push(WHOLE_CLASS);
  return {
    id: e.id,
    group: lane,
    start: e.start,
    end: isRange ? e.end : undefined,
    type: isRange ? 'range' : 'point',
    text: e.title,
    label: e.title,
    className: classes.join(' '),
    eventIds: [e.id],
  };
}

/**
 * The "+N" item of a run's folded events: one pass over them for its ids, whether one is a
 * search match, and whether they share one day (then zooming cannot split them: it lists them).
 */
function aggregateItem(lane: string, list: readonly ParleyEvent[], o: ItemOptions): TimelineItem {
  const first = list[0]!;
  const day = startOfDay(first.start);
  const eventIds = new Array<EventId>(list.length);
  let matched = false;
  let oneDay = true;
  for (let i = 0; i < list.length; i += 1) {
    const e = list[i]!;
    eventIds[i] = e.id;
    if (!matched && o.highlight?.has(e.id)) matched = true;
    if (oneDay && startOfDay(e.start) !== day) oneDay = false;
  }
  const classes = ['is-aggregate'];
  if (o.highlight) classes.push(matched ? 'is-match' : 'is-dimmed');
  return {
    id: `agg:${lane}:${first.id}`,
    group: lane,
    start: first.start,
    type: 'point',
    // The whole count, in digits every language reads; the words are in the label.
    text: `+${list.length}`,
    label: o.aggregateLabel ? o.aggregateLabel(list.length) : `${list.length} events`,
    className: classes.join(' '),
    eventIds,
    expand: oneDay ? 'list' : 'zoom',
  };
}

const span = (e: ParleyEvent) => e.end - e.start;

/**
 * A lane's items: its chronological events cut into runs whose starts lie within `clusterMs` of
 * the run's first; a run of more than `maxStack` shows its longest event (the first of equals)
 * and the ones to keep, and folds the rest into one aggregate. Indices, not copies: at the whole
 * period of 100,000 events this runs over every event at each change of window or highlight.
 */
function laneItems(lane: string, events: readonly ParleyEvent[], o: ItemOptions) {
  const maxStack = o.maxStack ?? MAX_STACK;
  const clusterMs = o.clusterMs ?? 0;
  const keep = new Set(o.keep ?? []);
  const items: TimelineItem[] = [];
  for (let from = 0; from < events.length;) {
    const runStart = events[from]!.start;
    let to = from + 1;
    while (to < events.length && events[to]!.start - runStart <= clusterMs) to += 1;
    if (to - from <= maxStack) {
      for (let i = from; i < to; i += 1) items.push(itemFor(events[i]!, lane, o));
    } else {
      let lead = from;
      for (let i = from + 1; i < to; i += 1) if (span(events[i]!) > span(events[lead]!)) lead = i;
      const folded: ParleyEvent[] = [];
      for (let i = from; i < to; i += 1) {
        const e = events[i]!;
        if (i === lead || keep.has(e.id)) items.push(itemFor(e, lane, o));
        else folded.push(e);
      }
      if (folded.length) items.push(aggregateItem(lane, folded, o));
    }
    from = to;
  }
  return items;
}

/** The events within one window width of the window, by binary search on their starts. */
function near(events: readonly ParleyEvent[], window: TimeWindow | null): readonly ParleyEvent[] {
  if (events.length <= MAX_ITEMS_IN_VIEW || window === null) return events;
  const width = Math.max(window.end - window.start, 1);
  return eventsNear(events, window.start - width, window.end + width);
}

/**
 * @param events the events to show (already filtered), in chronological order
 * @param window the visible window: its width sets the level of detail, and very large datasets
 *   are culled to it; `null` to map everything
 */
export function toTimelineItems(
  events: readonly ParleyEvent[],
  window: TimeWindow | null,
  data: Lanes,
  options: ItemOptions = {},
): TimelineItem[] {
  const detailed = window !== null && window.end - window.start <= DETAIL_WINDOW_MS;
  const o = detailed ? { ...options, maxStack: Infinity } : options;
  const byLane = new Map<string, ParleyEvent[]>();
  for (const e of near(events, window)) {
    const lane = eventLane(e, data);
    const list = byLane.get(lane);
    if (list) list.push(e);
    else byLane.set(lane, [e]);
  }
  const items: TimelineItem[] = [];
  for (const [lane, list] of byLane) {
    const laneList = laneItems(lane, list, o);
    items.push(
      ...(o.pxPerMs && window ? placeLabels(laneList, window, o.pxPerMs, o.measure) : laneList),
    );
  }
  return items;
}
