/**
 * The timeline axis's labels in an interface language, through `Intl.DateTimeFormat` (in UTC, as
 * every date of the app): vis-timeline's own labels come from moment, whose locales would add to
 * the bundle for a few month names. Fits vis-timeline's `format` option.
 */
import { dateLocaleOf } from './languages';

/** The axis scales vis-timeline draws at, from finest to coarsest. */
type Scale =
  'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

type Options = Intl.DateTimeFormatOptions;

/** The small labels under each tick: the day, the month, the year (as vis-timeline's defaults). */
const MINOR: Readonly<Record<string, Options>> = {
  hour: { hour: 'numeric', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

/** The large labels that name the span the small ones sit in ("March 2023", "2023"). */
const MAJOR: Readonly<Record<string, Options | null>> = {
  hour: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

export interface AxisLabels {
  readonly minorLabels: (date: Date, scale: string) => string;
  readonly majorLabels: (date: Date, scale: string) => string;
}

function labeller(table: Readonly<Record<string, Options | null>>, lang: () => string) {
  const cache = new Map<string, Intl.DateTimeFormat>();
  return (date: Date, scale: string): string => {
    const options = table[scale as Scale] ?? (scale in table ? null : table.day!);
    if (!options) return '';
    const locale = dateLocaleOf(lang());
    const key = `${locale}|${scale}`;
    let f = cache.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
      cache.set(key, f);
    }
    // vis-timeline hands a moment object; valueOf() is its time in ms, as for a Date.
    return f.format(date.valueOf());
  };
}

/**
 * Axis labels for the interface language; `lang` may be a function, read at each redraw, so the
 * axis follows a change of language without re-creating the timeline.
 */
export function axisLabels(lang: string | (() => string)): AxisLabels {
  const current = typeof lang === 'string' ? () => lang : lang;
  return { minorLabels: labeller(MINOR, current), majorLabels: labeller(MAJOR, current) };
}
