/**
 * Day arithmetic in UTC. Every date in Parley is a calendar day; treating days as UTC midnights
 * keeps an event on the same day whatever the viewer's time zone.
 */
import type { Millis } from './types';

export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Parses `YYYY-MM-DD` to the UTC midnight of that day; `undefined` for anything else (no 31 April,
 * no 29 February 2023, no year before 100, which `Date.UTC` would read as 19xx). Arithmetic, not a
 * `Date` round trip: a 100,000-event file parses some 300,000 days.
 */
export function parseDay(iso: string): Millis | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  if (y < 100 || month < 1 || month > 12 || d < 1) return undefined;
  const last = month === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return d > last ? undefined : Date.UTC(y, month - 1, d);
}

/** Formats a UTC instant as the ISO day it falls on. */
export function toIsoDay(t: Millis): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The UTC midnight at or before `t`. */
export function startOfDay(t: Millis): Millis {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options });
    formatters.set(key, f);
  }
  return f;
}

/** "24 February 2022" (in the given language), always in UTC. */
export function formatDay(t: Millis, lang = 'en-GB'): string {
  return formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(t);
}

/** "24 Feb 2022", always in UTC. */
export function formatShortDay(t: Millis, lang = 'en-GB'): string {
  return formatter(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(t);
}

/** "February 2022", always in UTC. */
export function formatMonth(t: Millis, lang = 'en-GB'): string {
  return formatter(lang, { month: 'long', year: 'numeric' }).format(t);
}

/**
 * The human date of an event or range: "24 February 2022", "20–22 March 2023",
 * "30 November – 2 December 2022", or "February 2022" for month precision.
 */
export function formatDateRange(
  startIso: string,
  endIso?: string,
  precision: 'day' | 'month' = 'day',
  lang = 'en-GB',
): string {
  const start = parseDay(startIso);
  if (start === undefined) return startIso;
  if (precision === 'month') return formatMonth(start, lang);
  const end = endIso ? parseDay(endIso) : undefined;
  if (end === undefined || end === start) return formatDay(start, lang);
  return formatter(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    start,
    end,
  );
}
