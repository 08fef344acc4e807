/**
 * The timeline controller: keeps a vis-timeline instance and the store in step, in the shape of
 * `attachAsOfMarker`. The store is the source of truth for the window and the selection; the
 * timeline shows them and reports only what the user did. See README.md for the contract.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import type { ActorId, EventId, TimeWindow } from '../../domain/types';
import type { ParleyStore } from '../../store/create-store';
import { eventLane } from '../../domain/lanes';
import { localShortName } from '../../domain/localise';
import { datasetLangOf } from '../../i18n/languages';
import { fitWindow } from '../../domain/window-math';
import { translator } from '../../i18n/translate';
import { sameInput, selectionChanged, selectTimelineInput } from './select-timeline-input';
import { toTimelineItems, type TimelineItem } from './to-timeline-items';
import { syncDataSet } from './sync-data-set';
import { revealSelectedItem, scrollLanes, type VerticalScroll } from './reveal-item';
import type { VisItem } from './timeline-options';
import { inWindow } from './lane-layout';
import { layLanes, lanesOf } from './lane-groups';
import { inOneLayout } from './batch-item-redraws';
import { markAgain } from '../../data/load-marks';
import { attachLaneKeys } from './lane-keys';
import { attachItemKeys, itemElementOf } from './item-keys';
import { attachItemTooltip } from './item-tooltip';
import { ALIGNED_POINT } from './aligned-point';
import { labelMeasure, visibleWidth } from './measure-label';

/** A window change smaller than this is the timeline echoing the store, not a new window. */
export const WINDOW_EPSILON_MS = 60_000;
/** About the width of one item label (see timeline.css): events closer than this compete. */
export const LABEL_WIDTH_PX = 250;
/** The events vis zooms on (it listens to the legacy `mousewheel`, which Chromium still sends). */
const WHEEL_EVENTS = new Set(['wheel', 'mousewheel', 'DOMMouseScroll']);
/** Redraws the controller waits through to bring a selected item into view. */
const REVEAL_ATTEMPTS = 3;

/** An aggregate to list in place (its events share one day: zooming cannot split them). */
export interface OpenList {
  readonly itemId: string;
  readonly eventIds: readonly EventId[];
  /** The aggregate's element, where the list opens and focus returns. */
  readonly anchor: HTMLElement | null;
}

export interface TimelineHooks {
  /** Called when a listing aggregate is chosen; the view shows its events. */
  readonly onList?: (list: OpenList) => void;
  /** Called when an event is opened from the keyboard (to move focus into its panel). */
  readonly onOpenedByKey?: () => void;
}

/** The part of vis-timeline the controller uses (a fake in unit tests). */
export type TimelineLike = Pick<
  Timeline,
  'setItems' | 'setGroups' | 'setSelection' | 'setWindow' | 'getWindow' | 'on' | 'off' | 'redraw'
> &
  VerticalScroll;

interface RangeProps {
  readonly start: Date;
  readonly end: Date;
  readonly byUser: boolean;
}

function sameWindow(a: { start: Date; end: Date }, w: TimeWindow): boolean {
  return (
    Math.abs(a.start.getTime() - w.start) < WINDOW_EPSILON_MS &&
    Math.abs(a.end.getTime() - w.end) < WINDOW_EPSILON_MS
  );
}

/**
 * Gives `timeline` its lanes and items and keeps them, the window and the selection in step with
 * `store`. `el` is the element the timeline was created in (for its width and for revealing the
 * selected item). Returns the cleanup, to be called before `timeline.destroy()`.
 */
