/**
 * A minimal in-memory browser window for testing URL sync in node: a location, a history stack
 * with push/replace/back/forward, and `popstate` listeners. Like a browser, `pushState` and
 * `replaceState` do not fire `popstate`; `back` and `forward` do.
 */
import type { UrlHost } from '../../src/url/url-sync';

const ORIGIN = 'https://parley.test';

export class FakeWindow implements UrlHost {
  readonly location = { pathname: '/', search: '', hash: '' };
  /** The URLs in history (path, query and hash), oldest first. */
  readonly entries: string[];
  /** The index of the current entry. */
  index = 0;
  readonly calls = { push: 0, replace: 0 };
  readonly history: UrlHost['history'] = {
    pushState: (_data, _unused, url) => {
      this.calls.push += 1;
      this.navigate(url ?? this.url());
    },
    replaceState: (_data, _unused, url) => {
      this.calls.replace += 1;
      this.entries[this.index] = this.resolve(url ?? this.url());
      this.show();
    },
  };
  private readonly listeners = new Set<() => void>();

  constructor(initialUrl = '/') {
    this.entries = [new URL(initialUrl, ORIGIN).href.slice(ORIGIN.length)];
    this.show();
  }

  addEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners.delete(listener);
  }

  /** The current URL: path, query and hash. */
  url(): string {
    return `${this.location.pathname}${this.location.search}${this.location.hash}`;
  }

  back(): void {
    this.go(-1);
  }

  forward(): void {
    this.go(1);
  }

  /** What following a link does: a new entry (dropping the forward ones), no `popstate`. */
  navigate(url: string): void {
    const target = this.resolve(url);
    this.entries.splice(this.index + 1, this.entries.length, target);
    this.index += 1;
    this.show();
  }

  private go(delta: number): void {
    const next = this.index + delta;
    if (next < 0 || next >= this.entries.length) return;
    this.index = next;
    this.show();
    for (const listener of [...this.listeners]) listener();
  }

  /** A URL relative to the current one, as path, query and hash. */
  private resolve(url: string): string {
    const base = ORIGIN + (this.entries[this.index] ?? '/');
    return new URL(url, base).href.slice(ORIGIN.length);
  }

  private show(): void {
    const u = new URL(this.entries[this.index]!, ORIGIN);
    Object.assign(this.location, { pathname: u.pathname, search: u.search, hash: u.hash });
  }
}

export function createFakeWindow(initialUrl = '/'): FakeWindow {
  return new FakeWindow(initialUrl);
}
