import { useEffect, useState } from 'react';
import { fetchDataset } from '../data/fetch-dataset';
import type { LoadResult } from '../data/load-dataset';
import { createParleyStore, type ParleyStore } from '../store/create-store';
import { StoreProvider } from '../store/StoreContext';
import { DatasetErrors } from '../components/DatasetErrors';
import { translator } from '../i18n/translate';
import { ParleyApp } from './ParleyApp';

type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly result: Extract<LoadResult, { ok: false }> }
  | { readonly status: 'ready'; readonly store: ParleyStore };

/** The composition root: loads the dataset, then builds the store and mounts the app. */
export function App({ load = fetchDataset }: { load?: () => Promise<LoadResult> }) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (!live) return;
      setBoot(
        result.ok
          ? { status: 'ready', store: createParleyStore(result.dataset) }
          : { status: 'failed', result },
      );
    });
    return () => {
      live = false;
    };
  }, [load]);
  if (boot.status === 'loading') return <p className="loading">{translator('en')('loading')}</p>;
  if (boot.status === 'failed')
    return <DatasetErrors problems={boot.result.problems} file="data/parley.json" />;
  return (
    <StoreProvider store={boot.store}>
      <ParleyApp />
    </StoreProvider>
  );
}
