import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../i18n/translate';
import { say } from '../i18n/say';
import { createParleyStore, type ParleyStore } from '../store/create-store';
import type { ActorId, EventId, TopicId } from '../domain/types';
import { DAY_MS } from '../domain/dates';
import { createFakeWindow } from '../../tests/helpers/fake-window';
import { day, TEST_SPAN } from '../../tests/helpers/builders';
import type { DroppedParam } from './url-view';
import { droppedNotice, startUrlSync, URL_WRITE_DEBOUNCE_MS } from './url-sync';

import { dataset, invasion, known, samarkand } from '../../tests/helpers/url-dataset';

let stops: (() => void)[] = [];

function start(url = '/parley/', onDropped?: (d: readonly DroppedParam[]) => void) {
  const win = createFakeWindow(url);
  const store = createParleyStore(dataset);
  stops.push(startUrlSync(store, { window: win, known, onDropped }));
  return { win, store };
}

function zoom(store: ParleyStore, fromIso: string, days: number) {
  store.getState().setWindow({ start: day(fromIso), end: day(fromIso) + days * DAY_MS });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
});

describe('startUrlSync: reading the link', () => {
  it('applies the link to the store and writes nothing when it is already canonical', () => {
    const { win, store } = start('/parley/?view=list&event=2022-02-24-invasion&actors=china');
    const s = store.getState();
    expect(s.selectedEventId).toBe(invasion);
    expect(s.panel).toBe('event');
    expect(s.filters.actors).toEqual(['china']);
    expect(s.view).toBe('list');
    expect(win.calls).toEqual({ push: 0, replace: 0 });
    expect(win.url()).toBe('/parley/?view=list&event=2022-02-24-invasion&actors=china');
  });

  it('rewrites a bad link in canonical form and reports what it ignored as a notice', () => {
    const { win, store } = start('/parley/?actors=china,narnia&utm_source=x&event=%3Cb%3E#top');
    expect(win.url()).toBe('/parley/?actors=china#top');
    expect(win.calls).toEqual({ push: 0, replace: 1 });
    expect(win.entries).toHaveLength(1);
    const [notice] = store.getState().notices;
    expect(notice).toEqual(
      droppedNotice([
        { param: 'utm_source', value: 'x', reason: { key: 'url.unknownParam' } },
        { param: 'event', value: '<b>', reason: { key: 'url.noEvent' } },
        { param: 'actors', value: 'narnia', reason: { key: 'url.noActor' } },
      ]),
    );
    const t = translator('en');
    expect(say(t, notice!.message)).toBe(
      '3 parts of this link could not be used and were ignored.',
    );
    expect(notice!.details!.map((d) => say(t, d))).toEqual([
      'utm_source=x: Parley does not know this parameter.',
      'event=<b>: There is no event with this id.',
      'actors=narnia: There is no actor with this id.',
    ]);
  });

  it('hands what it ignored to onDropped when given', () => {
    const onDropped = vi.fn();
    const { store } = start('/?view=map', onDropped);
    expect(onDropped).toHaveBeenCalledWith([expect.objectContaining({ param: 'view' })]);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('startUrlSync: writing the URL', () => {
  it('pushes a history entry for a discrete act', () => {
    const { win, store } = start();
    store.getState().selectEvent(invasion);
    expect(win.url()).toBe('/parley/?event=2022-02-24-invasion');
    store.getState().toggleKind('vote');
    expect(win.url()).toBe('/parley/?event=2022-02-24-invasion&kinds=vote');
    expect(win.entries).toEqual([
      '/parley/',
      '/parley/?event=2022-02-24-invasion',
      '/parley/?event=2022-02-24-invasion&kinds=vote',
    ]);
  });

  it.each<[string, (store: ParleyStore) => void, string]>([
    ['a view', (s) => s.getState().setView('matrix'), '?view=matrix'],
    ['an actor panel', (s) => s.getState().openActor('china' as ActorId), '?actor=china'],
    ['an "as of" day', (s) => s.getState().pinAsOf(day('2022-06-01')), '?asof=2022-06-01'],
    [
      'a topic filter',
      (s) => s.getState().toggleTopic('sanctions' as TopicId),
      '?topics=sanctions',
    ],
    ['a language', (s) => s.getState().setLang('fr'), '?lang=fr'],
    ['a theme', (s) => s.getState().setTheme('dark'), '?theme=dark'],
    ['presenting', (s) => s.getState().setPresenting(true), '?present=1'],
    ['a story', (s) => s.getState().playStory('tour', 1), '?story=tour&step=2'],
    [
      'a comparison',
      (s) => s.getState().setComparison({ from: day('2022-03-01'), to: day('2022-09-01') }),
      '?compare=2022-03-01,2022-09-01',
    ],
  ])('pushes at once for %s', (_name, act, search) => {
    const { win, store } = start();
    act(store);
    expect(win.url()).toBe(`/parley/${search}`);
    expect(win.calls).toEqual({ push: 1, replace: 0 });
  });

  it('writes pan and zoom once they pause, replacing the current entry', () => {
    const { win, store } = start();
    zoom(store, '2022-03-01', 10);
    zoom(store, '2022-03-02', 10);
    expect(win.calls).toEqual({ push: 0, replace: 0 });
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(win.url()).toBe('/parley/?start=2022-03-02&end=2022-03-11');
    expect(win.calls).toEqual({ push: 0, replace: 1 });
    expect(win.entries).toHaveLength(1);
  });

  it('makes one entry for a burst of typing in the search box', () => {
    const { win, store } = start();
    for (const q of ['s', 'sa', 'sam', 'samar']) store.getState().setQuery(q);
    expect(win.calls.push).toBe(0);
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(win.entries).toEqual(['/parley/', '/parley/?q=samar']);
  });

  it('settles a pending pan into the entry being left before pushing a new one', () => {
    const { win, store } = start();
    zoom(store, '2022-03-10', 10);
    // An event in the window: selecting it leaves the window where the pan put it.
    store.getState().selectEvent('2022-03-18-xi-biden' as EventId);
    expect(win.entries).toEqual([
      '/parley/?start=2022-03-10&end=2022-03-19',
      '/parley/?event=2022-03-18-xi-biden&start=2022-03-10&end=2022-03-19',
    ]);
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(win.calls).toEqual({ push: 1, replace: 1 });
  });

  it('does not write when the URL would not change', () => {
    const { win, store } = start('/?start=2022-03-01&end=2022-03-10');
    store.getState().addNotice({ id: 'n', message: 'Hello' });
    // The same days, a few hours later: the URL stays the same.
    store.getState().setWindow({ start: day('2022-03-01') + 3e6, end: day('2022-03-10') + 4e6 });
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(win.calls).toEqual({ push: 0, replace: 0 });
  });

  it('leaves a bare path when everything is back at its default', () => {
    const { win, store } = start('/parley/#about');
    store.getState().selectEvent(invasion);
    store.getState().selectEvent(null);
    expect(win.url()).toBe('/parley/#about');
    expect(win.entries).toHaveLength(3);
  });
});

describe('startUrlSync: Back and Forward', () => {
  it('Back restores the previous selection without writing history', () => {
    const { win, store } = start();
    store.getState().selectEvent(invasion);
    store.getState().selectEvent(samarkand);
    const calls = { ...win.calls };
    win.back();
    expect(store.getState().selectedEventId).toBe(invasion);
    expect(store.getState().panel).toBe('event');
    win.back();
    expect(store.getState().selectedEventId).toBeNull();
    expect(store.getState().panel).toBeNull();
    win.forward();
    expect(store.getState().selectedEventId).toBe(invasion);
    expect(win.calls).toEqual(calls);
    expect(win.entries).toHaveLength(3);
  });

  it('Back restores the window and filters of the earlier entry', () => {
    const { win, store } = start();
    zoom(store, '2022-03-01', 10);
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    store.getState().toggleActor('china' as ActorId);
    zoom(store, '2022-09-01', 30);
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    win.back();
    expect(store.getState().window).toEqual({ start: day('2022-03-01'), end: day('2022-03-11') });
    expect(store.getState().filters.actors).toEqual([]);
    win.forward();
    expect(store.getState().window).toEqual({ start: day('2022-09-01'), end: day('2022-10-01') });
    expect(store.getState().filters.actors).toEqual(['china']);
  });

  it('drops a pan still pending when the user goes Back', () => {
    const { win, store } = start();
    store.getState().selectEvent(invasion);
    zoom(store, '2022-03-01', 10);
    win.back();
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    expect(win.entries).toEqual(['/parley/', '/parley/?event=2022-02-24-invasion']);
    expect(store.getState().window).toEqual(TEST_SPAN);
  });

  it('after Back, a new act replaces the forward entries', () => {
    const { win, store } = start();
    store.getState().selectEvent(invasion);
    win.back();
    store.getState().toggleKind('vote');
    expect(win.entries).toEqual(['/parley/', '/parley/?kinds=vote']);
  });
});

describe('startUrlSync: stopping', () => {
  it('stops listening and writing', () => {
    const { win, store } = start();
    zoom(store, '2022-03-01', 10);
    stops.pop()!();
    vi.advanceTimersByTime(URL_WRITE_DEBOUNCE_MS);
    store.getState().selectEvent(invasion);
    win.navigate('/parley/?event=2022-09-15-samarkand');
    win.back();
    expect(win.calls).toEqual({ push: 0, replace: 0 });
    expect(store.getState().selectedEventId).toBe(invasion);
  });
});

describe('a new quiz', () => {
  it('pushes its seed to the URL', () => {
    const { win, store } = start('/parley/?view=quiz&seed=1');
    store.getState().startQuiz(77);
    expect(win.entries).toEqual(['/parley/?view=quiz&seed=1', '/parley/?view=quiz&seed=77']);
  });
});
