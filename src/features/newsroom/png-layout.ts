/**
 * The exported picture of the timeline, laid out from state rather than copied from the page: a
 * pure function of the events, the window and the selection, drawn by `png-draw.ts`. Every lane
 * with an event in the window gets a row (so the height follows the number of lanes), every label
 * is wrapped to stay inside the picture, and the caption names the dataset, the dates, the
 * selected event, the link and the sources of the events shown.
 */
import { lanesFor, eventLane } from '../../domain/lanes';
import { resolveSources } from '../../domain/resolve-sources';
import { DAY_MS } from '../../domain/dates';
import type { Actor, Dataset, EventId, ParleyEvent, TimeWindow } from '../../domain/types';
import { EVENT_KINDS, type EventKind } from '../../domain/vocabulary';
import { axisTicks } from './png-axis';
import { wrapText, type Measure, type PngFont } from './png-text';

export type { Measure, PngFont } from './png-text';

/** The picture's width in CSS pixels (the file has twice as many). */
export const PNG_WIDTH = 1200;
const PAD = 24;
const GUTTER = 150;
const PLOT_LEFT = PAD + GUTTER;
const PLOT_RIGHT = PNG_WIDTH - PAD;
const LABEL_MAX = 220;
const LINE = 16;
const BOX_PAD = 6;
/**
 * Rows a lane may stack (more in a window of a month or less, where every label matters); events
 * that find no room are drawn as dots on the lane's line and counted in the caption.
 */
const MAX_ROWS = 4;
const MAX_ROWS_DETAIL = 8;

export interface PngText {
  readonly text: string;
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly font: PngFont;
  readonly muted?: boolean;
}

export interface PngBox {
  readonly eventId: EventId;
  readonly kind: EventKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where the event starts on the axis (the box may sit left of it near the right edge). */
  readonly anchorX: number;
  /** Where a multi-day event ends, or undefined for a one-day event. */
  readonly endX?: number;
  readonly lines: readonly string[];
  readonly selected: boolean;
}

export interface PngDot {
  readonly eventId: EventId;
  readonly kind: EventKind;
  readonly x: number;
  readonly y: number;
  readonly selected: boolean;
}

export interface PngLane {
  readonly name: string;
  /** The name wrapped to the gutter. */
  readonly lines: readonly string[];
  readonly top: number;
  readonly height: number;
}

export interface PngLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly lanes: readonly PngLane[];
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly boxes: readonly PngBox[];
  readonly dots: readonly PngDot[];
  readonly legend: readonly { readonly kind: EventKind; readonly x: number; readonly y: number }[];
  readonly texts: readonly PngText[];
  /** The picture in words: for the alt text and the download status. */
  readonly alt: string;
}

export interface PngLayoutInput {
  /** The events that pass the filters, in chronological order (those outside the window are left out). */
  readonly events: readonly ParleyEvent[];
  readonly window: TimeWindow;
  readonly data: Pick<Dataset, 'actorsById' | 'sourcesById'>;
  readonly selectedId: EventId | null;
  /** A BCP 47 tag for the axis dates (always in UTC). */
  readonly locale: string;
  readonly laneName: (actor: Actor) => string;
  readonly kindName: (kind: EventKind) => string;
  /** Words of the caption, in the interface language. */
  readonly words: {
    readonly title: string;
    readonly period: string;
    readonly selected?: string;
    readonly sources: string;
    readonly footer: string;
    /** The note under the legend when `count` events are drawn as dots. */
    readonly dots: (count: number) => string;
  };
  readonly measure: Measure;
}

type Placed = { e: ParleyEvent; x: number; w: number; lines: string[]; row: number };

/** Boxes of one lane, packed into rows; the selected event first, so it always has a label. */
function packLane(
  events: readonly ParleyEvent[],
  input: PngLayoutInput,
  xOf: (t: number) => number,
) {
  const maxRows = input.window.end - input.window.start <= 31 * DAY_MS ? MAX_ROWS_DETAIL : MAX_ROWS;
  const rows: { from: number; to: number }[][] = [];
  const placed: Placed[] = [];
  const dots: ParleyEvent[] = [];
  const order = [...events].sort(
    (a, b) =>
      Number(b.id === input.selectedId) - Number(a.id === input.selectedId) || a.start - b.start,
  );
  for (const e of order) {
    const font: PngFont = e.id === input.selectedId ? 'labelBold' : 'label';
    const lines = wrapText(e.title, LABEL_MAX - 2 * BOX_PAD, font, input.measure);
    const w = Math.max(...lines.map((l) => input.measure(l, font))) + 2 * BOX_PAD;
    // A box starts at its event, or ends at the picture's edge if it would cross it.
    const x = Math.max(PLOT_LEFT, Math.min(xOf(e.start), PLOT_RIGHT - w));
    // A multi-day event's bar runs to its end: the row is taken up to there too.
    const span = { from: x, to: Math.max(x + w, e.end - e.start > DAY_MS ? xOf(e.end) : 0) + 4 };
    let row = rows.findIndex((r) => r.every((o) => o.to <= span.from || o.from >= span.to));
    if (row < 0 && rows.length < maxRows) row = rows.push([]) - 1;
    if (row < 0) {
      dots.push(e);
      continue;
    }
    rows[row]!.push(span);
    placed.push({ e, x, w, lines, row });
  }
  const heights = rows.map((_, r) =>
    Math.max(...placed.filter((p) => p.row === r).map((p) => p.lines.length * LINE + 2 * BOX_PAD)),
  );
  return { placed, dots, heights };
}

