/**
 * The first frame of the default view, as static HTML and CSS, from the bundled dataset: the
 * header (app name, dataset title) and the default window's events as lightweight labels in their
 * lanes, positioned as percentages of the window (see prerender.ts for where it goes and how the
 * app replaces it). No inline style (the CSP has `style-src 'self'`): every position is a class
 * of the generated stylesheet. Pure: dataset in, strings out.
 */
import type { Dataset, ParleyEvent, TimeWindow } from '../src/domain/types';
import { defaultWindow } from '../src/domain/view-window';
import { eventLane, lanesFor } from '../src/domain/lanes';
import { localShortName, localised } from '../src/domain/localise';
import { formatShortDay } from '../src/domain/dates';

/** Rows a lane may stack before further events go unshown (they stay in the list, for AT). */
export const MAX_ROWS = 3;
/** The share of the window one label claims before the next may share its row (≈ 150 px). */
export const LABEL_SHARE = 0.13;
/** The widest a label may run, as a share of the window. */
const MAX_LABEL_SHARE = 0.3;
const ROW_PX = 30;

export interface FrameText {
  readonly appName: string;
  /** The timeline's accessible name (the app's `timeline.label`). */
  readonly timelineLabel: string;
}

/** Where the page's `<noscript>` goes, inside the frame's main landmark. */
export const NOSCRIPT_MARKER = '<!--parley:noscript-->';

export interface PrerenderedFrame {
  /** The `<div id="prerender">` element and everything in it. */
  readonly html: string;
  /** The rules that place its labels (to append to the static stylesheet). */
  readonly css: string;
  /** Ids of the events drawn, in document order (the e2e tests look for them). */
  readonly shown: readonly string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const pct = (x: number) => `${(x * 100).toFixed(3).replace(/\.?0+$/, '')}%`;

interface Placed {
  readonly event: ParleyEvent;
  readonly left: number;
  readonly row: number;
  width: number;
}

/** Greedy rows: each label takes the first row where the previous one has left room. */
export function placeInRows(
  events: readonly ParleyEvent[],
  window: TimeWindow,
): { placed: Placed[]; unplaced: ParleyEvent[] } {
  const span = window.end - window.start;
  const rowEnds: number[] = [];
  const placed: Placed[] = [];
  const unplaced: ParleyEvent[] = [];
  for (const event of [...events].sort((a, b) => a.start - b.start)) {
    const left = Math.max(0, (event.start - window.start) / span);
    let row = rowEnds.findIndex((end) => end <= left);
    if (row === -1 && rowEnds.length < MAX_ROWS) row = rowEnds.length;
    if (row === -1) {
      unplaced.push(event);
      continue;
    }
    rowEnds[row] = left + LABEL_SHARE;
    placed.push({ event, left, row, width: MAX_LABEL_SHARE });
  }
  // A label runs to the next label of its row (or the window's edge), at most MAX_LABEL_SHARE.
  for (const p of placed) {
    const next = placed.find((q) => q.row === p.row && q.left > p.left);
    p.width = Math.min(MAX_LABEL_SHARE, (next ? next.left : 1) - p.left);
  }
  return { placed, unplaced };
}

/** Month ticks of the axis: each month's first day inside the window. */
export function monthTicks(window: TimeWindow): { at: number; label: string; quarter: boolean }[] {
  const ticks: { at: number; label: string; quarter: boolean }[] = [];
  const d = new Date(window.start);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
  while (t < window.end) {
    const m = new Date(t);
    const label =
      m.getUTCMonth() === 0 ? `${month.format(t)} ${m.getUTCFullYear()}` : month.format(t);
    const at = (t - window.start) / (window.end - window.start);
    ticks.push({ at, label, quarter: m.getUTCMonth() % 3 === 0 });
    t = Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1);
  }
  return ticks;
}

function inWindow(e: ParleyEvent, w: TimeWindow): boolean {
  return e.start < w.end && e.end > w.start;
}

/** The frame for `dataset`'s default window, in English (the default link's language). */
export function prerenderFrame(dataset: Dataset, text: FrameText): PrerenderedFrame {
  const window = defaultWindow(dataset.presets, dataset.span);
  const events = dataset.events.filter((e) => inWindow(e, window));
  const css: string[] = [];
  const shown: string[] = [];
  const ticks = monthTicks(window).map((tick, i) => {
    css.push(`.pre-m${i}{left:${pct(tick.at)}}`);
    const cls = `pre-tick pre-m${i}${tick.quarter ? '' : ' pre-minor'}`;
    return `<span class="${cls}">${escapeHtml(tick.label)}</span>`;
  });
  let n = 0;
  const lanes = lanesFor(events, dataset).map((actor, laneIndex) => {
    const laneEvents = events.filter((e) => eventLane(e, dataset) === actor.id);
    const { placed, unplaced } = placeInRows(laneEvents, window);
    const rows = Math.max(1, ...placed.map((p) => p.row + 1));
    css.push(`.pre-l${laneIndex}{--lane-colour:${actor.color};min-height:${rows * ROW_PX + 8}px}`);
    const item = (e: ParleyEvent, cls: string) => {
      const date = formatShortDay(e.start, 'en-GB');
      return (
        `<li class="pre-event kind-${e.kind}${cls}"><span class="pre-dot"></span>` +
        `<span class="pre-text">${escapeHtml(e.title)}</span>` +
        `<span class="pre-sr">, ${escapeHtml(date)}</span></li>`
      );
    };
    const items = placed.map((p) => {
      const cls = `pre-e${n++}`;
      css.push(`.${cls}{left:${pct(p.left)};top:${p.row * ROW_PX}px;max-width:${pct(p.width)}}`);
      shown.push(p.event.id);
      return item(p.event, ` ${cls}`);
    });
    // Further events are in the list for screen readers; the app shows them once it runs.
    const rest = unplaced.map((e) => item(e, ' pre-unshown'));
    const name = escapeHtml(localShortName(actor, 'en'));
    return (
      `<li class="pre-lane pre-l${laneIndex}"><h2 class="pre-lane-name">${name}</h2>` +
      `<ul class="pre-track" aria-label="${name}">${[...items, ...rest].join('')}</ul></li>`
    );
  });
  const title = escapeHtml(localised(dataset.meta, 'title', 'en').text);
  const html =
    `<div id="prerender" class="prerender">` +
    `<header class="pre-header"><span class="pre-name">${escapeHtml(text.appName)}</span>` +
    `<h1 class="pre-title">${title}</h1></header>` +
    `<main class="pre-main"><section class="pre-timeline" aria-label="${escapeHtml(text.timelineLabel)}">` +
    `<div class="pre-axis" aria-hidden="true">${ticks.join('')}</div>` +
    `<ul class="pre-lanes">${lanes.join('')}</ul></section>` +
    `${NOSCRIPT_MARKER}</main></div>`;
  return { html, css: css.join('\n'), shown };
}
