// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../data/load-dataset';

vi.mock('../data/saved-dataset', () => ({
  readSavedDataset: vi.fn(() => Promise.resolve({ name: 'mine.json', text: 'not json' })),
  saveDataset: vi.fn(),
  forgetSavedDataset: vi.fn(),
}));

const { bootDataset } = await import('./boot-dataset');
const bundled: LoadResult = { ok: false, problems: [] };

afterEach(() => {
  history.replaceState(null, '', '/');
});

describe('bootDataset at the start', () => {
  it('shows the file this browser kept in the full app', async () => {
    history.replaceState(null, '', '/?event=x');
    const booted = await bootDataset({ kind: 'start' }, () => Promise.resolve(bundled));
    expect(booted.source).toEqual({ kind: 'file', name: 'mine.json' });
  });

  it('never in an embed: it shows the app’s own dataset, as its link set up', async () => {
    for (const flag of ['1', 'true']) {
      history.replaceState(null, '', `/?event=x&embed=${flag}`);
      const load = vi.fn(() => Promise.resolve(bundled));
      const booted = await bootDataset({ kind: 'start' }, load);
      expect(booted.source.kind).toBe('bundled');
      expect(load).toHaveBeenCalledOnce();
    }
  });
});
