/**
 * The vis-timeline adapter: one Timeline instance per mount, created in an effect and destroyed on
 * unmount. Data changes go through DataSets; the store is the source of truth for the window and
 * the selection, and only user-initiated range changes are written back to it.
 */
import { useEffect, useRef } from 'react';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import type { ActorId, EventId, TimeWindow } from '../../domain/types';
import { useParleyStoreApi } from '../../store/StoreContext';
import { selectTimelineInput } from './select-timeline-input';
import { toTimelineItems, type TimelineItem } from './to-timeline-items';
import { eventLane, lanesFor } from '../../domain/lanes';
import { DAY_MS } from '../../domain/dates';
import { syncDataSet } from './sync-data-set';
import { translator } from '../../i18n/translate';
import { axisLabels } from '../../i18n/axis-labels';
import { datasetLangOf } from '../../i18n/languages';
import { localShortName } from '../../domain/localise';
import { attachAsOfMarker } from './as-of-marker';

/** A window change smaller than this is the timeline echoing the store, not a new window. */
const WINDOW_EPSILON_MS = 60_000;
/** About the width of one item label (see timeline.css): events closer than this compete. */
const LABEL_WIDTH_PX = 250;

interface VisItem extends Omit<TimelineItem, 'eventIds'> {
  readonly content: string;
}

interface VisGroup {
  readonly id: string;
  readonly content: string;
  readonly text: string;
  readonly color: string;
  readonly order: number;
  readonly visible: boolean;
}

function textElement(text: string, className?: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (className) span.className = className;
  return span;
}

function options(span: TimeWindow, window: TimeWindow, lang: () => string): TimelineOptions {
  // Room to pan a little past either end; more after the end, where the last labels run.
  const margin = Math.max(15 * DAY_MS, (span.end - span.start) * 0.03);
  const after = Math.max(margin, (span.end - span.start) * 0.18);
  return {
    rtl: false,
    start: window.start,
    end: window.end,
    min: span.start - margin,
    max: span.end + after,
    zoomMin: DAY_MS,
    zoomMax: span.end - span.start + margin + after,
    // Dates are days: show them in UTC so no day shifts with the viewer's time zone. The axis is
    // labelled through Intl in the interface language (moment's locales would add to the bundle).
    moment: (date: moment.MomentInput) => moment(date).utc(),
    format: axisLabels(lang),
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    groupOrder: 'order',
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
    tooltip: { followMouse: false, overflowMethod: 'cap' },
    template: (item: { text: string }) => textElement(item.text),
    groupTemplate: (group: VisGroup | null) => {
      if (!group) return textElement('');
      const label = textElement(group.text, 'lane-label');
      label.dataset.lane = group.id;
      label.style.setProperty('--lane-colour', group.color);
      return label;
    },
    height: '100%',
    verticalScroll: true,
    zoomKey: 'ctrlKey',
  };
}

