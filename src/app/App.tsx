import { useEffect, useMemo, useState } from 'react';
import {
  fetchDataset,
  type LoadProgress as Progress,
  type OnProgress,
} from '../data/fetch-dataset';
import type { LoadResult } from '../data/load-dataset';
import { createParleyStore, type ParleyStore } from '../store/create-store';
import { StoreProvider } from '../store/StoreContext';
import { connectSearchWorker, type SearchPort } from '../store/search-worker';
import { DatasetErrors } from './DatasetErrors';
import { TooBigForDevice } from './TooBigForDevice';
import { translator } from '../i18n/translate';
import { useTranslator } from '../i18n/use-t';
import { LANGS, langTagOf } from '../i18n/languages';
import { loadMessages } from '../i18n/load-messages';
import { linkLang, linkOpensTimeline } from '../url/link-lang';
import { LoadProgress } from './LoadProgress';
import { startUrlSync } from '../url/url-sync';
import { knownIdsOf } from '../url/url-codec';
import type { Dataset } from '../domain/types';
import { embedAwareHistory } from '../features/newsroom/embed-history';
import { startThemeSync } from '../features/newsroom/document-theme';
import { ParleyApp } from './ParleyApp';
import { prepareTimelineView } from './MainView';
import { markLoad } from '../data/load-marks';
import { bundledDatasetHash, dropPrerender, retirePrerender } from './prerender';
import { startLangSync } from './document-lang';
import { bootDataset, sourceLabel, type BootRequest } from './boot-dataset';
import type { DatasetSource } from '../data/dataset-source';
import { OwnDataContext, type OwnDataActions } from '../features/own-data/own-data-context';
import { DropZone } from '../features/own-data/DropZone';
import { ErrorActions } from '../features/own-data/ErrorActions';

type Boot =
  | { readonly status: 'loading' }
  | {
      readonly status: 'failed';
      readonly result: Extract<LoadResult, { ok: false }>;
      readonly source: DatasetSource;
    }
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

/** The search worker of a large dataset (none where workers are missing, as in jsdom). */
function makeSearchWorker(): SearchPort | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('../store/search.worker.ts', import.meta.url), { type: 'module' });
}

/** Progress is shown from this size on: a small file loads before anyone could read it. */
const SHOW_PROGRESS_FROM = 2 * 1024 * 1024;

// The bundled file: the one the build validated (and prerendered) is not checked again; another
// takes the prerendered frame away at once (prerender.ts).
const loadBundled = (onProgress?: OnProgress) => {
  const sha256 = bundledDatasetHash();
  const buildCheck = sha256 ? { sha256, onDiffers: () => dropPrerender() } : undefined;
  return fetchDataset(undefined, undefined, undefined, onProgress, { buildCheck });
};

/**
 * The composition root: loads the dataset (the bundled one, a link's `data=`, or a file the
 * reader opens: see boot-dataset.ts), then builds the store and mounts the app. Opening a file or
 * going back to the bundled dataset builds a new store.
 */
export function App({
  load = loadBundled,
}: {
  load?: (onProgress?: OnProgress) => Promise<LoadResult>;
}) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [request, setRequest] = useState<BootRequest>({ kind: 'start' });
  const [bootLang] = useState(() => linkLang(window) ?? 'en');
  const actions = useMemo<OwnDataActions>(
    () => ({
      openFile: (file) => {
        setBoot({ status: 'loading' });
        setRequest({ kind: 'file', file });
      },
      showBundled: () => {
        setBoot({ status: 'loading' });
        setRequest({ kind: 'bundled' });
      },
    }),
    [],
  );
  // Before there is a store (loading, or a dataset that failed), the page is in the link's
  // language too: <html lang> and the title (startLangSync keeps them once the app runs).
  useEffect(() => {
    document.documentElement.setAttribute('lang', langTagOf(bootLang));
    void loadMessages(bootLang).then(() => {
      if (document.documentElement.getAttribute('lang') === langTagOf(bootLang))
        document.title = translator(bootLang)('app.title');
    });
  }, [bootLang]);
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    // The language the link asks for loads while the dataset does.
    void loadMessages(bootLang);
    const onProgress: OnProgress = (p) => {
      const size = p.phase === 'download' ? (p.total ?? p.loaded) : p.bytes;
      if (live && size >= SHOW_PROGRESS_FROM) setProgress(p);
    };
    if (linkOpensTimeline(window)) prepareTimelineView();
    void bootDataset(request, () => load(onProgress)).then(
      ({ source, result, notKept, madeIds, unused }) => {
        if (!live) return;
        // The frame shows the bundled dataset only.
        if (!result.ok || source.kind !== 'bundled') dropPrerender();
        if (!result.ok) {
          setBoot({ status: 'failed', result, source });
          return;
        }
        const store = createParleyStore(result.dataset, { source });
        const stopUrl = connectUrl(store, result.dataset);
        const stopSearch = connectSearchWorker(store, makeSearchWorker);
        stop = () => {
          stopUrl();
          stopSearch();
        };
        markLoad('store-ready');
        const t = translator(store.getState().lang);
        if (notKept)
          store.getState().addNotice({ id: 'own-data-not-kept', message: t('ownData.notKept') });
        if (madeIds)
          store.getState().addNotice({
            id: 'own-data-made-ids',
            message: t('ownData.madeIds', { count: madeIds }),
          });
        if (unused?.length)
          store.getState().addNotice({
            id: 'own-data-unused',
            message: t('ownData.unused', { names: unused.join(', ') }),
          });
        // Mount once the language's messages are in, so no English shows first.
        void loadMessages(store.getState().lang).then(() => {
          if (live) setBoot({ status: 'ready', store });
        });
      },
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [load, request, bootLang]);
  // The app has rendered: the prerendered frame goes (once the timeline has drawn). It shows the
  // timeline: another view chosen before the timeline has drawn takes it away at once.
  useEffect(() => {
    if (boot.status !== 'ready') return;
    retirePrerender();
    return boot.store.subscribe(
      (s) => s.view,
      (view) => {
        if (view !== 'timeline') dropPrerender();
      },
    );
  }, [boot]);
  // Try again: the same request once more (a timeout or a server error may pass).
  const retry = () => {
    setBoot({ status: 'loading' });
    setRequest((r) => ({ ...r }));
  };
  // Re-renders once the link's language has loaded (the drop hint and the error actions).
  const t = useTranslator(bootLang);
  return (
    <OwnDataContext value={actions}>
      <DropZone label={t('ownData.drop')} />
      {boot.status === 'loading' ? <LoadProgress progress={progress} lang={bootLang} /> : null}
      {boot.status === 'failed' && boot.result.tooBig ? (
        <TooBigForDevice figures={boot.result.tooBig} lang={bootLang}>
          {boot.source.kind === 'bundled' ? null : <ErrorActions t={t} />}
        </TooBigForDevice>
      ) : boot.status === 'failed' ? (
        <DatasetErrors
          problems={boot.result.problems}
          file={sourceLabel(boot.source)}
          lang={bootLang}
          onRetry={retry}
        >
          {boot.source.kind === 'bundled' ? null : <ErrorActions t={t} />}
        </DatasetErrors>
      ) : null}
      {boot.status === 'ready' ? (
        <StoreProvider store={boot.store}>
          <ParleyApp />
        </StoreProvider>
      ) : null}
    </OwnDataContext>
  );
}
