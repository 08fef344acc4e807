import { describe, expect, it } from 'vitest';
import { createFakeWindow } from '../../../tests/helpers/fake-window';
import { makeDataset, makeEvent } from '../../../tests/helpers/builders';
import { createParleyStore } from '../../store/create-store';
import { startUrlSync } from '../../url/url-sync';
import { knownIdsOf } from '../../url/url-codec';
import type { EventId } from '../../domain/types';
import { embedAwareHistory } from './embed-history';
import { startThemeSync } from './document-theme';

const dataset = makeDataset({ events: [makeEvent({ id: 'a' }), makeEvent({ id: 'b' })] });

function sync(url: string) {
  const win = createFakeWindow(url);
  const store = createParleyStore(dataset);
  const host = embedAwareHistory(win, () => store.getState().embed);
  const stop = startUrlSync(store, { window: host, known: knownIdsOf(dataset) });
  return { win, store, stop };
}

describe('embedAwareHistory', () => {
  it('replaces the entry instead of pushing while embedded', () => {
    const { win, store } = sync('/?embed=1');
    store.getState().selectEvent('a' as EventId);
    store.getState().selectEvent('b' as EventId);
    expect(win.entries).toEqual(['/?event=b&embed=1']);
    expect(win.calls.push).toBe(0);
  });

  it('pushes as usual in the full app', () => {
    const { win, store } = sync('/');
    store.getState().selectEvent('a' as EventId);
    expect(win.entries).toEqual(['/', '/?event=a']);
  });

  it('passes location and popstate through', () => {
    const { win, store } = sync('/');
    store.getState().selectEvent('a' as EventId);
    win.back();
    expect(store.getState().selectedEventId).toBeNull();
  });
});

describe('startThemeSync', () => {
  it('puts the theme on the root element and follows it', () => {
    const attributes = new Map<string, string>();
    const root = { setAttribute: (k: string, v: string) => void attributes.set(k, v) };
    const store = createParleyStore(dataset, { theme: 'dark' });
    const stop = startThemeSync(store, root);
    expect(attributes.get('data-theme')).toBe('dark');
    store.getState().setTheme('auto');
    expect(attributes.get('data-theme')).toBe('auto');
    stop();
    store.getState().setTheme('light');
    expect(attributes.get('data-theme')).toBe('auto');
  });
});
