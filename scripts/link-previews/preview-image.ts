/**
 * The link-preview picture (Open Graph / Twitter card), drawn at build time from the bundled
 * dataset: the timeline's busiest lanes across the whole span, one mark per event, month ticks
 * and the app's mark. Text is left to the tags (`og:title`, `og:description`): no fonts needed.
 */
import { DAY_MS } from '../../src/domain/dates';
import { eventLane, lanesFor } from '../../src/domain/lanes';
import type { Dataset } from '../../src/domain/types';
import { createRaster, encodePng, fillRect, type Rgb } from './png';

/** The size Open Graph and Twitter's large card expect (1.91:1). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/** Lanes drawn: the busiest ones, as many as stay readable at a thumbnail's size. */
export const PREVIEW_LANES = 8;

const BACKGROUND: Rgb = [0xf8, 0xfa, 0xfc];
const LANE: Rgb = [0xe2, 0xe8, 0xf0];
const AXIS: Rgb = [0x64, 0x74, 0x8b];
const MARK: Rgb = [0x1e, 0x29, 0x3b];

function hex(color: string | undefined, fallback: Rgb): Rgb {
  const m = color && /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return fallback;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/** The app's mark (as in the favicon: three bars on a baseline), at the top left. */
function drawMark(r: ReturnType<typeof createRaster>): void {
  fillRect(r, 60, 112, 100, 12, MARK);
  fillRect(r, 74, 72, 12, 44, MARK);
  fillRect(r, 104, 40, 12, 76, MARK);
  fillRect(r, 134, 88, 12, 28, MARK);
}

export function previewImage(dataset: Dataset): Buffer {
  const r = createRaster(PREVIEW_WIDTH, PREVIEW_HEIGHT, BACKGROUND);
  drawMark(r);
  const left = 60;
  const right = PREVIEW_WIDTH - 60;
  const top = 170;
  const bottom = PREVIEW_HEIGHT - 80;
  const { span } = dataset;
  const x = (t: number) => left + ((t - span.start) / (span.end - span.start)) * (right - left);
  const lanes = lanesFor(dataset.events, dataset).slice(0, PREVIEW_LANES);
  const laneHeight = (bottom - top) / Math.max(lanes.length, 1);
  lanes.forEach((_, i) => {
    if (i % 2 === 0) fillRect(r, left, top + i * laneHeight, right - left, laneHeight, LANE);
  });
  for (const e of dataset.events) {
    const i = lanes.findIndex((l) => l.id === eventLane(e, dataset));
    if (i < 0) continue;
    const colour = hex(lanes[i]!.color, MARK);
    const width = Math.max(6, x(e.end) - x(e.start));
    fillRect(
      r,
      x(e.start),
      top + i * laneHeight + laneHeight * 0.2,
      width,
      laneHeight * 0.6,
      colour,
    );
  }
  fillRect(r, left, bottom + 8, right - left, 3, AXIS);
  // A tick on the first day of each month.
  for (let t = span.start; t < span.end; t += DAY_MS)
    if (new Date(t).getUTCDate() === 1) fillRect(r, x(t) - 1, bottom + 8, 3, 14, AXIS);
  return encodePng(r);
}