export function attachTimeline(
  timeline: TimelineLike,
  store: ParleyStore,
  el: HTMLElement,
  hooks: TimelineHooks = {},
) {
  const { dataset } = store.getState();
  const items = new DataSet<VisItem>();
  const groups = lanesOf(store);
  const itemEvents = new Map<string, readonly EventId[]>();
  const itemsById = new Map<string, TimelineItem>();
  const laneIds = groups.getIds().map(String);
  const laneOrder = new Map(laneIds.map((id, i) => [id, i]));
  timeline.setGroups(groups);
  timeline.setItems(items);

  const showSelection = () => {
    const selected = store.getState().selectedEventId;
    timeline.setSelection(selected && itemEvents.has(selected) ? [selected] : []);
  };

  const measure = labelMeasure(el);
  let drawnWidth = 0;
  let frame = 0;
  const render = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    const input = selectTimelineInput(store.getState());
    // The items' area: the timeline less its lane labels (the window spans exactly this).
    const width = visibleWidth(el);
    drawnWidth = width;
    const next = toTimelineItems(input.events, input.window, dataset, {
      highlight: input.highlight,
      keep: [input.selected, input.storyEvent],
      whole: input.selected,
      clusterMs: ((input.window.end - input.window.start) * LABEL_WIDTH_PX) / width,
      pxPerMs: width / (input.window.end - input.window.start),
      measure: measure(),
      aggregateLabel: (count) => translator(input.lang)('timeline.aggregate', { count }),
    });
    itemEvents.clear();
    itemsById.clear();
    for (const item of next) {
      itemEvents.set(item.id, item.eventIds);
      itemsById.set(item.id, item);
    }
    const visItems = next.map(({ eventIds: _ids, ...rest }) => ({
      ...rest,
      type: rest.type === 'point' ? ALIGNED_POINT : rest.type,
      content: '',
    }));
    // The items vis redraws for these changes measure their sizes once for all, not one by one.
    inOneLayout(() => {
      layLanes(groups, laneIds, next, input.window);
      syncDataSet(items, visItems);
      showSelection();
    });
    markAgain('timeline-items');
  };

  const onRange = (props: RangeProps) => {
    if (!props.byUser) return;
    store.getState().setWindow({ start: props.start.getTime(), end: props.end.getTime() });
  };
  // A wheel zoom is a step, not a drag: the store takes it at once, not after the pause vis leaves
  // before `rangechanged` (200 ms). At most once a frame; a burst still ends with `rangechanged`.
  let wheelTaken = false;
  const onRangeChange = (props: RangeProps & { readonly event?: { readonly type?: string } }) => {
    if (!props.byUser || !WHEEL_EVENTS.has(props.event?.type ?? '') || wheelTaken) return;
    wheelTaken = true;
    requestAnimationFrame(() => (wheelTaken = false));
    onRange(props);
  };

  /** Opens what an item stands for: its event, or an aggregate's list or window. */
  const choose = (id: string): boolean => {
    const item = itemsById.get(id);
    const ids = item?.eventIds ?? [];
    if (ids.length === 1) {
      store.getState().selectEvent(ids[0]!);
      return true;
    }
    if (item?.expand === 'list' && hooks.onList) {
      hooks.onList({ itemId: id, eventIds: ids, anchor: itemElementOf(el, id) });
      showSelection();
    } else if (ids.length > 1) {
      // Zoom to the events it stands for, through the store like any window.
      const events = ids.flatMap((e) => dataset.eventsById.get(e) ?? []);
      store.getState().setWindow(fitWindow(events, dataset.span));
    }
    return false;
  };

  const onSelect = (props: { items: (string | number)[] }) => {
    const id = props.items[0];
    if (id !== undefined) choose(String(id));
  };

  // Through the items in the window only (vis also draws some just outside it).
  const inTimeOrder = (ids: readonly string[]) =>
    ids
      .flatMap((id) => itemsById.get(id) ?? [])
      .filter((item) => inWindow(item, store.getState().window))
      .sort(
        (a, b) =>
          a.start - b.start || (laneOrder.get(a.group) ?? 0) - (laneOrder.get(b.group) ?? 0),
      )
      .map((i) => i.id);
  const keys = attachItemKeys(el, {
    order: inTimeOrder,
    selected: () => store.getState().selectedEventId,
    activate: (id) => {
      if (choose(id)) hooks.onOpenedByKey?.();
    },
  });
  const detachTooltip = attachItemTooltip(el, (id) => itemsById.get(id)?.label);

  const laneKeys = attachLaneKeys(el, (lane) => store.getState().openActor(lane as ActorId));

  // After a selection from outside (a panel, presentation mode, a story), scroll the lanes so the
  // selected item shows: each scroll makes the timeline redraw, hence a few attempts, one per redraw.
  let revealAttempts = 0;
  const onChanged = () => {
    if (visibleWidth(el) !== drawnWidth) render();
    keys.refresh();
    laneKeys.refresh();
    if (revealAttempts === 0) return;
    revealAttempts -= 1;
    const id = store.getState().selectedEventId;
    const e = id ? dataset.eventsById.get(id) : undefined;
    const lane = e ? eventLane(e, dataset) : null;
    if (
      lane === null ||
      revealSelectedItem(el, lane, (px) => scrollLanes(timeline, px)) === 'in-view'
    )
      revealAttempts = 0;
  };

  render();
  // A new width (a panel opening beside the timeline) changes every label's room: place them again.
  const resized =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          // vis notices a new size only at its next check (up to a second): redraw now.
          timeline.redraw();
          if (visibleWidth(el) !== drawnWidth) render();
        });
  // …and the lane labels' column, which vis lays out over its first redraws.
  [el, el.querySelector('.vis-panel.vis-left')].forEach((n) => n && resized?.observe(n));
  timeline.on('rangechanged', onRange);
  timeline.on('rangechange', onRangeChange);
  timeline.on('select', onSelect);
  timeline.on('changed', onChanged);

  const unsubscribers = [
    // A change of language relabels the lanes and the axis (read through the store at each redraw).
    store.subscribe(
      (s) => s.lang,
      (lang) => {
        groups.update(
          groups.get().map((g) => {
            const actor = dataset.actorsById.get(g.id as ActorId);
            return actor ? { ...g, text: localShortName(actor, datasetLangOf(lang)) } : g;
          }),
        );
        timeline.redraw();
      },
    ),
    // A new selection (a click on an item: the panel is about to open beside the timeline, and the
    // window may move to keep the item clear of it) is placed at the next frame, before the paint,
    // when the panel has taken its room: the items are placed once, for the width they will have,
    // not now and again when the panel narrows the timeline.
    store.subscribe(
      selectTimelineInput,
      (input, prev) => {
        if (!selectionChanged(input, prev)) render();
        else frame ||= requestAnimationFrame(render);
      },
      { equalityFn: sameInput },
    ),
    // The echo guard: a window the timeline already shows is not pushed back to it.
    store.subscribe(
      (s) => s.window,
      (w) => {
        if (!sameWindow(timeline.getWindow(), w))
          timeline.setWindow(w.start, w.end, { animation: false });
      },
    ),
    store.subscribe(
      (s) => s.selectedEventId,
      (id) => {
        inOneLayout(showSelection);
        // The store's selectEvent has brought the event into the window; a selection alone does
        // not redraw the timeline, so ask for one, to reveal the item vertically.
        revealAttempts = id === null ? 0 : REVEAL_ATTEMPTS;
        if (id !== null) timeline.redraw();
      },
    ),
  ];
  return () => {
    cancelAnimationFrame(frame);
    resized?.disconnect();
    unsubscribers.forEach((u) => u());
    keys.detach();
    laneKeys.detach();
    detachTooltip();
    timeline.off('rangechanged', onRange);
    timeline.off('rangechange', onRangeChange);
    timeline.off('select', onSelect);
    timeline.off('changed', onChanged);
  };
}
