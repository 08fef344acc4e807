import { describe, expect, it } from 'vitest';
import { createParleyStore } from '../store/create-store';
import { makeDataset } from '../../tests/helpers/builders';
import { startLangSync } from './document-lang';

describe('startLangSync', () => {
  it('keeps lang on the root in step with the interface language until stopped', () => {
    const store = createParleyStore(makeDataset(), { lang: 'fr' });
    const attributes = new Map<string, string>();
    const root = { setAttribute: (name: string, value: string) => attributes.set(name, value) };
    const stop = startLangSync(store, root);
    expect(attributes.get('lang')).toBe('fr');
    store.getState().setLang('en');
    expect(attributes.get('lang')).toBe('en');
    stop();
    store.getState().setLang('fr');
    expect(attributes.get('lang')).toBe('en');
  });
});
