import { useMemo } from 'react';
import { reactionsByPoint } from '../../domain/document-reactions';
import type { Dataset, EventId, Reaction } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { useDocument } from '../../store/use-positions';
import { useT } from '../../i18n/use-t';
import { DocumentHeader } from './DocumentHeader';
import { ReactionGlance } from './ReactionGlance';
import { ReactionItem } from './ReactionItem';
import '../../ui/views.css';
import './paper.css';

function ReactionList({
  reactions,
  point,
  empty,
  dataset,
  onSelectEvent,
}: {
  reactions: readonly Reaction[];
  point?: number;
  empty: string;
  dataset: Dataset;
  onSelectEvent: (id: EventId) => void;
}) {
  if (reactions.length === 0) return <p className="no-reactions">{empty}</p>;
  return (
    <ul className="reactions">
      {reactions.map((r, i) => (
        <ReactionItem
          key={`${r.actor}-${r.date}-${i}`}
          reaction={r}
          point={point}
          dataset={dataset}
          onSelectEvent={onSelectEvent}
        />
      ))}
    </ul>
  );
}

/**
 * A policy document (by default China's 12-point paper) point by point, each with the reactions
 * that address it; then the reactions to the document as a whole.
 */
export function PositionPaperView() {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const selectEvent = useParley((s) => s.selectEvent);
  const doc = useDocument();
  const arranged = useMemo(() => doc && reactionsByPoint(doc), [doc]);
  if (!doc || !arranged) {
    return (
      <section className="main-view positions-view" aria-label={t('view.paper')}>
        <p className="empty-state">{t('paper.none')}</p>
      </section>
    );
  }
  return (
    <section className="main-view positions-view paper-view" aria-labelledby="paper-title">
      <DocumentHeader doc={doc} dataset={dataset} onSelectEvent={selectEvent} />
      <ReactionGlance doc={doc} />
      <h3 className="points-title">{t('paper.points', { count: doc.points.length })}</h3>
      <ol className="paper-points">
        {doc.points.map((p) => (
          <li key={p.number} className="paper-point">
            <h4 id={`point-${p.number}`}>
              <span className="point-number" aria-hidden="true">
                {p.number}
              </span>
              <span className="visually-hidden">{t('paper.point', { number: p.number })}: </span>
              {p.title}
            </h4>
            <p className="point-summary">{p.summary}</p>
            <ReactionList
              reactions={arranged.byPoint.get(p.number) ?? []}
              point={p.number}
              empty={t('paper.noReactions')}
              dataset={dataset}
              onSelectEvent={selectEvent}
            />
          </li>
        ))}
      </ol>
      <h3 className="points-title">{t('paper.general')}</h3>
      <ReactionList
        reactions={arranged.general}
        empty={t('paper.noGeneral')}
        dataset={dataset}
        onSelectEvent={selectEvent}
      />
    </section>
  );
}
