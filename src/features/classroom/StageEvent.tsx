import type { Dataset, ParleyEvent } from '../../domain/types';
import { useContentLang } from '../../i18n/use-content-lang';
import { useFormatDate } from '../../i18n/use-format-date';
import { useLocalLabels } from '../../i18n/use-local-labels';
import { useT } from '../../i18n/use-t';
import { QuoteBlock } from '../../ui/QuoteBlock';
import { StageSources } from './StageSources';

/**
 * One event, large: kind, date and place, title, who took part, a body text, one quote and the
 * sources. `part="quote"` is the quote's own slide (when it did not fit beside the body): the
 * title, the quote large and its source.
 */
export function StageEvent({
  event,
  body,
  dataset,
  part = 'event',
}: {
  event: ParleyEvent;
  /** The summary, or a story's narration in its place. */
  body: string;
  dataset: Dataset;
  part?: 'event' | 'quote';
}) {
  const { formatDateRange } = useFormatDate();
  const contentLang = useContentLang();
  const t = useT();
  const labels = useLocalLabels();
  const quote = event.quotes[0];
  const onQuote = part === 'quote' && quote !== undefined;
  return (
    <article
      className={`stage-event${onQuote ? ' stage-quote' : ''}`}
      aria-labelledby="stage-title"
    >
      <p className="stage-kicker">
        <span className={`kind-badge kind-${event.kind}`}>{t(`kind.${event.kind}`)}</span>
        <time dateTime={event.date}>
          {formatDateRange(event.date, event.endDate, event.precision)}
        </time>
        {event.approximate ? <span>({t('event.approximate')})</span> : null}
        {event.location ? (
          <span className="stage-location" lang={contentLang}>
            {event.location}
          </span>
        ) : null}
      </p>
      <h2 id="stage-title" className="stage-title" lang={contentLang}>
        {event.title}
      </h2>
      {onQuote ? null : (
        <>
          <ul className="stage-actors" aria-label={t('event.actors')}>
            {event.actors.map(({ actor }) => {
              const a = dataset.actorsById.get(actor);
              return (
                <li key={actor}>
                  <span className="swatch" style={{ background: a?.color }} aria-hidden="true" />
                  {a ? labels.name(a) : actor}
                </li>
              );
            })}
          </ul>
          <p className="stage-body" lang={contentLang}>
            {body}
          </p>
        </>
      )}
      {quote ? <QuoteBlock quote={quote} dataset={dataset} /> : null}
      <StageSources ids={onQuote ? [quote.source] : event.sources} dataset={dataset} />
    </article>
  );
}
