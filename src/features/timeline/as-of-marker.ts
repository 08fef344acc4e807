/**
 * The "as of" marker: a vis-timeline custom time bar standing in the middle of the day every
 * stance is read at. It follows the store (the centre of the window, or the pinned day); dragging
 * it pins the day it is dropped on. vis-timeline's bar is a bare div, so it is also made a
 * keyboard slider (←/→ a day, Page Up/Down thirty days, Home/End the span), the accessible twin
 * of dragging; the date field in the positions views is the other way to set the day.
 */
import type { Timeline } from 'vis-timeline/esnext';
import { DAY_MS, startOfDay } from '../../domain/dates';
import type { Millis, TimeWindow } from '../../domain/types';
import { centreWindowOn } from '../../domain/window-math';
import type { ParleyStore } from '../../store/create-store';
import { selectAsOfDay } from '../../store/selectors';
import { translator } from '../../i18n/translate';
import { dateFormatters } from '../../i18n/date-formatters';

const MARKER_ID = 'as-of';
/** The class of the bar whose label runs left of it (timeline.css). */
export const LEFT_CLASS = 'is-label-left';
/** The class of the bar whose label wraps onto two lines (neither side has room for one). */
export const WRAP_CLASS = 'is-label-wrapped';
/** How far Page Up / Page Down move the marker. */
const PAGE_DAYS = 30;

const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -PAGE_DAYS,
  PageUp: PAGE_DAYS,
};

/** Core's `setCustomTimeMarker` exists at runtime (vis-timeline 8) but is missing from its types. */
interface WithMarker {
  setCustomTimeMarker(content: string, id: string, editable?: boolean): void;
}

/** Where the bar is drawn for a day: its middle, so that it reads as that day at any zoom. */
function markerTime(day: Millis): Date {
  return new Date(day + DAY_MS / 2);
}

/** The day a key moves the marker to from `day` (unclamped), or `null` for other keys. */
export function dayForKey(key: string, day: Millis, span: TimeWindow): Millis | null {
  const step = KEY_STEPS[key];
  if (step !== undefined) return day + step * DAY_MS;
  if (key === 'Home') return span.start;
  if (key === 'End') return startOfDay(span.end - 1);
  return null;
}

/** Gives the bar its slider role, name and range (in days from the start of the span). */
function makeSlider(bar: HTMLElement, label: string, span: TimeWindow): void {
  bar.tabIndex = 0;
  bar.setAttribute('role', 'slider');
  bar.setAttribute('aria-label', label);
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', String(Math.round((span.end - 1 - span.start) / DAY_MS)));
}

function describeSlider(bar: HTMLElement, day: Millis, span: TimeWindow, lang: string): void {
  bar.setAttribute('aria-valuenow', String(Math.round((day - span.start) / DAY_MS)));
  bar.setAttribute('aria-valuetext', dateFormatters(lang).formatDay(day));
}

/**
 * Adds the marker to `timeline` and keeps it in step with `store`. `container` is the element
 * the timeline was created in, where the bar is found to make it keyboard-operable. Returns the
 * cleanup, to be called before `timeline.destroy()`.
 */
