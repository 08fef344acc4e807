// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { attachAsOfMarker, LEFT_CLASS, WRAP_CLASS } from './as-of-marker';
import { createParleyStore } from '../../store/create-store';
import { DAY_MS } from '../../domain/dates';
import { day, makeDataset } from '../../../tests/helpers/builders';

type Handler = (props: unknown) => void;

/** The part of vis-timeline's API the marker uses, recording what it was told. */
function fakeTimeline(container: HTMLElement) {
  const handlers = new Map<string, Handler>();
  const fake = {
    time: 0,
    title: '',
    marker: '',
    addCustomTime(time: Date, id: string) {
      const bar = document.createElement('div');
      bar.className = `vis-custom-time ${id}`;
      container.append(bar);
      fake.time = time.getTime();
      return id;
    },
    setCustomTime: vi.fn((time: Date) => {
      fake.time = time.getTime();
    }),
    setCustomTimeTitle: (title: string) => {
      fake.title = title;
    },
    setCustomTimeMarker: (content: string) => {
      fake.marker = content;
    },
    removeCustomTime: () => container.querySelector('.vis-custom-time')?.remove(),
    on: (event: string, h: Handler) => handlers.set(event, h),
    off: (event: string) => handlers.delete(event),
    emit: (event: string, props: unknown) => handlers.get(event)?.(props),
  };
  return fake;
}

function setup() {
  const dataset = makeDataset({ span: { start: '2022-02-04', end: '2023-03-22' } });
  const store = createParleyStore(dataset, {
    window: { start: day('2022-06-01'), end: day('2022-06-11') },
  });
  const container = document.createElement('div');
  const timeline = fakeTimeline(container);
  const detach = attachAsOfMarker(timeline as unknown as Timeline, store, container);
  const bar = container.querySelector<HTMLElement>('.vis-custom-time')!;
  return { store, timeline, detach, bar, container };
}

const midday = (iso: string) => day(iso) + DAY_MS / 2;

describe('attachAsOfMarker', () => {
  it('stands in the middle of the "as of" day, labelled, as a keyboard slider', () => {
    const { timeline, bar } = setup();
    expect(timeline.time).toBe(midday('2022-06-06'));
    expect(timeline.marker).toBe('As of 6 Jun 2022');
    expect(timeline.title).toMatch(/^Stances are shown as of 6 June 2022\. Drag/);
    expect(bar.getAttribute('role')).toBe('slider');
    expect(bar.getAttribute('aria-label')).toBe('As of date');
    expect(bar.getAttribute('aria-valuetext')).toBe('6 June 2022');
    expect(bar.tabIndex).toBe(0);
  });

  it('follows the window until pinned', () => {
    const { store, timeline } = setup();
    store.getState().setWindow({ start: day('2022-09-01'), end: day('2022-09-11') });
    expect(timeline.time).toBe(midday('2022-09-06'));
    store.getState().pinAsOf(day('2022-03-01'));
    store.getState().setWindow({ start: day('2022-10-01'), end: day('2022-10-11') });
    expect(timeline.time).toBe(midday('2022-03-01'));
  });

  it('pins the day it is dropped on, and shows the day under it while dragged', () => {
    const { store, timeline } = setup();
    timeline.emit('timechange', { id: 'as-of', time: new Date(day('2022-07-04') + 3_600_000) });
    expect(timeline.marker).toBe('As of 4 Jul 2022');
    expect(store.getState().asOf).toBeNull();
    timeline.emit('timechanged', { id: 'as-of', time: new Date(day('2022-07-04') + 3_600_000) });
    expect(store.getState().asOf).toBe(day('2022-07-04'));
    expect(timeline.time).toBe(midday('2022-07-04'));
    timeline.emit('timechanged', { id: 'another-bar', time: new Date(day('2022-08-01')) });
    expect(store.getState().asOf).toBe(day('2022-07-04'));
  });

  it('moves by day, by thirty days and to the ends of the span from the keyboard', () => {
    const { store, bar } = setup();
    const press = (key: string) => bar.dispatchEvent(new KeyboardEvent('keydown', { key }));
    press('ArrowRight');
    expect(store.getState().asOf).toBe(day('2022-06-07'));
    press('PageDown');
    expect(store.getState().asOf).toBe(day('2022-05-08'));
    press('End');
    expect(store.getState().asOf).toBe(day('2023-03-22'));
    press('ArrowRight');
    expect(store.getState().asOf).toBe(day('2023-03-22'));
    // The window moved to keep the marker in view.
    const w = store.getState().window;
    expect(w.start <= day('2023-03-22') && day('2023-03-22') < w.end).toBe(true);
    press('Home');
    expect(store.getState().asOf).toBe(day('2022-02-04'));
  });

  it('runs its label left of the bar where it would run out of the items’ area', () => {
    const { timeline, bar, container } = setup();
    const items = document.createElement('div');
    items.className = 'vis-panel vis-center';
    const marker = document.createElement('div');
    marker.className = 'vis-custom-time-marker';
    bar.append(marker);
    container.append(items);
    const right = (el: HTMLElement, x: number) =>
      vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ left: x - 3, right: x } as DOMRect);
    vi.spyOn(marker, 'offsetWidth', 'get').mockReturnValue(120);
    vi.spyOn(items, 'getBoundingClientRect').mockReturnValue({ left: 300, right: 600 } as DOMRect);
    right(bar, 400);
    timeline.emit('changed', {});
    expect(bar.classList.contains(LEFT_CLASS)).toBe(false);
    right(bar, 500);
    timeline.emit('changed', {});
    expect(bar.classList.contains(LEFT_CLASS)).toBe(true);
    right(bar, 470);
    timeline.emit('changed', {});
    expect(bar.classList.contains(LEFT_CLASS)).toBe(false);
    expect(bar.classList.contains(WRAP_CLASS)).toBe(false);
    // Neither side holds it: it wraps in the wider one.
    vi.spyOn(items, 'getBoundingClientRect').mockReturnValue({ left: 460, right: 560 } as DOMRect);
    right(bar, 500);
    timeline.emit('changed', {});
    expect(bar.classList.contains(LEFT_CLASS)).toBe(false);
    expect(bar.classList.contains(WRAP_CLASS)).toBe(true);
    expect(marker.style.width).toBe('60px');
    right(bar, 400);
    vi.spyOn(items, 'getBoundingClientRect').mockReturnValue({ left: 300, right: 600 } as DOMRect);
    timeline.emit('changed', {});
    expect(bar.classList.contains(WRAP_CLASS)).toBe(false);
    expect(marker.style.width).toBe('');
  });

  it('cleans up: the bar goes and store changes no longer reach the timeline', () => {
    const { store, timeline, detach, container } = setup();
    detach();
    expect(container.querySelector('.vis-custom-time')).toBeNull();
    timeline.setCustomTime.mockClear();
    store.getState().pinAsOf(day('2022-12-01'));
    expect(timeline.setCustomTime).not.toHaveBeenCalled();
  });
});
