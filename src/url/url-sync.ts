/**
 * Keeps the address bar and the store in step; the only code that touches `location` and
 * `history`. The URL is a projection of the store: read when sync starts and on Back/Forward
 * (`popstate`), written after store changes. Discrete acts (select, filter, open a view) push a
 * history entry so Back steps through them; panning and zooming replace the current entry after a
 * pause, so history is not flooded. See README.md next to this file.
 */
import type { Notice } from '../store/types';
import type { ParleyState, ParleyStore } from '../store/create-store';
import { defaultWindow, normaliseWindow, sameWindow } from '../domain/view-window';
import { parseUrl, serializeUrl } from './url-codec';
import { type DroppedParam, type KnownIds, type UrlView } from './url-view';

/** How long the URL waits for panning, zooming or typing to pause before it is written. */
export const URL_WRITE_DEBOUNCE_MS = 300;

/** The part of `window` the sync uses; a real `Window` fits, and so does a fake in tests. */
export interface UrlHost {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    pushState(data: unknown, unused: string, url?: string | null): void;
    replaceState(data: unknown, unused: string, url?: string | null): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export interface UrlSyncOptions {
  readonly window: UrlHost;
  readonly known: KnownIds;
  readonly debounceMs?: number;
  /** Told what a link carried that was ignored; by default a dismissible notice is added. */
  readonly onDropped?: (dropped: readonly DroppedParam[]) => void;
}

/** The view a link carries, read from the store's state. */
export function selectUrlView(s: ParleyState): UrlView {
  return {
    view: s.view,
    event: s.selectedEventId,
    actor: s.panel === 'actor' ? s.actorId : null,
    document: s.view === 'paper' ? s.documentId : null,
    quizSeed: s.view === 'quiz' ? s.quizSeed : null,
    window: sameWindow(s.window, defaultWindow(s.dataset.presets, s.dataset.span))
      ? null
      : s.window,
    asOf: s.asOf,
    query: s.query,
    filters: s.filters,
    compare: s.compare,
    matrix: s.matrix,
    story: s.story,
    presenting: s.presenting,
    embed: s.embed,
    theme: s.theme,
    lang: s.lang,
    data: s.source.kind === 'url' ? s.source.url : null,
  };
}

/** The store fields a view sets; a story step past its end is clamped to the last step. */
export function urlViewToState(
  view: UrlView,
  dataset: ParleyState['dataset'],
): Partial<ParleyState> {
  const story = view.story && dataset.stories.find((s) => s.id === view.story?.id);
  return {
    view: view.view,
    selectedEventId: view.event,
    actorId: view.actor,
    documentId: view.document,
    quizSeed: view.quizSeed,
    panel: view.actor ? 'actor' : view.event ? 'event' : null,
    window: view.window
      ? normaliseWindow(view.window, dataset.span)
      : defaultWindow(dataset.presets, dataset.span),
    asOf: view.asOf,
    query: view.query,
    filters: view.filters,
    compare: view.compare,
    matrix: view.matrix,
    story:
      view.story && story
        ? { id: story.id, step: Math.min(view.story.step, story.steps.length - 1) }
        : null,
    presenting: view.presenting,
    embed: view.embed,
    theme: view.theme,
    lang: view.lang,
  };
}

/** Puts a view into the store, replacing every field a link carries. */
export function applyUrlView(store: ParleyStore, view: UrlView): void {
  store.setState(urlViewToState(view, store.getState().dataset));
}

/** A notice listing what a link carried that was ignored, shown in the reader's language. */
export function droppedNotice(dropped: readonly DroppedParam[]): Notice {
  return {
    id: 'url-dropped',
    message: { key: 'url.dropped', vars: { count: dropped.length } },
    details: dropped.map((d) => ({
      key: 'url.detail',
      vars: { param: d.param, value: d.value, reason: d.reason },
    })),
  };
}

/** The serialised URL of a state, and the same without the parts that are written lazily. */
interface UrlKeys {
  readonly search: string;
  /** Everything but the window: what makes a history entry distinct. */
  readonly entry: string;
  /** Everything but the window and the query: a change here is written at once. */
  readonly discrete: string;
}

function urlKeys(s: ParleyState): UrlKeys {
  const view = selectUrlView(s);
  return {
    search: serializeUrl(view),
    entry: serializeUrl({ ...view, window: null }),
    discrete: serializeUrl({ ...view, window: null, query: '' }),
  };
}

interface UrlWriter {
  /** Writes at once: a new entry if `keys` differ from the current one beyond the window. */
  commit(keys: UrlKeys): void;
  /** Writes after a pause; a later call replaces an earlier pending one. */
  schedule(keys: UrlKeys): void;
  /** Writes what is pending now (if anything). */
  flush(): void;
  /** Forgets what is pending. */
  cancel(): void;
  /** Forgets what is pending, and takes `keys` as the current entry (after Back/Forward). */
  reset(keys: UrlKeys): void;
}

function createUrlWriter(host: UrlHost, debounceMs: number, initial: UrlKeys): UrlWriter {
  let entry = initial.entry;
  let pending: UrlKeys | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
  };
  const commit = (keys: UrlKeys) => {
    cancel();
    const { pathname, search, hash } = host.location;
    if (keys.search === search) return;
    const url = `${pathname}${keys.search}${hash}`;
    if (keys.entry === entry) host.history.replaceState(null, '', url);
    else host.history.pushState(null, '', url);
    entry = keys.entry;
  };
  return {
    commit,
    schedule(keys) {
      cancel();
      pending = keys;
      timer = setTimeout(() => commit(keys), debounceMs);
    },
    flush: () => pending && commit(pending),
    cancel,
    reset(keys) {
      cancel();
      entry = keys.entry;
    },
  };
}

