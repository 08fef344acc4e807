import { lazy, Suspense, type ReactNode } from 'react';
import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { ZoomBar } from '../features/timeline/ZoomBar';

// Each view is its own chunk, so the first paint loads only the view it shows (vis-timeline, the
// heaviest dependency, only for the timeline); the service worker precaches them all for offline.
const loadTimelineView = () => import('../features/timeline/TimelineView');
const TimelineView = lazy(() => loadTimelineView().then((m) => ({ default: m.TimelineView })));

/**
 * Runs the timeline's chunk (vis-timeline: about 100 ms of module evaluation on this machine)
 * while the dataset downloads, so the first draw does not wait for it after the data has come.
 * index.html has fetched it already (modulepreload). Call it when the link opens the timeline.
 */
export function prepareTimelineView(): void {
  void loadTimelineView();
}
const ListView = lazy(() =>
  import('../features/explore/ListView').then((m) => ({ default: m.ListView })),
);
const StanceMatrix = lazy(() =>
  import('../features/positions/StanceMatrix').then((m) => ({ default: m.StanceMatrix })),
);
const WhatChanged = lazy(() =>
  import('../features/positions/WhatChanged').then((m) => ({ default: m.WhatChanged })),
);
const PositionPaperView = lazy(() =>
  import('../features/paper/PositionPaperView').then((m) => ({ default: m.PositionPaperView })),
);
const VotesView = lazy(() =>
  import('../features/votes/VotesView').then((m) => ({ default: m.VotesView })),
);
const QuizView = lazy(() =>
  import('../features/quiz/QuizView').then((m) => ({ default: m.QuizView })),
);

function Loading({ children, box }: { children: ReactNode; box?: string }) {
  const t = useT();
  const line = <p className="loading">{t('loading')}</p>;
  // A box holds the room of the view to come, so nothing below it moves when it draws.
  const fallback = box ? <div className={box}>{line}</div> : line;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}

/** The main area: whichever view is chosen. */
export function MainView() {
  const t = useT();
  // Presentation mode shows the timeline under its stage, whichever view was open, except the
  // quiz: a class answers it together on the projector.
  const view = useParley((s) => (s.presenting && s.view !== 'quiz' ? 'timeline' : s.view));
  const presenting = useParley((s) => s.presenting);
  return viewOf(view, presenting, t);
}

function viewOf(view: string, presenting: boolean, t: ReturnType<typeof useT>) {
  switch (view) {
    case 'list':
      return (
        <section className="main-view" aria-label={t('view.list')}>
          <Loading>
            <ListView />
          </Loading>
        </section>
      );
    case 'matrix':
      return (
        <Loading>
          <StanceMatrix />
        </Loading>
      );
    case 'changes':
      return (
        <Loading>
          <WhatChanged />
        </Loading>
      );
    case 'paper':
      return (
        <Loading>
          <PositionPaperView />
        </Loading>
      );
    case 'votes':
      return (
        <Loading>
          <VotesView />
        </Loading>
      );
    case 'quiz':
      return (
        <Loading>
          <QuizView />
        </Loading>
      );
    default:
      return (
        <section className="main-view timeline-view" aria-label={t('timeline.label')}>
          {presenting ? null : <ZoomBar />}
          <Loading box="timeline-placeholder">
            <TimelineView />
          </Loading>
        </section>
      );
  }
}
