import { nameOf, useLocalLabels } from '../../i18n/use-local-labels';
import { useFormatDate } from '../../i18n/use-format-date';
import type { Dataset, EventId, Reaction } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { QuoteBlock } from '../../ui/QuoteBlock';
import { ReactionBadge } from '../../ui/ReactionBadge';
import { SourceList } from '../../ui/SourceList';

/**
 * One actor's reaction to a document: who, how (in words, symbol and colour), when, what they
 * said, and where it was reported. Under a point, `point` is that point, so that the other
 * points the same reaction addresses are named rather than repeated silently.
 */
export function ReactionItem({
  reaction: r,
  point,
  dataset,
  onSelectEvent,
}: {
  reaction: Reaction;
  point?: number;
  dataset: Pick<Dataset, 'actorsById' | 'sourcesById' | 'eventsById'>;
  onSelectEvent: (id: EventId) => void;
}) {
  const { formatDateRange } = useFormatDate();
  const t = useT();
  const labels = useLocalLabels();
  const actor = dataset.actorsById.get(r.actor);
  const others = r.points.filter((n) => n !== point);
  const event = r.event ? dataset.eventsById.get(r.event) : undefined;
  return (
    <li className={`reaction tone-${r.response}`}>
      <p className="reaction-head">
        <span className="reaction-actor">
          <span className="swatch" style={{ background: actor?.color }} aria-hidden="true" />
          {nameOf(actor, labels) ?? r.actor}
        </span>
        <ReactionBadge response={r.response} />
        <time dateTime={r.date}>{formatDateRange(r.date)}</time>
        {others.length > 0 ? (
          <span className="reaction-points">
            {t(point === undefined ? 'paper.onPoints' : 'paper.alsoPoints', {
              numbers: others.join(', '),
            })}
          </span>
        ) : null}
      </p>
      <p className="reaction-summary">{r.summary}</p>
      {r.quote ? <QuoteBlock quote={r.quote} dataset={dataset} /> : null}
      <div className="reaction-links">
        {event ? (
          <button type="button" className="link-button" onClick={() => onSelectEvent(event.id)}>
            {t('paper.showEvent')}: {event.title}
          </button>
        ) : null}
        {r.sources.length > 0 ? (
          <details className="reaction-sources">
            <summary>{t('paper.sources', { count: r.sources.length })}</summary>
            <SourceList ids={r.sources} dataset={dataset} />
          </details>
        ) : null}
      </div>
    </li>
  );
}