/** Writes the URL after each store change that alters it, except while a URL is being applied. */
function writeOnChange(store: ParleyStore, writer: UrlWriter, applying: () => boolean): () => void {
  return store.subscribe(
    urlKeys,
    (next, prev) => {
      if (applying()) return;
      if (next.discrete === prev.discrete) return writer.schedule(next);
      // Settle the entry being left (a pan just before a click), then start a new one.
      writer.flush();
      writer.commit(next);
    },
    { equalityFn: (a, b) => a.search === b.search },
  );
}

/**
 * Starts syncing: applies the current URL to the store (reporting what it ignored), rewrites the
 * address bar in canonical form, then follows Back/Forward and writes the URL after each change.
 * Returns a function that stops it all.
 */
export function startUrlSync(store: ParleyStore, options: UrlSyncOptions): () => void {
  const { window: host, known, debounceMs = URL_WRITE_DEBOUNCE_MS } = options;
  const report = options.onDropped ?? ((d) => store.getState().addNotice(droppedNotice(d)));
  let applying = false;
  const applyLocation = (): readonly DroppedParam[] => {
    const { view, dropped } = parseUrl(host.location.search, known);
    applying = true;
    try {
      applyUrlView(store, view);
    } finally {
      applying = false;
    }
    return dropped;
  };
  const dropped = applyLocation();
  const writer = createUrlWriter(host, debounceMs, urlKeys(store.getState()));
  // Replaces the link as typed with its canonical form, without what was ignored.
  writer.commit(urlKeys(store.getState()));
  if (dropped.length) report(dropped);
  const onPopState = () => {
    const ignored = applyLocation();
    writer.reset(urlKeys(store.getState()));
    if (ignored.length) report(ignored);
  };
  host.addEventListener('popstate', onPopState);
  const unsubscribe = writeOnChange(store, writer, () => applying);
  return () => {
    unsubscribe();
    host.removeEventListener('popstate', onPopState);
    writer.cancel();
  };
}
