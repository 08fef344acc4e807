/**
 * The time axis's labels in the interface language, from `Intl.DateTimeFormat` in UTC (no moment
 * locales in the bundle; a day never shifts with the viewer's time zone). Minor labels are kept
 * to a few characters so that narrow screens still get day labels (see `maxMinorChars`).
 */
import type { TimelineOptions } from 'vis-timeline/esnext';

type Scale =
  'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const MINOR: Partial<Record<Scale, Intl.DateTimeFormatOptions>> = {
  hour: { hour: '2-digit', hourCycle: 'h23' },
  weekday: { day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Partial<Record<Scale, Intl.DateTimeFormatOptions>> = {
  hour: { weekday: 'short', day: 'numeric', month: 'long' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
};

function formatter(locale: string, o: Intl.DateTimeFormatOptions | undefined) {
  if (!o) return () => '';
  const f = new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
  return (t: number) => f.format(t);
}

/** Labels of the axis for `locale`: `label(t, scale, 'minor' | 'major')`. */
export function axisLabels(locale: string) {
  const minor = new Map(Object.entries(MINOR).map(([s, o]) => [s, formatter(locale, o)]));
  const major = new Map(Object.entries(MAJOR).map(([s, o]) => [s, formatter(locale, o)]));
  return (t: number, scale: string, which: 'minor' | 'major') =>
    (which === 'minor' ? minor : major).get(scale)?.(t) ?? '';
}

/** vis-timeline's `format` option built on `axisLabels`. */
export function axisFormat(locale: string): TimelineOptions['format'] {
  const label = axisLabels(locale);
  const time = (date: Date | { valueOf(): number }) => date.valueOf();
  return {
    minorLabels: (date: Date, scale: string) => label(time(date), scale, 'minor'),
    majorLabels: (date: Date, scale: string) => label(time(date), scale, 'major'),
  };
}
