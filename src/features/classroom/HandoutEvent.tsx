import type { Dataset, ParleyEvent } from '../../domain/types';
import { useContentLang } from '../../i18n/use-content-lang';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';
import { useLocalLabels } from '../../i18n/use-local-labels';
import { HandoutQuote } from './HandoutQuote';
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
  const labels = useLocalLabels();
  const contentLang = useContentLang();
  const who = event.actors
    .map(({ actor, role }) => {
      const a = dataset.actorsById.get(actor);
      return `${a ? labels.name(a) : actor} (${t(`role.${role}`)})`;
    })
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
        {event.location ? (
          <>
            {' · '}
            <span lang={contentLang}>{event.location}</span>
          </>
        ) : null}
      </p>
      <h2 lang={contentLang}>{event.title}</h2>
      <p className="handout-who">
        <strong>{t('punct.labelled', { label: t('print.who') })}</strong> {who}
      </p>
      <p lang={contentLang}>{event.summary}</p>
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
          <strong>{t('punct.labelled', { label: t('event.disputed') })}</strong>{' '}
          <span lang={contentLang}>{event.disputed}</span>
        </p>
      ) : null}
      {event.quotes.map((q, i) => (
        <HandoutQuote key={i} quote={q} dataset={dataset} />
      ))}
      <div className="handout-cited">
        <h3>{t('print.sources')}</h3>
        <HandoutSources ids={event.sources} dataset={dataset} />
      </div>
    </article>
  );
}
