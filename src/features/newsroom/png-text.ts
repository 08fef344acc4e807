/** Fonts and line wrapping of the exported picture (measured by the caller: a canvas, or a test). */

/** The picture's fonts, as canvas `font` strings. */
export const PNG_FONTS = {
  title: '700 20px system-ui, sans-serif',
  body: '14px system-ui, sans-serif',
  bodyBold: '700 14px system-ui, sans-serif',
  label: '12px system-ui, sans-serif',
  labelBold: '700 12px system-ui, sans-serif',
  small: '12px system-ui, sans-serif',
} as const;

export type PngFont = keyof typeof PNG_FONTS;

/** The width of `text` in `font`, in CSS pixels. */
export type Measure = (text: string, font: PngFont) => number;

/** Splits a word wider than `width` into pieces that fit (long URLs, CJK runs without spaces). */
function splitWord(word: string, width: number, font: PngFont, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && measure(piece + ch, font) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** `text` over as many lines as it takes, none wider than `width`. */
export function wrapText(text: string, width: number, font: PngFont, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, font) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = splitWord(word, width, font, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
