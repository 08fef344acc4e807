import { useEffect, useState } from 'react';
import { fetchDataset } from '../data/fetch-dataset';
import type { LoadResult } from '../data/load-dataset';
import { createParleyStore, type ParleyStore } from '../store/create-store';
import { StoreProvider } from '../store/StoreContext';
import { DatasetErrors } from './DatasetErrors';
import { LANGUAGES, translator } from '../i18n/translate';
import { startUrlSync } from '../url/url-sync';
import { knownIdsOf } from '../url/url-codec';
import type { Dataset } from '../domain/types';
import { embedAwareHistory } from '../features/newsroom/embed-history';
import { startThemeSync } from '../features/newsroom/document-theme';
import { ParleyApp } from './ParleyApp';
import { startLangSync } from './document-lang';

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

/** The composition root: loads the dataset, then builds the store and mounts the app. */
export function App({ load = fetchDataset }: { load?: () => Promise<LoadResult> }) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void load().then((result) => {
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
  }, [load, attempt]);
  const retry = () => {
    setBoot({ status: 'loading' });
    setAttempt((n) => n + 1);
  };
  if (boot.status === 'loading') return <p className="loading">{translator('en')('loading')}</p>;
  if (boot.status === 'failed')
    return (
      <DatasetErrors problems={boot.result.problems} file="data/parley.json" onRetry={retry} />
    );
  return (
    <StoreProvider store={boot.store}>
      <ParleyApp />
    </StoreProvider>
  );
}
