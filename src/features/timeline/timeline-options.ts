/** vis-timeline's options and templates for Parley: UTC days, plain-text items, lane labels. */
import type { TimelineOptions } from 'vis-timeline/esnext';
import moment from 'moment';
import type { TimeWindow } from '../../domain/types';
import { DAY_MS } from '../../domain/dates';
import { viewBounds } from '../../domain/view-window';
import { axisLabels } from '../../i18n/axis-labels';

/** A lane as vis-timeline's groups DataSet holds it. */
export interface VisGroup {
  readonly id: string;
  readonly content: string;
  readonly text: string;
  readonly color: string;
  readonly order: number;
  readonly visible: boolean;
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
  lang: () => string = () => 'en',
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
