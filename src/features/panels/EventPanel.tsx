import { nameOf, useLocalLabels } from '../../i18n/use-local-labels';
import type { ActorId, Dataset, DocumentId, EventId, ParleyEvent } from '../../domain/types';
import { useContentLang } from '../../i18n/use-content-lang';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';
import { QuoteBlock } from '../../ui/QuoteBlock';
import { SourceList } from '../../ui/SourceList';
import { VoteResult } from './VoteResult';
import { EventLink } from '../../ui/EventLink';
import { DocumentLinks } from './DocumentLinks';

export interface EventPanelProps {
  event: ParleyEvent;
  dataset: Dataset;
  onSelectEvent: (id: EventId) => void;
  onSelectActor: (id: ActorId) => void;
  onOpenDocument: (id: DocumentId) => void;
}

/** Everything known about one event: when, who, what happened, what was said, and the sources. */
export function EventPanel({
  event,
  dataset,
  onSelectEvent,
  onSelectActor,
  onOpenDocument,
}: EventPanelProps) {
  const { formatDateRange } = useFormatDate();
  const contentLang = useContentLang();
  const t = useT();
  const labels = useLocalLabels();
  return (
    <article className="event-panel" aria-labelledby="event-panel-title">
      <p className="panel-kicker">
        <span className={`kind-badge kind-${event.kind}`}>{t(`kind.${event.kind}`)}</span>
        {event.displayDate ? (
          <time
            dateTime={event.date}
            title={formatDateRange(event.date, event.endDate, event.precision)}
            lang={contentLang}
          >
            {event.displayDate}
          </time>
        ) : (
          <time dateTime={event.date}>
            {formatDateRange(event.date, event.endDate, event.precision)}
          </time>
        )}
        {event.approximate ? <span className="approx"> ({t('event.approximate')})</span> : null}
      </p>
      <h2 id="event-panel-title" tabIndex={-1} lang={contentLang}>
        {event.title}
      </h2>
      {event.location ? (
        <p className="event-location" lang={contentLang}>
          <span className="visually-hidden">{t('event.location')}: </span>
          {event.location}
        </p>
      ) : null}
      <p className="event-summary" lang={contentLang}>
        {event.summary}
      </p>
      {event.disputed ? (
        <p className="event-disputed">
          <strong>{t('event.disputed')}:</strong> <span lang={contentLang}>{event.disputed}</span>
        </p>
      ) : null}
      <h3>{t('event.actors')}</h3>
      <ul className="actor-chips">
        {event.actors.map(({ actor, role }) => (
          <li key={`${actor}-${role}`}>
            <button type="button" className="actor-chip" onClick={() => onSelectActor(actor)}>
              <span
                className="swatch"
                style={{ background: dataset.actorsById.get(actor)?.color }}
                aria-hidden="true"
              />
              {nameOf(dataset.actorsById.get(actor), labels) ?? actor}{' '}
              <span className="role">({t(`role.${role}`)})</span>
            </button>
          </li>
        ))}
      </ul>
      {event.vote ? (
        <>
          <h3>{t('event.vote')}</h3>
          <VoteResult vote={event.vote} dataset={dataset} />
        </>
      ) : null}
      <DocumentLinks event={event} dataset={dataset} onOpenDocument={onOpenDocument} />
      {event.quotes.length ? (
        <>
          <h3>{t('event.quotes')}</h3>
          {event.quotes.map((q, i) => (
            <QuoteBlock key={i} quote={q} dataset={dataset} />
          ))}
        </>
      ) : null}
      {event.related.length ? (
        <>
          <h3>{t('event.related')}</h3>
          <ul className="event-links">
            {event.related.map((id) => (
              <li key={id}>
                <EventLink id={id} dataset={dataset} onSelect={onSelectEvent} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('event.sources')}</h3>
      <SourceList ids={event.sources} dataset={dataset} />
    </article>
  );
}
