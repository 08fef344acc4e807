/** The active filters in words, for the head of the printed handout. */
import { hasFilters, type Filters } from '../../domain/filter-events';
import { dateFormatters } from '../../i18n/date-formatters';
import type { Dataset } from '../../domain/types';
import type { Translate } from '../../i18n/translate';
import { datasetLangOf } from '../../i18n/languages';
import { localName, localTopic } from '../../domain/localise';

/**
 * Actors and topics are named in the reader's language (the dataset's translations).
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
  const labels = datasetLangOf(lang);
  const parts: string[] = [];
  if (filters.kinds.length)
    parts.push(t('print.kinds', { names: or.format(filters.kinds.map((k) => t(`kind.${k}`))) }));
  if (filters.actors.length) {
    const names = filters.actors.map((id) => {
      const actor = dataset.actorsById.get(id);
      return actor ? localName(actor, labels) : id;
    });
    parts.push(t('print.actors', { names: or.format(names) }));
  }
  if (filters.topics.length) {
    const names = filters.topics.map((id) => {
      const topic = dataset.topicsById.get(id);
      return topic ? localTopic(topic, labels).title : id;
    });
    parts.push(t('print.topics', { names: or.format(names) }));
  }
  const { formatDay } = dateFormatters(lang);
  if (filters.from !== null) parts.push(t('print.from', { date: formatDay(filters.from) }));
  if (filters.to !== null) parts.push(t('print.to', { date: formatDay(filters.to) }));
  return t('print.filtered', { parts: parts.join(', ') });
}
