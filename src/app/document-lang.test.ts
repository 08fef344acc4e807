import { describe, expect, it, vi } from 'vitest';
import { createParleyStore } from '../store/create-store';
import { makeDataset } from '../../tests/helpers/builders';
import { startLangSync } from './document-lang';

describe('startLangSync', () => {
  it('keeps lang and the title in step with the interface language until stopped', async () => {
    const store = createParleyStore(makeDataset(), { lang: 'fr' });
    const attributes = new Map<string, string>();
    const root = { setAttribute: (name: string, value: string) => attributes.set(name, value) };
    const titles: string[] = [];
    const stop = startLangSync(store, root, (title) => titles.push(title));
    expect(attributes.get('lang')).toBe('fr');
    await vi.waitFor(() => expect(titles).toEqual(['Parley — chronologie diplomatique']));
    store.getState().setLang('zh');
    expect(attributes.get('lang')).toBe('zh-Hans');
    await vi.waitFor(() => expect(titles.at(-1)).toBe('Parley——外交时间轴'));
    store.getState().setLang('en');
    expect(attributes.get('lang')).toBe('en');
    stop();
    store.getState().setLang('fr');
    expect(attributes.get('lang')).toBe('en');
  });
});
