import { useEffect, useState } from 'react';
import {
  fetchDataset,
  type LoadProgress as Progress,
  type OnProgress,
} from '../data/fetch-dataset';
import type { LoadResult } from '../data/load-dataset';
import { createParleyStore, type ParleyStore } from '../store/create-store';
import { StoreProvider } from '../store/StoreContext';
import { DatasetErrors } from './DatasetErrors';
import { LANGUAGES } from '../i18n/translate';
import { startUrlSync } from '../url/url-sync';
import { knownIdsOf } from '../url/url-codec';
import type { Dataset } from '../domain/types';
import { embedAwareHistory } from '../features/newsroom/embed-history';
import { startThemeSync } from '../features/newsroom/document-theme';
import { ParleyApp } from './ParleyApp';
import { startLangSync } from './document-lang';
import { LoadProgress } from './LoadProgress';

type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly result: Extract<LoadResult, { ok: false }> }
  | { readonly status: 'ready'; readonly store: ParleyStore };

/**
 * Applies the link to the store before the first render, then keeps the two in step (an embed
 * replaces its history entry rather than pushing: see embed-history.ts); the theme and the
 * page's language follow.
 */
function connectUrl(store: ParleyStore, dataset: Dataset): () => void {
  const host = embedAwareHistory(window, () => store.getState().embed);
  const stopUrl = startUrlSync(store, {
    window: host,
    known: knownIdsOf(dataset, Object.keys(LANGUAGES)),
  });
  const stopTheme = startThemeSync(store, document.documentElement);
  const stopLang = startLangSync(store, document.documentElement);
  // A link into a story names the step; playing it shows that step's event and window.
  const { story, playStory } = store.getState();
  if (story) playStory(story.id, story.step);
  return () => {
    stopUrl();
    stopTheme();
    stopLang();
  };
}

/** Progress is shown from this size on: a small file loads before anyone could read it. */
const SHOW_PROGRESS_FROM = 2 * 1024 * 1024;

const loadBundled = (onProgress: OnProgress) => fetchDataset(undefined, undefined, onProgress);

/** The composition root: loads the dataset, then builds the store and mounts the app. */
export function App({
  load = loadBundled,
}: {
  load?: (onProgress: OnProgress) => Promise<LoadResult>;
}) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    const onProgress: OnProgress = (p) => {
      const size = p.phase === 'download' ? (p.total ?? p.loaded) : p.bytes;
      if (live && size >= SHOW_PROGRESS_FROM) setProgress(p);
    };
    void load(onProgress).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setBoot({ status: 'failed', result });
        return;
      }
      const store = createParleyStore(result.dataset);
      stop = connectUrl(store, result.dataset);
      setBoot({ status: 'ready', store });
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [load]);
  if (boot.status === 'loading') return <LoadProgress progress={progress} />;
  if (boot.status === 'failed')
    return <DatasetErrors problems={boot.result.problems} file="data/parley.json" />;
  return (
    <StoreProvider store={boot.store}>
      <ParleyApp />
    </StoreProvider>
  );
}
