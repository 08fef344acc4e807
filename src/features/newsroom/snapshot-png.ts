/**
 * A picture of part of the page as a PNG, without a library: the element is cloned with its
 * computed styles written inline (no stylesheet reaches an image), wrapped in an SVG
 * `<foreignObject>` under a caption, drawn onto a canvas and encoded. What the reader sees is
 * what the file shows: positions, colours, dimmed and selected items, as laid out now.
 */

/** The computed properties that decide how the timeline looks; others are left at defaults. */
const STYLE_PROPERTIES = [
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'box-sizing',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'background-color',
  'color',
  'opacity',
  'visibility',
  'overflow-x',
  'overflow-y',
  'z-index',
  'transform',
  'transform-origin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-decoration-line',
  'text-decoration-color',
  'text-decoration-thickness',
  'text-overflow',
  'white-space',
  'vertical-align',
  'float',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'justify-content',
  'box-shadow',
] as const;

const XHTML = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A picture does not scroll: scrollbars (styled by pseudo-elements we cannot copy) are clipped. */
const NO_SCROLL: Readonly<Record<string, string>> = { scroll: 'hidden', auto: 'hidden' };

function inlineStyle(style: CSSStyleDeclaration): string {
  return STYLE_PROPERTIES.map((p) => {
    const value = style.getPropertyValue(p);
    return `${p}:${p.startsWith('overflow') ? (NO_SCROLL[value] ?? value) : value}`;
  }).join(';');
}

/** A deep copy of `node` whose elements carry their computed style; hidden ones are left out. */
function cloneWithStyles(node: Node): Node | null {
  if (node.nodeType === TEXT_NODE) return node.cloneNode();
  if (node.nodeType !== ELEMENT_NODE) return null;
  const element = node as Element;
  const style = getComputedStyle(element);
  if (style.display === 'none') return null;
  const copy = document.createElementNS(XHTML, element.localName);
  copy.setAttribute('style', inlineStyle(style));
  // A scrolled box would show its content from the top: shift the content as it is scrolled.
  let parent: Element = copy;
  if (element.scrollTop || element.scrollLeft) {
    parent = document.createElementNS(XHTML, 'div');
    parent.setAttribute(
      'style',
      `position:absolute;left:0;top:0;width:100%;min-height:100%;` +
        `transform:translate(${-element.scrollLeft}px,${-element.scrollTop}px)`,
    );
    copy.append(parent);
  }
  for (const child of Array.from(element.childNodes)) {
    const c = cloneWithStyles(child);
    if (c) parent.append(c);
  }
  return copy;
}

export interface SnapshotOptions {
  /** Bold first line above the picture. */
  readonly title: string;
  /** A smaller line under the title. */
  readonly subtitle: string;
  /** A line under the picture (credit, link). */
  readonly footer: string;
  /** Device pixels per CSS pixel in the file. */
  readonly scale?: number;
}

const PAD = 16;
const TITLE_LINE = 26;
const LINE = 20;
const GAP = 10;

function textLine(text: string, css: string): Element {
  const div = document.createElementNS(XHTML, 'div');
  div.setAttribute('style', `white-space:nowrap;overflow:hidden;text-overflow:ellipsis;${css}`);
  div.textContent = text;
  return div;
}

/** The element under its caption, as one XHTML block of known size. */
function composeSnapshot(el: HTMLElement, o: SnapshotOptions) {
  const rect = el.getBoundingClientRect();
  const root = getComputedStyle(document.documentElement);
  const picture = cloneWithStyles(el) as Element | null;
  if (!picture) throw new Error('The element is hidden.');
  const width = Math.ceil(rect.width) + 2 * PAD;
  const height = Math.ceil(rect.height) + 2 * PAD + TITLE_LINE + 2 * LINE + 2 * GAP;
  const muted = root.getPropertyValue('--muted') || '#4a5568';
  const box = document.createElementNS(XHTML, 'div');
  box.setAttribute(
    'style',
    `box-sizing:border-box;width:${width}px;height:${height}px;padding:${PAD}px;` +
      `background:${root.getPropertyValue('--surface') || '#fff'};color:${root.color};` +
      `font-family:${root.fontFamily};font-size:14px;line-height:${LINE}px`,
  );
  box.append(
    textLine(o.title, `font-size:18px;font-weight:700;line-height:${TITLE_LINE}px`),
    textLine(o.subtitle, `color:${muted};margin-bottom:${GAP}px`),
    picture,
    textLine(o.footer, `color:${muted};font-size:12px;margin-top:${GAP}px`),
  );
  return { box, width, height };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The snapshot could not be drawn.'));
    img.src = src;
  });
}

/** A PNG of `el` as it is shown now, under a caption. Rejects if the browser cannot draw it. */
export async function snapshotPng(el: HTMLElement, o: SnapshotOptions): Promise<Blob> {
  const scale = o.scale ?? 2;
  const { box, width, height } = composeSnapshot(el, o);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" ` +
    `viewBox="0 0 ${width} ${height}"><foreignObject x="0" y="0" width="${width}" ` +
    `height="${height}">${new XMLSerializer().serializeToString(box)}</foreignObject></svg>`;
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No canvas.');
  ctx.drawImage(img, 0, 0);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The PNG could not be encoded.'));
    }, 'image/png');
  });
}
