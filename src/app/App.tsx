import { useEffect, useState } from 'react';
import { fetchDataset } from '../data/fetch-dataset';
import type { LoadResult } from '../data/load-dataset';
import { createParleyStore, type ParleyStore } from '../store/create-store';
import { StoreProvider } from '../store/StoreContext';
import { DatasetErrors } from './DatasetErrors';
import { LANGS } from '../i18n/languages';
import { loadMessages } from '../i18n/load-messages';
import { linkLang } from '../url/link-lang';
import { LoadingLine } from './LoadingLine';
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
    known: knownIdsOf(dataset, LANGS),
  });
  const stopTheme = startThemeSync(store, document.documentElement);
  const stopLang = startLangSync(store, document.documentElement, (title) => {
    document.title = title;
  });
  // A link into a story names the step; playing it shows that step's event and window.
  const { story, playStory } = store.getState();
  if (story) playStory(story.id, story.step);
  return () => {
    stopUrl();
    stopTheme();
    stopLang();
  };
}

/**
 * The composition root: loads the dataset (and, meanwhile, the language the link asks for), then
 * builds the store and mounts the app once the interface language's messages are in.
 */
export function App({ load = fetchDataset }: { load?: () => Promise<LoadResult> }) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [bootLang] = useState(() => linkLang(window) ?? 'en');
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    void loadMessages(bootLang);
    void load().then((result) => {
      if (!live) return;
      if (!result.ok) {
        setBoot({ status: 'failed', result });
        return;
      }
      const store = createParleyStore(result.dataset);
      stop = connectUrl(store, result.dataset);
      // Mount once the language's messages are in, so no English shows first.
      void loadMessages(store.getState().lang).then(() => {
        if (live) setBoot({ status: 'ready', store });
      });
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [load, bootLang]);
  if (boot.status === 'loading') return <LoadingLine lang={bootLang} />;
  if (boot.status === 'failed')
    return (
      <DatasetErrors problems={boot.result.problems} file="data/parley.json" lang={bootLang} />
    );
  return (
    <StoreProvider store={boot.store}>
      <ParleyApp />
    </StoreProvider>
  );
}
