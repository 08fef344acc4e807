/**
 * The embed's side of the height contract (see README.md here): an embedded Parley posts its
 * document height to the parent window whenever it changes, and answers a host that asks for it.
 * The host's side is `embed-host.js` (served as `embed.js`).
 */

export const HEIGHT_MESSAGE = 'parley:height';
export const HEIGHT_REQUEST = 'parley:request-height';
/** Bumped only if the message shape changes incompatibly; hosts check it. */
export const EMBED_MESSAGE_VERSION = 1;

/** Embed → host: "my document is this tall". */
export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly version: typeof EMBED_MESSAGE_VERSION;
  /** The document's height in CSS pixels, a whole number (rounded up so nothing is cut off). */
  readonly height: number;
  /** The iframe's `name`, so a page with several embeds can tell them apart; null if unnamed. */
  readonly id: string | null;
}

/** The message for a height, rounded up to a whole pixel (never negative). */
export function heightMessage(height: number, id: string | null): HeightMessage {
  return {
    type: HEIGHT_MESSAGE,
    version: EMBED_MESSAGE_VERSION,
    height: Math.max(0, Math.ceil(height)),
    id,
  };
}

/** Host → embed: "tell me your height now" (embed.js sends it in case it loaded late). */
export function isHeightRequest(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return m.type === HEIGHT_REQUEST && m.version === EMBED_MESSAGE_VERSION;
}

interface Observer {
  observe(target: Element): void;
  disconnect(): void;
}

/** The part of `window` the reporter uses; a real `Window` fits, and so does a fake in tests. */
export interface HeightHost {
  readonly name: string;
  readonly document: { readonly documentElement: Element; readonly body: Element | null };
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
  readonly ResizeObserver?: new (callback: () => void) => Observer;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Posts the document's height to the parent window now and whenever it changes (a
 * ResizeObserver on the document), skipping repeats; answers height requests from the host.
 * The root element is measured, not the viewport: an embed's layout never depends on the
 * iframe's height, so growing the iframe cannot feed back into a taller document.
 * Does nothing when the page is not in a frame. Returns a function that stops it.
 */
export function startHeightReporter(win: HeightHost): () => void {
  if ((win.parent as unknown) === win) return () => undefined;
  const root = win.document.documentElement;
  const id = win.name || null;
  let last: number | undefined;
  const post = (force: boolean) => {
    const message = heightMessage(root.getBoundingClientRect().height, id);
    if (!force && message.height === last) return;
    last = message.height;
    // The height is not a secret, and the host's origin is not known: any parent may read it.
    win.parent.postMessage(message, '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source === win.parent && isHeightRequest(event.data)) post(true);
  };
  win.addEventListener('message', onMessage);
  const Observer = win.ResizeObserver;
  const observer = Observer ? new Observer(() => post(false)) : undefined;
  observer?.observe(root);
  if (win.document.body) observer?.observe(win.document.body);
  post(false);
  return () => {
    observer?.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
