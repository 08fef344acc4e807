import { useParley } from '../../store/StoreContext';
import { useVisibleEvents } from '../../store/use-derived';
import { useT } from '../../i18n/use-t';
import { parseDay } from '../../domain/dates';
import { useFormatDate } from '../../i18n/use-format-date';
import { describeFilters } from './describe-filters';
import { HandoutEvent } from './HandoutEvent';
import './print.css';

/**
 * The printed handout: hidden on screen, it is all that prints (see print.css). Always in the
 * document, so Ctrl+P needs no `beforeprint` work, and it follows the filters like the timeline.
 */
export function PrintHandout() {
  const { formatDay } = useFormatDate();
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const filters = useParley((s) => s.filters);
  const lang = useParley((s) => s.lang);
  const events = useVisibleEvents();
  const updated = parseDay(dataset.meta.updated);
  return (
    <article className="print-handout" aria-label={t('print.label')}>
      <header className="handout-header">
        <p className="handout-app">{t('appName')}</p>
        <h1>{dataset.meta.title}</h1>
        <p>{dataset.meta.description}</p>
        <p className="handout-filters">
          <strong>{t('print.filters')}:</strong> {describeFilters(filters, dataset, t, lang)}.{' '}
          {events.length === 0
            ? null
            : events.length === 1
              ? `${t('print.countOne')}.`
              : `${t('print.count', { count: events.length })}.`}
        </p>
        <p className="handout-credits">
          {updated !== undefined ? t('print.updated', { date: formatDay(updated) }) : null}{' '}
          {dataset.meta.licence}
        </p>
      </header>
      {events.length ? (
        <ol className="handout-events">
          {events.map((e) => (
            <li key={e.id}>
              <HandoutEvent event={e} dataset={dataset} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('print.none')}</p>
      )}
    </article>
  );
}
