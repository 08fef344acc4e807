/** The date formatters of `domain/dates`, bound to an interface language's date locale. */
import { formatDateRange, formatDay, formatMonth, formatShortDay } from '../domain/dates';
import type { Millis } from '../domain/types';
import { dateLocaleOf } from './languages';

export interface DateFormatters {
  /** "24 février 2022" */
  readonly formatDay: (t: Millis) => string;
  /** "24 févr. 2022" */
  readonly formatShortDay: (t: Millis) => string;
  /** "février 2022" */
  readonly formatMonth: (t: Millis) => string;
  /** "20–22 mars 2023", or the month for month precision. */
  readonly formatDateRange: (
    startIso: string,
    endIso?: string,
    precision?: 'day' | 'month',
  ) => string;
}

export function dateFormatters(lang: string): DateFormatters {
  const locale = dateLocaleOf(lang);
  return {
    formatDay: (t) => formatDay(t, locale),
    formatShortDay: (t) => formatShortDay(t, locale),
    formatMonth: (t) => formatMonth(t, locale),
    formatDateRange: (start, end, precision = 'day') =>
      formatDateRange(start, end, precision, locale),
  };
}
