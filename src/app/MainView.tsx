import { lazy, Suspense } from 'react';
import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { ZoomBar } from '../components/ZoomBar';
import { StanceMatrix } from '../components/StanceMatrix';
import { WhatChanged } from '../components/WhatChanged';
import { PositionPaperView } from '../components/PositionPaperView';
import { VotesView } from '../components/VotesView';

// vis-timeline is the heaviest dependency: its own chunk, so the first paint doesn't wait for it.
const TimelineView = lazy(() =>
  import('../timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);

/** The main area: whichever view is chosen. */
export function MainView() {
  const t = useT();
  const view = useParley((s) => s.view);
  switch (view) {
    case 'matrix':
      return <StanceMatrix />;
    case 'changes':
      return <WhatChanged />;
    case 'paper':
      return <PositionPaperView />;
    case 'votes':
      return <VotesView />;
    default:
      return (
        <section className="main-view timeline-view" aria-label={t('timeline.label')}>
          <ZoomBar />
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <TimelineView />
          </Suspense>
        </section>
      );
  }
}
