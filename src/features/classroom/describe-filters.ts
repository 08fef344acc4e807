/** The active filters in words, for the head of the printed handout. */
import { hasFilters, type Filters } from '../../domain/filter-events';
import { dateFormatters } from '../../i18n/date-formatters';
import type { Dataset } from '../../domain/types';
import type { Translate } from '../../i18n/translate';

/**
 * "events of kind UN vote or Statement, involving China, from 1 March 2022", or "all events in
 * the dataset" when nothing is filtered.
 */
export function describeFilters(
  filters: Filters,
  dataset: Pick<Dataset, 'actorsById' | 'topicsById'>,
  t: Translate,
  lang = 'en',
): string {
  if (!hasFilters(filters)) return t('print.allEvents');
  const or = new Intl.ListFormat(lang, { type: 'disjunction' });
  const parts: string[] = [];
  if (filters.kinds.length)
    parts.push(t('print.kinds', { names: or.format(filters.kinds.map((k) => t(`kind.${k}`))) }));
  if (filters.actors.length) {
    const names = filters.actors.map((id) => dataset.actorsById.get(id)?.name ?? id);
    parts.push(t('print.actors', { names: or.format(names) }));
  }
  if (filters.topics.length) {
    const names = filters.topics.map((id) => dataset.topicsById.get(id)?.title ?? id);
    parts.push(t('print.topics', { names: or.format(names) }));
  }
  const { formatDay } = dateFormatters(lang);
  if (filters.from !== null) parts.push(t('print.from', { date: formatDay(filters.from) }));
  if (filters.to !== null) parts.push(t('print.to', { date: formatDay(filters.to) }));
  return t('print.filtered', { parts: parts.join(', ') });
}