export function TimelineView() {
  const store = useParleyStoreApi();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const state = store.getState();
    const { dataset } = state;
    const items = new DataSet<VisItem>();
    const groups = new DataSet<VisGroup>(
      lanesFor(dataset.events, dataset).map((a, i) => ({
        id: a.id,
        content: '',
        text: localShortName(a, datasetLangOf(state.lang)),
        color: a.color,
        order: i,
        visible: true,
      })),
    );
    const itemEvents = new Map<string, readonly EventId[]>();
    const lang = () => store.getState().lang;
    const timeline = new Timeline(el, items, groups, options(dataset.span, state.window, lang));
    makeLanesScrollable(el, translator(state.lang)('timeline.lanes'));

    const render = () => {
      const input = selectTimelineInput(store.getState());
      const width = el.clientWidth || 1000;
      const next = toTimelineItems(input.events, input.window, dataset, {
        highlight: input.highlight,
        keep: input.selected,
        clusterMs: ((input.window.end - input.window.start) * LABEL_WIDTH_PX) / width,
        aggregateLabel: (count) => translator(input.lang)('timeline.aggregate', { count }),
      });
      itemEvents.clear();
      for (const item of next) itemEvents.set(item.id, item.eventIds);
      showOnlyLanesWithItems(groups, next);
      syncDataSet(
        items,
        next.map(({ eventIds: _ids, ...rest }) => ({ ...rest, content: '' })),
      );
      const selected = store.getState().selectedEventId;
      timeline.setSelection(selected && itemEvents.has(selected) ? [selected] : []);
    };
    render();

    timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
      if (!props.byUser) return;
      store.getState().setWindow({ start: props.start.getTime(), end: props.end.getTime() });
    });
    timeline.on('select', (props: { items: string[]; event?: unknown }) => {
      const id = props.items[0];
      if (id === undefined) return;
      const ids = itemEvents.get(id) ?? [];
      if (ids.length > 1) {
        const item = items.get(id);
        if (item) timeline.setWindow(item.start, item.end ?? item.start + DAY_MS);
        return;
      }
      store.getState().selectEvent(ids[0] ?? null);
    });

    // After a selection from outside (a panel, presentation mode, a story), scroll the lanes so
    // the selected item shows: it may sit in a lane below the visible ones, where vis-timeline
    // does not even draw it. So: scroll its lane into view, and once drawn, the item itself.
    // Each scroll makes the timeline redraw, hence a few attempts, one per redraw.
    let revealAttempts = 0;
    timeline.on('changed', () => {
      if (revealAttempts === 0) return;
      revealAttempts -= 1;
      const id = store.getState().selectedEventId;
      const e = id ? dataset.eventsById.get(id) : undefined;
      if (
        !e ||
        revealSelectedItem(el, eventLane(e, dataset), (px) => scrollLanes(timeline, px)) ===
          'in-view'
      )
        revealAttempts = 0;
    });

    timeline.on('click', (props: { what?: string; group?: string | number | null }) => {
      if (props.what === 'group-label' && props.group != null) {
        store.getState().openActor(String(props.group) as ActorId);
      }
    });

    const unsubscribers = [
      attachAsOfMarker(timeline, store, el),
      // A change of language relabels the lanes and the axis (read through `lang` at each redraw).
      store.subscribe(lang, (l) => {
        groups.update(
          groups.get().map((g) => {
            const actor = dataset.actorsById.get(g.id as ActorId);
            return actor ? { ...g, text: localShortName(actor, datasetLangOf(l)) } : g;
          }),
        );
        timeline.redraw();
      }),
      store.subscribe(selectTimelineInput, render, { equalityFn: sameInput }),
      store.subscribe(
        (s) => s.window,
        (w) => {
          const current = timeline.getWindow();
          const same =
            Math.abs(current.start.getTime() - w.start) < WINDOW_EPSILON_MS &&
            Math.abs(current.end.getTime() - w.end) < WINDOW_EPSILON_MS;
          if (!same) timeline.setWindow(w.start, w.end, { animation: false });
        },
      ),
      store.subscribe(
        (s) => s.selectedEventId,
        (id) => {
          timeline.setSelection(id && itemEvents.has(id) ? [id] : []);
          // A selection alone does not redraw the timeline: ask for one, to reveal the item.
          revealAttempts = id === null ? 0 : 3;
          // (The store's selectEvent has already brought the event into the window.)
          if (id !== null) timeline.redraw();
        },
      ),
    ];
    return () => {
      unsubscribers.forEach((u) => u());
      timeline.destroy();
    };
  }, [store]);

  return <div ref={container} className="timeline" data-testid="timeline" />;
}

/** Filters hide items; a lane left empty by them is hidden too, rather than shown blank. */
function showOnlyLanesWithItems(groups: DataSet<VisGroup>, items: readonly TimelineItem[]): void {
  const used = new Set(items.map((i) => i.group));
  const changed = groups
    .get()
    .filter((g) => g.visible !== used.has(g.id))
    .map((g) => ({ ...g, visible: used.has(g.id) }));
  if (changed.length) groups.update(changed);
}

/** vis-timeline's lane column scrolls but cannot be reached by keyboard: make it a named region. */
function makeLanesScrollable(el: HTMLElement, label: string): void {
  const lanes = el.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (!lanes) return;
  lanes.tabIndex = 0;
  lanes.setAttribute('role', 'region');
  lanes.setAttribute('aria-label', label);
}

/**
 * Scrolls the lanes vertically so that the selected item, or else its lane (whose items are not
 * drawn while it is out of view), is in view. Says whether it was in view already.
 */
function revealSelectedItem(
  el: HTMLElement,
  lane: string,
  scrollBy: (px: number) => void,
): 'in-view' | 'scrolled' {
  const centre = el.querySelector('.vis-panel.vis-center');
  const target =
    el.querySelector('.vis-item.vis-selected') ??
    el.querySelector(`[data-lane="${CSS.escape(lane)}"]`)?.closest('.vis-label');
  if (!centre || !target) return 'in-view';
  const t = target.getBoundingClientRect();
  const c = centre.getBoundingClientRect();
  const margin = 8;
  let delta = 0;
  if (t.top < c.top) delta = t.top - c.top - margin;
  else if (t.bottom > c.bottom) delta = Math.min(t.bottom - c.bottom, t.top - c.top) + margin;
  if (delta !== 0) scrollBy(delta);
  return delta === 0 && target.classList.contains('vis-item') ? 'in-view' : 'scrolled';
}

/**
 * vis-timeline scrolls its lanes itself (a native scroll of the lane column is overwritten by its
 * next redraw), and only through these private methods, which its own `focus()` uses. Pinned
 * with the dependency's version; `focus()` itself would also re-centre the window.
 */
interface VerticalScroll {
  _getScrollTop(): number;
  _setScrollTop(top: number): number;
}

function scrollLanes(timeline: Timeline, px: number): void {
  const t = timeline as unknown as VerticalScroll;
  t._setScrollTop(t._getScrollTop() - px);
  timeline.redraw();
}

function sameInput(
  a: ReturnType<typeof selectTimelineInput>,
  b: ReturnType<typeof selectTimelineInput>,
): boolean {
  return (
    a.events === b.events &&
    a.highlight === b.highlight &&
    a.window === b.window &&
    a.selected === b.selected &&
    a.lang === b.lang
  );
}
