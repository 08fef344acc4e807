import { describe, expect, it } from 'vitest';
import {
  heightMessage,
  isHeightRequest,
  startHeightReporter,
  type HeightHost,
} from './post-height';

describe('heightMessage', () => {
  it('has a type, a version, a whole height and the frame id', () => {
    expect(heightMessage(812.2, 'parley-a')).toEqual({
      type: 'parley:height',
      version: 1,
      height: 813,
      id: 'parley-a',
    });
    expect(heightMessage(400, null)).toEqual({
      type: 'parley:height',
      version: 1,
      height: 400,
      id: null,
    });
    expect(heightMessage(-3, null).height).toBe(0);
  });
});

describe('isHeightRequest', () => {
  it.each([
    [{ type: 'parley:request-height', version: 1 }, true],
    [{ type: 'parley:request-height', version: 2 }, false],
    [{ type: 'parley:height', version: 1 }, false],
    ['parley:request-height', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (data, expected) => {
    expect(isHeightRequest(data)).toBe(expected);
  });
});

/** A window in a frame: a root element of settable height, a parent that records posts. */
function fakeFramedWindow(name = '') {
  const posts: { message: unknown; origin: string }[] = [];
  const observers: { callback: () => void; targets: Element[]; live: boolean }[] = [];
  const listeners = new Set<(e: MessageEvent) => void>();
  let height = 500;
  const element = (what: string) =>
    ({ what, getBoundingClientRect: () => ({ height }) }) as unknown as Element;
  const parent = {
    postMessage: (message: unknown, origin: string) => posts.push({ message, origin }),
  };
  const win: HeightHost = {
    name,
    document: { documentElement: element('html'), body: element('body') },
    parent,
    ResizeObserver: class {
      private readonly entry;
      constructor(callback: () => void) {
        this.entry = { callback, targets: [] as Element[], live: true };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
      }
      disconnect() {
        this.entry.live = false;
      }
    },
    addEventListener: (_type, l) => listeners.add(l),
    removeEventListener: (_type, l) => listeners.delete(l),
  };
  return {
    win,
    posts,
    observers,
    listeners,
    /** Changes the document's height and lets the observers see it. */
    resize(to: number) {
      height = to;
      for (const o of observers) if (o.live) o.callback();
    },
    receive(data: unknown, source: unknown = parent) {
      for (const l of [...listeners]) l({ data, source } as MessageEvent);
    },
  };
}

describe('startHeightReporter', () => {
  it('posts the height at once, to any origin, with the frame name as id', () => {
    const w = fakeFramedWindow('parley-x');
    startHeightReporter(w.win);
    expect(w.posts).toEqual([
      { message: { type: 'parley:height', version: 1, height: 500, id: 'parley-x' }, origin: '*' },
    ]);
  });

  it('observes the document and posts only when the height changed', () => {
    const w = fakeFramedWindow();
    startHeightReporter(w.win);
    expect(w.observers[0]?.targets.map((t) => (t as unknown as { what: string }).what)).toEqual([
      'html',
      'body',
    ]);
    w.resize(500);
    w.resize(640.4);
    w.resize(641);
    w.resize(320);
    expect(w.posts.map((p) => (p.message as { height: number }).height)).toEqual([500, 641, 320]);
  });

  it('answers a height request from the parent, even if nothing changed', () => {
    const w = fakeFramedWindow();
    startHeightReporter(w.win);
    w.receive({ type: 'parley:request-height', version: 1 });
    w.receive({ type: 'parley:request-height', version: 1 }, { someone: 'else' });
    w.receive({ type: 'something-else' });
    expect(w.posts).toHaveLength(2);
  });

  it('stops observing and listening when stopped', () => {
    const w = fakeFramedWindow();
    const stop = startHeightReporter(w.win);
    stop();
    w.resize(900);
    w.receive({ type: 'parley:request-height', version: 1 });
    expect(w.posts).toHaveLength(1);
    expect(w.listeners.size).toBe(0);
  });

  it('does nothing when the page is not in a frame', () => {
    const w = fakeFramedWindow();
    const top = { ...w.win };
    Object.assign(top, { parent: top });
    startHeightReporter(top)();
    expect(w.posts).toEqual([]);
    expect(w.observers).toEqual([]);
  });

  it('still posts once without ResizeObserver', () => {
    const w = fakeFramedWindow();
    startHeightReporter({ ...w.win, ResizeObserver: undefined });
    expect(w.posts).toHaveLength(1);
  });
});
