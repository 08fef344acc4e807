import type { Dataset, ParleyEvent } from '../../domain/types';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';
import { QuoteBlock } from '../../ui/QuoteBlock';
import { HandoutSources } from './HandoutSources';

/**
 * One event on paper: its number (as in the figure), date, kind and place, title, who, summary,
 * the vote, the quotations with their speakers, and its sources.
 */
export function HandoutEvent({
  event,
  n,
  dataset,
}: {
  event: ParleyEvent;
  n: number;
  dataset: Dataset;
}) {
  const { formatDateRange } = useFormatDate();
  const t = useT();
  const who = event.actors
    .map(
      ({ actor, role }) => `${dataset.actorsById.get(actor)?.name ?? actor} (${t(`role.${role}`)})`,
    )
    .join(', ');
  const vote = event.vote;
  return (
    <article className="handout-event">
      <p className="handout-kicker">
        <span className="handout-number">{n}</span>{' '}
        <time dateTime={event.date}>
          {formatDateRange(event.date, event.endDate, event.precision)}
        </time>
        {event.approximate ? ` (${t('event.approximate')})` : null}
        {' · '}
        {t(`kind.${event.kind}`)}
        {event.location ? ` · ${event.location}` : null}
      </p>
      <h2>{event.title}</h2>
      <p className="handout-who">
        <strong>{t('print.who')}:</strong> {who}
      </p>
      <p>{event.summary}</p>
      {vote ? (
        <p>
          {vote.document}.{' '}
          {t('print.vote', {
            yes: vote.yes,
            no: vote.no,
            abstain: vote.abstain,
            outcome: t(vote.adopted ? 'vote.adopted' : 'vote.notAdopted').toLowerCase(),
          })}
        </p>
      ) : null}
      {event.disputed ? (
        <p className="handout-disputed">
          <strong>{t('event.disputed')}:</strong> {event.disputed}
        </p>
      ) : null}
      {event.quotes.map((q, i) => (
        <QuoteBlock key={i} quote={q} dataset={dataset} />
      ))}
      <div className="handout-cited">
        <h3>{t('print.sources')}</h3>
        <HandoutSources ids={event.sources} dataset={dataset} />
      </div>
    </article>
  );
}
