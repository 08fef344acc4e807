import { parseDay, toIsoDay } from '../../domain/dates';
import type { TimeWindow } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';
import { describeFilters } from './describe-filters';
import { localised } from '../../domain/localise';
import { datasetLangOf, langTagOf } from '../../i18n/languages';
import { useLocalLabels } from '../../i18n/use-local-labels';

/**
 * The head of the handout: the dataset, and what the screen showed when it was printed (the
 * filters, the search, the timeline's window and how many events that leaves).
 */
export function HandoutHeader({ count, window }: { count: number; window: TimeWindow }) {
  const { formatDay, formatDateRange } = useFormatDate();
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const filters = useParley((s) => s.filters);
  const query = useParley((s) => s.query.trim());
  const lang = useParley((s) => s.lang);
  const updated = parseDay(dataset.meta.updated);
  const shown = describeFilters(filters, dataset, t, lang);
  const title = useLocalLabels().title(dataset.meta);
  const description = localised(dataset.meta, 'description', datasetLangOf(lang));
  return (
    <header className="handout-header">
      <p className="handout-app">{t('appName')}</p>
      <h1 lang={title.lang}>{title.text}</h1>
      <p lang={description.lang === datasetLangOf(lang) ? undefined : langTagOf(description.lang)}>
        {description.text}
      </p>
      <p className="handout-as-shown">{t('print.asShown')}</p>
      <p className="handout-filters">
        <strong>{t('punct.labelled', { label: t('print.filters') })}</strong> {shown}
        {query ? `, ${t('print.search', { query })}` : null}.{' '}
        {t('print.window', {
          range: formatDateRange(toIsoDay(window.start), toIsoDay(window.end - 1)),
        })}
        .{' '}
        {count === 0
          ? null
          : count === 1
            ? `${t('print.countOne')}.`
            : `${t('print.count', { count })}.`}
      </p>
      <p className="handout-credits">
        {updated !== undefined ? t('print.updated', { date: formatDay(updated) }) : null}{' '}
        {dataset.meta.licence}
      </p>
    </header>
  );
}