export function attachAsOfMarker(
  timeline: Timeline,
  store: ParleyStore,
  container?: HTMLElement,
): () => void {
  const { span } = store.getState().dataset;
  const clamp = (day: Millis) =>
    Math.min(Math.max(startOfDay(day), span.start), startOfDay(span.end - 1));
  const t = () => translator(store.getState().lang);
  const dates = () => dateFormatters(store.getState().lang);
  const label = (day: Millis) =>
    // The text goes through vis-timeline's (sanitised) innerHTML; it is our own date text.
    (timeline as unknown as WithMarker).setCustomTimeMarker(
      t()('asOf.marker', { date: dates().formatShortDay(day) }),
      MARKER_ID,
    );

  // vis-timeline puts the bar in the page on a redraw that may come after addCustomTime: look
  // for it whenever the marker moves or the timeline redraws, until it is found.
  let bar: HTMLElement | null = null;
  const findBar = () => {
    if (bar || !container) return;
    bar = container.querySelector<HTMLElement>(`.vis-custom-time.${MARKER_ID}`);
    if (!bar) return;
    makeSlider(bar, t()('asOf.markerLabel'), span);
    describeSlider(bar, selectAsOfDay(store.getState()), span, store.getState().lang);
    bar.addEventListener('keydown', onKey);
  };

  // Where the label would run out of the items' area (near its right edge, in an embed 320 px
  // wide or beside an open panel), it runs left of the bar if there is more room there; where
  // neither side holds it, it wraps in the wider side. Measured after each redraw.
  const side = () => {
    const marker = bar?.querySelector<HTMLElement>('.vis-custom-time-marker');
    const items = container?.querySelector('.vis-panel.vis-center');
    if (!bar || !marker || !items) return;
    bar.classList.remove(LEFT_CLASS, WRAP_CLASS);
    marker.style.width = '';
    const need = marker.offsetWidth;
    const area = items.getBoundingClientRect();
    const at = bar.getBoundingClientRect();
    const right = area.right - at.right;
    const left = at.left - area.left;
    if (need <= right) return;
    bar.classList.toggle(LEFT_CLASS, left > right);
    if (need <= Math.max(left, right)) return;
    bar.classList.add(WRAP_CLASS);
    // A width, not a maximum: the label hangs off a 3 px bar, whose width would be its limit.
    marker.style.width = `${Math.max(Math.floor(Math.max(left, right)), 0)}px`;
  };

  const place = (day: Millis) => {
    timeline.setCustomTimeTitle(
      t()('asOf.markerTitle', { date: dates().formatDay(day) }),
      MARKER_ID,
    );
    timeline.setCustomTime(markerTime(day), MARKER_ID);
    label(day);
    findBar();
    if (bar) describeSlider(bar, day, span, store.getState().lang);
  };

  const pin = (day: Millis) => {
    store.getState().pinAsOf(clamp(day));
    // A drop within the same day changes nothing in the store: snap the bar back to mid-day.
    place(selectAsOfDay(store.getState()));
  };

  const onChange = (props: { id: string; time: Date }) => {
    if (props.id === MARKER_ID) label(clamp(props.time.getTime()));
  };
  const onChanged = (props: { id: string; time: Date }) => {
    if (props.id === MARKER_ID) pin(props.time.getTime());
  };
  const onKey = (e: KeyboardEvent) => {
    const next = dayForKey(e.key, selectAsOfDay(store.getState()), span);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    pin(next);
    // Keep the marker in view as it is moved past the edge of the window.
    const s = store.getState();
    const day = selectAsOfDay(s);
    if (day < s.window.start || day >= s.window.end) {
      s.setWindow(centreWindowOn(s.window, day + DAY_MS / 2, span));
    }
  };

  timeline.addCustomTime(markerTime(selectAsOfDay(store.getState())), MARKER_ID);
  place(selectAsOfDay(store.getState()));
  timeline.on('timechange', onChange);
  timeline.on('timechanged', onChanged);
  const onRedraw = () => {
    findBar();
    side();
  };
  timeline.on('changed', onRedraw);
  const unsubscribe = store.subscribe(selectAsOfDay, place);
  // A new interface language rewrites the marker's words and dates.
  const unsubscribeLang = store.subscribe(
    (s) => s.lang,
    () => {
      bar?.setAttribute('aria-label', t()('asOf.markerLabel'));
      place(selectAsOfDay(store.getState()));
    },
  );
  return () => {
    unsubscribe();
    unsubscribeLang();
    bar?.removeEventListener('keydown', onKey);
    timeline.off('timechange', onChange);
    timeline.off('timechanged', onChanged);
    timeline.off('changed', onRedraw);
    timeline.removeCustomTime(MARKER_ID);
  };
}
