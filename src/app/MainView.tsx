import { lazy, Suspense } from 'react';
import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { ZoomBar } from '../features/timeline/ZoomBar';
import { ListView } from '../features/explore/ListView';
import { StanceMatrix } from '../features/positions/StanceMatrix';
import { WhatChanged } from '../features/positions/WhatChanged';
import { PositionPaperView } from '../features/paper/PositionPaperView';
import { VotesView } from '../features/votes/VotesView';
import { QuizView } from '../features/quiz/QuizView';

// vis-timeline is the heaviest dependency: its own chunk, so the first paint doesn't wait for it.
const TimelineView = lazy(() =>
  import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);

/** The main area: whichever view is chosen. */
export function MainView() {
  const t = useT();
  // Presentation mode shows the timeline under its stage, whichever view was open, except the
  // quiz: a class answers it together on the projector.
  const view = useParley((s) => (s.presenting && s.view !== 'quiz' ? 'timeline' : s.view));
  const presenting = useParley((s) => s.presenting);
  switch (view) {
    case 'list':
      return (
        <section className="main-view" aria-label={t('view.list')}>
          <ListView />
        </section>
      );
    case 'matrix':
      return <StanceMatrix />;
    case 'changes':
      return <WhatChanged />;
    case 'paper':
      return <PositionPaperView />;
    case 'votes':
      return <VotesView />;
    case 'quiz':
      return <QuizView />;
    default:
      return (
        <section className="main-view timeline-view" aria-label={t('timeline.label')}>
          {presenting ? null : <ZoomBar />}
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <TimelineView />
          </Suspense>
        </section>
      );
  }
}
