// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DataSet } from 'vis-data/esnext';
import { attachTimeline, WINDOW_EPSILON_MS, type OpenList } from './attach-timeline';
import type { VisGroup, VisItem } from './timeline-options';
import { createParleyStore } from '../../store/create-store';
import { DAY_MS } from '../../domain/dates';
import { day, makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { ActorId, EventId } from '../../domain/types';

type Handler = (props: unknown) => void;

/** vis-timeline's API as the controller uses it, recording what it was told. */
function fakeTimeline() {
  const handlers = new Map<string, Set<Handler>>();
  const fake = {
    items: null as DataSet<VisItem> | null,
    groups: null as DataSet<VisGroup> | null,
    selection: [] as string[],
    window: { start: new Date(0), end: new Date(0) },
    scrollTop: 0,
    setItems: (items: unknown) => {
      fake.items = items as DataSet<VisItem>;
    },
    setGroups: (groups: unknown) => {
      fake.groups = groups as DataSet<VisGroup>;
    },
    setSelection: (ids: unknown) => {
      fake.selection = (ids as string[]).map(String);
    },
    setWindow: vi.fn((start: unknown, end: unknown) => {
      fake.window = { start: new Date(start as number), end: new Date(end as number) };
    }),
    getWindow: () => fake.window,
    redraw: vi.fn(),
    _getScrollTop: () => fake.scrollTop,
    _setScrollTop: (top: number) => (fake.scrollTop = top),
    on: (event: string, h: Handler) => {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(h);
    },
    off: (event: string, h: Handler) => handlers.get(event)?.delete(h),
    emit: (event: string, props: unknown) => handlers.get(event)?.forEach((h) => h(props)),
    listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  };
  return fake;
}

/** Animation frames run when the test says (jsdom's run on a timer). */
function frameQueue() {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  return {
    pending: () => frames.length,
    flush: () => frames.splice(0).forEach((cb) => cb(0)),
  };
}

afterEach(() => vi.unstubAllGlobals());

const crowd = ['01', '02', '03', '04', '05'].map((d) =>
  makeEvent({ id: `feb${d}`, date: `2023-02-${d}` }),
);
const events = [
  makeEvent({ id: 'call', date: '2022-03-18', actors: ['russia'] }),
  makeEvent({ id: 'june', date: '2022-06-01' }),
  ...crowd,
];

function setup(window = { start: day('2022-01-01'), end: day('2023-03-31') }) {
  const dataset = makeDataset({ events, span: { start: '2022-01-01', end: '2023-03-31' } });
  const store = createParleyStore(dataset, { window });
  const el = document.createElement('div');
  const timeline = fakeTimeline();
  timeline.window = { start: new Date(window.start), end: new Date(window.end) };
  const detach = attachTimeline(timeline, store, el);
  const ids = () => timeline.items!.getIds().map(String).sort();
  return { store, timeline, detach, ids, el };
}

describe('attachTimeline', () => {
  it('gives the timeline one lane per actor and one item per event, aggregating crowds', () => {
    const { timeline, ids } = setup();
    expect(timeline.groups!.getIds()).toEqual(['china', 'russia']);
    expect(ids()).toEqual(['agg:china:feb02', 'call', 'feb01', 'june']);
  });

  it('follows the store: a filter removes items and hides the emptied lane', () => {
    const { store, timeline, ids } = setup();
    store.getState().toggleActor('china' as ActorId);
    expect(ids()).not.toContain('call');
    expect(timeline.groups!.get('russia')!.visible).toBe(false);
  });

  it('selects in the store what is selected on the timeline, and back', () => {
    const { store, timeline } = setup();
    timeline.emit('select', { items: ['june'] });
    expect(store.getState().selectedEventId).toBe('june');
    expect(store.getState().panel).toBe('event');
    store.getState().selectEvent('call' as EventId);
    expect(timeline.selection).toEqual(['call']);
    store.getState().selectEvent(null);
    expect(timeline.selection).toEqual([]);
  });

  it('never folds the selected event into an aggregate', () => {
    const frames = frameQueue();
    const { store, timeline, ids } = setup();
    store.getState().selectEvent('feb03' as EventId);
    frames.flush();
    expect(ids()).toContain('feb03');
    expect(timeline.selection).toEqual(['feb03']);
  });

  it('places a new selection at the next frame, once, when the panel has taken its room', () => {
    const frames = frameQueue();
    const { store, timeline, ids } = setup();
    const before = ids();
    expect(before).not.toContain('feb03');
    store.getState().selectEvent('feb03' as EventId);
    store.getState().selectEvent('feb04' as EventId);
    // Not yet: the items wait for the frame, then the folded event is drawn and selected.
    expect(ids()).toEqual(before);
    expect(frames.pending()).toBe(1);
    frames.flush();
    expect(ids()).toContain('feb04');
    expect(timeline.selection).toEqual(['feb04']);
    // A change of window alone is placed at once.
    store.getState().setWindow({ start: day('2023-01-01'), end: day('2023-03-31') });
    expect(frames.pending()).toBe(0);
    expect(ids()).toContain('feb04');
  });

  it('zooms to the events of a chosen aggregate through the store', () => {
    const { store, timeline } = setup();
    timeline.emit('select', { items: ['agg:china:feb02'] });
    const w = store.getState().window;
    expect(w.start).toBeLessThanOrEqual(day('2023-02-02'));
    expect(w.end).toBeGreaterThanOrEqual(day('2023-02-06'));
    expect(w.end - w.start).toBeLessThan(30 * DAY_MS);
    expect(store.getState().selectedEventId).toBeNull();
    expect(timeline.setWindow).toHaveBeenLastCalledWith(w.start, w.end, { animation: false });
  });

  it('writes back only windows the user made', () => {
    const { store, timeline } = setup();
    const before = store.getState().window;
    const moved = { start: new Date(day('2022-05-01')), end: new Date(day('2022-07-01')) };
    timeline.emit('rangechanged', { ...moved, byUser: false });
    expect(store.getState().window).toEqual(before);
    timeline.emit('rangechanged', { ...moved, byUser: true });
    expect(store.getState().window).toEqual({ start: day('2022-05-01'), end: day('2022-07-01') });
  });

  it('takes a wheel zoom at once (at most once a frame), a drag only when it ends', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame'] });
    const { store, timeline } = setup();
    const before = store.getState().window;
    const span = (from: string, to: string) => ({
      start: new Date(day(from)),
      end: new Date(day(to)),
      byUser: true,
    });
    timeline.emit('rangechange', { ...span('2022-05-01', '2022-07-01'), event: { type: 'pan' } });
    expect(store.getState().window).toEqual(before);
    timeline.emit('rangechange', { ...span('2022-05-01', '2022-07-01'), event: { type: 'wheel' } });
    expect(store.getState().window).toEqual({ start: day('2022-05-01'), end: day('2022-07-01') });
    timeline.emit('rangechange', { ...span('2022-05-10', '2022-06-20'), event: { type: 'wheel' } });
    expect(store.getState().window.start).toBe(day('2022-05-01'));
    vi.advanceTimersToNextFrame();
    timeline.emit('rangechange', {
      ...span('2022-05-10', '2022-06-20'),
      event: { type: 'mousewheel' },
    });
    expect(store.getState().window.start).toBe(day('2022-05-10'));
    vi.useRealTimers();
  });

  it('does not push back a window the timeline already shows (the echo guard)', () => {
    const { store, timeline } = setup();
    const w = timeline.getWindow();
    store.getState().setWindow({
      start: w.start.getTime() + WINDOW_EPSILON_MS / 2,
      end: w.end.getTime() - WINDOW_EPSILON_MS / 2,
    });
    expect(timeline.setWindow).not.toHaveBeenCalled();
    store.getState().setWindow({ start: day('2022-05-01'), end: day('2022-06-01') });
    expect(timeline.setWindow).toHaveBeenCalledTimes(1);
  });

  it('brings a selected event into the window with the store rule, and redraws to reveal it', () => {
    const { store, timeline } = setup({ start: day('2022-01-01'), end: day('2022-02-01') });
    store.getState().selectEvent('june' as EventId);
    const w = store.getState().window;
    expect(day('2022-06-01')).toBeGreaterThanOrEqual(w.start);
    expect(day('2022-06-01')).toBeLessThan(w.end);
    expect(timeline.setWindow).toHaveBeenCalledWith(w.start, w.end, { animation: false });
    expect(timeline.redraw).toHaveBeenCalled();
  });

  it('scrolls the lanes to a selected item drawn below the visible ones', () => {
    const { store, timeline, detach: detachFirst } = setup();
    detachFirst();
    const el = document.createElement('div');
    el.innerHTML =
      '<div class="vis-panel vis-center"></div><div class="vis-item vis-selected"></div>';
    document.body.append(el);
    const detach = attachTimeline(timeline, store, el);
    const rect = (top: number, bottom: number) => ({ top, bottom }) as DOMRect;
    el.querySelector('.vis-center')!.getBoundingClientRect = () => rect(0, 100);
    el.querySelector('.vis-item')!.getBoundingClientRect = () => rect(300, 320);
    store.getState().selectEvent('june' as EventId);
    timeline.emit('changed', {});
    expect(timeline.scrollTop).toBeLessThan(0);
    detach();
    el.remove();
  });

  it('opens the actor of a clicked lane label', () => {
    const { store, el } = setup();
    const cell = document.createElement('div');
    cell.className = 'vis-label';
    cell.innerHTML = '<div class="vis-inner"><span data-lane="russia">Russia</span></div>';
    el.append(cell);
    cell.click();
    expect(store.getState().actorId).toBe('russia');
    expect(store.getState().panel).toBe('actor');
  });

  it('lets go of the timeline and the store when detached', () => {
    const { store, timeline, detach } = setup();
    detach();
    expect(timeline.listeners()).toBe(0);
    store.getState().selectEvent('june' as EventId);
    expect(timeline.selection).toEqual([]);
  });

  it('lists an aggregate of one day instead of zooming', () => {
    const sameDay = ['a', 'b', 'c', 'd', 'e'].map((id) => makeEvent({ id, date: '2023-03-21' }));
    const dataset = makeDataset({
      events: sameDay,
      span: { start: '2022-01-01', end: '2023-03-31' },
    });
    const window = { start: day('2022-06-01'), end: day('2023-03-31') };
    const store = createParleyStore(dataset, { window });
    const timeline = fakeTimeline();
    const lists: OpenList[] = [];
    attachTimeline(timeline, store, document.createElement('div'), {
      onList: (l) => lists.push(l),
    });
    timeline.emit('select', { items: ['agg:china:b'] });
    expect(lists).toEqual([
      { itemId: 'agg:china:b', eventIds: ['b', 'c', 'd', 'e'], anchor: null },
    ]);
    expect(store.getState().window).toEqual(window);
  });

  it('gives the drawn items one Tab stop, moves it with the arrows in time order, opens with Enter', () => {
    const { store, timeline } = setup();
    const el = document.createElement('div');
    el.innerHTML = ['june', 'call', 'feb01']
      .map((id) => `<span data-focus-key="${id}" role="button"></span>`)
      .join('');
    document.body.append(el);
    const opened = vi.fn();
    const detach = attachTimeline(timeline, store, el, { onOpenedByKey: opened });
    timeline.emit('changed', {});
    const item = (id: string) => el.querySelector<HTMLElement>(`[data-focus-key="${id}"]`)!;
    expect(['call', 'june', 'feb01'].map((id) => item(id).tabIndex)).toEqual([0, -1, -1]);
    const key = (id: string, k: string) =>
      item(id).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('call', 'ArrowRight');
    expect(document.activeElement).toBe(item('june'));
    expect(item('june').tabIndex).toBe(0);
    key('june', 'End');
    expect(document.activeElement).toBe(item('feb01'));
    key('feb01', 'ArrowLeft');
    key('june', 'Enter');
    expect(store.getState().selectedEventId).toBe('june');
    expect(opened).toHaveBeenCalledTimes(1);
    detach();
    el.remove();
  });
});
