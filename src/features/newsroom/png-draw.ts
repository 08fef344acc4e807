/**
 * Draws a `PngLayout` on a canvas at twice its size and encodes it as PNG. Nothing is copied from
 * the page and no style is set on any element, so it runs under `style-src 'self'` and
 * `img-src 'self'` with no violation. The kinds' colours are read from the stylesheet (the
 * `--kind-colour` of `.kind-<kind>`), so the picture keeps the timeline's colours.
 */
import { EVENT_KINDS, type EventKind } from '../../domain/vocabulary';
import { layoutPng, type PngLayout, type PngLayoutInput } from './png-layout';
import { PNG_FONTS, type Measure } from './png-text';

/** A measure backed by a canvas context, for `layoutPng`. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, font) => {
    ctx.font = PNG_FONTS[font];
    return ctx.measureText(text).width;
  };
}

/** The colour of each kind, as the timeline's stylesheet sets it. */
function kindColours(): Record<EventKind, string> {
  const probe = document.createElement('span');
  probe.hidden = true;
  document.body.append(probe);
  const colours = {} as Record<EventKind, string>;
  for (const kind of EVENT_KINDS) {
    probe.className = `kind-${kind}`;
    colours[kind] = getComputedStyle(probe).getPropertyValue('--kind-colour').trim() || '#4b5563';
  }
  probe.remove();
  return colours;
}

const INK = '#1a202c';
const MUTED = '#4a5568';
const RULE = '#e2e8f0';
const SELECTED = '#facc15';

function drawGrid(ctx: CanvasRenderingContext2D, l: PngLayout) {
  ctx.fillStyle = MUTED;
  ctx.font = PNG_FONTS.small;
  ctx.textAlign = 'center';
  for (const tick of l.ticks) {
    ctx.fillRect(tick.x, l.plot.top - 4, 1, l.plot.bottom - l.plot.top + 4);
    const half = ctx.measureText(tick.label).width / 2;
    const x = Math.min(Math.max(tick.x, l.plot.left + half), l.plot.right - half);
    ctx.fillText(tick.label, x, l.plot.top - 8);
  }
  ctx.textAlign = 'start';
  l.lanes.forEach((lane, i) => {
    ctx.fillStyle = i % 2 ? '#f7fafc' : '#ffffff';
    ctx.globalAlpha = 0.85;
    ctx.fillRect(0, lane.top, l.width, lane.height);
    ctx.globalAlpha = 1;
    ctx.fillStyle = RULE;
    ctx.fillRect(0, lane.top + lane.height - 1, l.width, 1);
    ctx.fillStyle = INK;
    ctx.font = PNG_FONTS.labelBold;
    lane.lines.forEach((line, j) => ctx.fillText(line, 24, lane.top + 18 + j * 16));
  });
  ctx.fillStyle = '#cbd5e0';
  for (const tick of l.ticks) ctx.fillRect(tick.x, l.plot.top, 1, l.plot.bottom - l.plot.top);
}

function drawItems(ctx: CanvasRenderingContext2D, l: PngLayout, colour: Record<EventKind, string>) {
  for (const b of l.boxes) {
    ctx.fillStyle = colour[b.kind];
    if (b.endX !== undefined)
      ctx.fillRect(b.anchorX, b.y + b.height - 4, Math.max(b.endX - b.anchorX, 2), 4);
    ctx.fillStyle = b.selected ? SELECTED : '#ffffff';
    ctx.fillRect(b.x, b.y, b.width, b.height);
    ctx.strokeStyle = colour[b.kind];
    ctx.lineWidth = b.selected ? 3 : 1.5;
    ctx.strokeRect(b.x, b.y, b.width, b.height);
    ctx.fillStyle = colour[b.kind];
    // The box's left edge marks the day; a box moved left of its day (at the right edge) marks
    // it with a notch under the box instead, never a line through the label.
    ctx.fillRect(b.x, b.y, 3, b.height);
    if (b.anchorX > b.x + 3) {
      ctx.beginPath();
      ctx.moveTo(b.anchorX - 4, b.y + b.height);
      ctx.lineTo(b.anchorX + 4, b.y + b.height);
      ctx.lineTo(b.anchorX, b.y + b.height + 5);
      ctx.fill();
    }
    ctx.fillStyle = INK;
    ctx.font = b.selected ? PNG_FONTS.labelBold : PNG_FONTS.label;
    b.lines.forEach((line, i) => ctx.fillText(line, b.x + 6, b.y + 6 + 12 + i * 16));
  }
  for (const d of l.dots) {
    ctx.fillStyle = colour[d.kind];
    ctx.beginPath();
    ctx.arc(d.x, d.y, 4, 0, 2 * Math.PI);
    ctx.fill();
  }
  for (const item of l.legend) {
    ctx.fillStyle = colour[item.kind];
    ctx.beginPath();
    ctx.arc(item.x + 6, item.y, 6, 0, 2 * Math.PI);
    ctx.fill();
  }
}

/** Draws `layout` at `scale` device pixels per CSS pixel on `canvas`. */
export function drawPng(canvas: HTMLCanvasElement, layout: PngLayout, scale = 2): void {
  canvas.width = layout.width * scale;
  canvas.height = layout.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas.');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawGrid(ctx, layout);
  drawItems(ctx, layout, kindColours());
  for (const t of layout.texts) {
    ctx.font = PNG_FONTS[t.font];
    ctx.fillStyle = t.muted ? MUTED : INK;
    ctx.fillText(t.text, t.x, t.y);
  }
}

/** The canvas as a PNG file. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The PNG could not be encoded.'));
    }, 'image/png');
  });
}

/** Lays out and draws the picture of `input`, at 2× device pixels: the file and its alt text. */
export async function timelinePng(
  input: Omit<PngLayoutInput, 'measure'>,
): Promise<{ blob: Blob; alt: string; layout: PngLayout }> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas.');
  const layout = layoutPng({ ...input, measure: canvasMeasure(ctx) });
  drawPng(canvas, layout);
  return { blob: await canvasToPng(canvas), alt: layout.alt, layout };
}
