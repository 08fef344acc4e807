/** vis-timeline's options and templates for Parley: UTC days, plain-text items, lane labels. */
import type { TimelineOptions } from 'vis-timeline/esnext';
import moment from 'moment';
import type { TimeWindow } from '../../domain/types';
import { DAY_MS } from '../../domain/dates';
import { viewBounds } from '../../domain/view-window';
import type { TimelineItem } from './to-timeline-items';
import { ITEM_ATTR } from './item-keys';
import type { ALIGNED_POINT } from './aligned-point';
import { LANE_ATTR } from './lane-keys';
import { axisFormat } from './axis-format';
import { CONTENT_LANG } from '../../i18n/use-content-lang';
import { dateLocaleOf } from '../../i18n/translate';

/** A lane as vis-timeline's groups DataSet holds it. */
export interface VisGroup {
  readonly id: string;
  readonly content: string;
  readonly text: string;
  readonly color: string;
  readonly order: number;
  readonly visible: boolean;
  /** `is-empty` for a lane with nothing in the window (a thin row). */
  readonly className: string;
}

/** An item as vis-timeline's items DataSet holds it: points are `ALIGNED_POINT`s. */
export interface VisItem extends Omit<TimelineItem, 'eventIds' | 'type'> {
  readonly type: 'range' | typeof ALIGNED_POINT;
  readonly content: string;
}

/**
 * An item's content: its text (cut with an ellipsis at the room it has), operable as a button
 * whose name is the whole label. Focus and ←/→ are item-keys.ts's; the tooltip item-tooltip.ts's.
 */
export function itemElement(item: VisItem, container?: HTMLElement | null): HTMLElement {
  // Update the drawn element in place when there is one: vis then keeps it (same element, no
  // change), so a redraw (a new width, a new selection) never takes focus away from an item.
  const drawn = container?.firstElementChild;
  const span =
    drawn instanceof HTMLElement && drawn.getAttribute(ITEM_ATTR) === item.id
      ? drawn
      : textElement('', 'item-text');
  if (span.textContent !== item.text) span.textContent = item.text;
  span.setAttribute(ITEM_ATTR, item.id);
  span.setAttribute('role', 'button');
  span.setAttribute('aria-label', item.label);
  // An event's title is the dataset's own words (an aggregate's name is the interface's).
  if (item.expand === undefined) span.setAttribute('lang', CONTENT_LANG);
  else span.removeAttribute('lang');
  if (span !== drawn) span.tabIndex = -1;
  span.style.maxWidth = item.roomPx === undefined ? '' : `${item.roomPx}px`;
  if (item.expand === 'list') span.setAttribute('aria-haspopup', 'dialog');
  else span.removeAttribute('aria-haspopup');
  return span;
}

export function textElement(text: string, className?: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (className) span.className = className;
  return span;
}

export function timelineOptions(
  span: TimeWindow,
  window: TimeWindow,
  lang: string,
): TimelineOptions {
  // Room to pan a little past either end; the store keeps windows inside the same bounds.
  const bounds = viewBounds(span);
  return {
    rtl: false,
    start: window.start,
    end: window.end,
    min: bounds.start,
    max: bounds.end,
    zoomMin: DAY_MS,
    zoomMax: bounds.end - bounds.start,
    // Dates are days: show them in UTC so no day shifts with the viewer's time zone. The axis's
    // words come from Intl in the interface language (axis-format.ts), not moment's locales.
    moment: (date: moment.MomentInput) => moment(date).utc(),
    format: axisFormat(dateLocaleOf(lang)),
    // Short minor labels ("21", "Mar"): room for day labels even on a phone.
    maxMinorChars: 4,
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    groupOrder: 'order',
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
    tooltip: { followMouse: false, overflowMethod: 'cap' },
    template: (item: VisItem | null, element: HTMLElement | null) =>
      item ? itemElement(item, element) : textElement(''),
    groupTemplate: (group: VisGroup | null) => {
      if (!group) return textElement('');
      const label = textElement(group.text, 'lane-label');
      label.setAttribute(LANE_ATTR, group.id);
      // Opens the actor's panel, by pointer or keyboard (lane-keys.ts gives the Tab stop).
      label.setAttribute('role', 'button');
      label.tabIndex = -1;
      label.style.setProperty('--lane-colour', group.color);
      return label;
    },
    height: '100%',
    verticalScroll: true,
    zoomKey: 'ctrlKey',
  };
}
