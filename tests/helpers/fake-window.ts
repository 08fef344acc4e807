/**
 * A minimal in-memory browser window for testing URL sync in node: a location, a history stack
 * with push/replace/back/forward, and `popstate` listeners. Like a browser, `pushState` and
 * `replaceState` do not fire `popstate`; `back` and `forward` do.
 */
import type { UrlHost } from '../../src/url/url-sync';

const ORIGIN = 'https://parley.test';

export interface FakeWindow extends UrlHost {
  readonly location: { pathname: string; search: string; hash: string };
  /** The URLs in history (path, query and hash), oldest first. */
  readonly entries: string[];
  /** The index of the current entry. */
  readonly index: number;
  readonly calls: { push: number; replace: number };
  /** The current URL: path, query and hash. */
  url(): string;
  back(): void;
  forward(): void;
  /** What a user typing a new address does: a new entry, no `popstate`. */
  navigate(url: string): void;
}

export function createFakeWindow(initialUrl = '/'): FakeWindow {
  const listeners = new Set<() => void>();
  const entries = [new URL(initialUrl, ORIGIN).href.slice(ORIGIN.length)];
  const location = { pathname: '/', search: '', hash: '' };
  const calls = { push: 0, replace: 0 };
  let index = 0;
  const show = () => {
    const u = new URL(entries[index]!, ORIGIN);
    Object.assign(location, { pathname: u.pathname, search: u.search, hash: u.hash });
  };
  const resolve = (url?: string | null) =>
    new URL(url ?? entries[index]!, ORIGIN + entries[index]!).href.slice(ORIGIN.length);
  const go = (delta: number) => {
    const next = index + delta;
    if (next < 0 || next >= entries.length) return;
    index = next;
    show();
    for (const l of [...listeners]) l();
  };
  const push = (url?: string | null) => {
    const target = resolve(url);
    entries.splice(index + 1, entries.length, target);
    index += 1;
    show();
  };
  show();
  return {
    location,
    entries,
    get index() {
      return index;
    },
    calls,
    history: {
      pushState: (_data, _unused, url) => {
        calls.push += 1;
        push(url);
      },
      replaceState: (_data, _unused, url) => {
        calls.replace += 1;
        entries[index] = resolve(url);
        show();
      },
    },
    addEventListener: (_type, l) => listeners.add(l),
    removeEventListener: (_type, l) => listeners.delete(l),
    url: () => `${location.pathname}${location.search}${location.hash}`,
    back: () => go(-1),
    forward: () => go(1),
    navigate: (url) => push(url),
  };
}