/** The picture, laid out: sizes, positions and words, with nothing drawn yet. */
export function layoutPng(input: PngLayoutInput): PngLayout {
  const { window: win, measure } = input;
  const inWindow = input.events.filter((e) => e.start < win.end && e.end > win.start);
  const scale = (PLOT_RIGHT - PLOT_LEFT) / Math.max(win.end - win.start, 1);
  const xOf = (t: number) =>
    PLOT_LEFT + (Math.min(Math.max(t, win.start), win.end) - win.start) * scale;
  const texts: PngText[] = [];
  let y = PAD - 6;
  // A dataset's own title may be long: it wraps like every other line of the caption.
  for (const line of wrapText(input.words.title, PNG_WIDTH - 2 * PAD, 'title', measure)) {
    y += 26;
    texts.push({ text: line, x: PAD, y, font: 'title' });
  }
  y += 22;
  texts.push({ text: input.words.period, x: PAD, y, font: 'body', muted: true });
  if (input.words.selected) {
    for (const line of wrapText(input.words.selected, PNG_WIDTH - 2 * PAD, 'bodyBold', measure)) {
      y += 20;
      texts.push({ text: line, x: PAD, y, font: 'bodyBold' });
    }
  }
  const axisY = y + 30;
  const ticks = axisTicks(win, input.locale).map((t) => ({ x: xOf(t.at), label: t.label }));
  const lanes: PngLane[] = [];
  const boxes: PngBox[] = [];
  const dots: PngDot[] = [];
  let top = axisY + 8;
  for (const actor of lanesFor(inWindow, input.data)) {
    const events = inWindow.filter((e) => eventLane(e, input.data) === actor.id);
    const lane = packLane(events, input, xOf);
    const rowTops = lane.heights.map(
      (_, r) => top + 8 + lane.heights.slice(0, r).reduce((a, b) => a + b + 6, 0),
    );
    const name = input.laneName(actor);
    const lines = wrapText(name, GUTTER - 12, 'labelBold', measure);
    const height = Math.max(
      lane.heights.reduce((a, b) => a + b + 6, 0) + 10 + (lane.dots.length ? 14 : 0),
      lines.length * LINE + 16,
    );
    for (const p of lane.placed) {
      const isRange = p.e.end - p.e.start > DAY_MS;
      boxes.push({
        eventId: p.e.id,
        kind: p.e.kind,
        x: p.x,
        y: rowTops[p.row]!,
        width: p.w,
        height: lane.heights[p.row]!,
        anchorX: xOf(p.e.start),
        endX: isRange ? xOf(p.e.end) : undefined,
        lines: p.lines,
        selected: p.e.id === input.selectedId,
      });
    }
    for (const e of lane.dots) {
      dots.push({
        eventId: e.id,
        kind: e.kind,
        x: xOf(e.start),
        y: top + height - 10,
        selected: false,
      });
    }
    lanes.push({ name, lines, top, height });
    top += height;
  }
  const plot = { left: PLOT_LEFT, right: PLOT_RIGHT, top: axisY, bottom: top };
  // The legend: the kinds of the events shown, flowing over as many lines as needed.
  const legend: { kind: EventKind; x: number; y: number }[] = [];
  let lx = PAD;
  let ly = top + 28;
  for (const kind of EVENT_KINDS.filter((k) => inWindow.some((e) => e.kind === k))) {
    const w = 18 + measure(input.kindName(kind), 'small') + 18;
    if (lx + w > PNG_WIDTH - PAD) {
      lx = PAD;
      ly += 20;
    }
    legend.push({ kind, x: lx, y: ly });
    texts.push({ text: input.kindName(kind), x: lx + 16, y: ly + 4, font: 'small' });
    lx += w;
  }
  y = ly + 8;
  if (dots.length) {
    y += 18;
    texts.push({ text: input.words.dots(dots.length), x: PAD, y, font: 'small', muted: true });
  }
  const publishers = [
    ...new Set(
      inWindow.flatMap((e) => resolveSources(e.sources, input.data).map((s) => s.publisher)),
    ),
  ];
  const sourceText = `${input.words.sources} ${publishers.join(', ')}`;
  for (const line of [
    ...wrapText(sourceText, PNG_WIDTH - 2 * PAD, 'small', measure),
    ...wrapText(input.words.footer, PNG_WIDTH - 2 * PAD, 'small', measure),
  ]) {
    y += 18;
    texts.push({ text: line, x: PAD, y, font: 'small', muted: true });
  }
  const alt = [input.words.title, input.words.period, input.words.selected, sourceText]
    .filter(Boolean)
    .join('. ');
  return {
    width: PNG_WIDTH,
    height: Math.ceil(y + PAD),
    plot,
    lanes,
    ticks,
    boxes,
    dots,
    legend,
    texts,
    alt,
  };
}
