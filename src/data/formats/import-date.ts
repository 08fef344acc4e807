/**
 * The dates of a spreadsheet row or a TimelineJS date object: a year, and perhaps a month and a
 * day, as numbers or text. A date with only a year or a month becomes an approximate event on the
 * first day of that year or month. Times of day are checked and written as HH:MM (`readTime`): Parley
 * counts whole days, in UTC, so a time is kept in the event's note, not placed on the timeline.
 */
import type { ProblemPhrase } from '../../domain/problem-text';

/** A date read from a file: the ISO day, and how much of it the file gave. */
export interface ImportDate {
  readonly iso: string;
  readonly precision: 'day' | 'month' | 'year';
}

/** What is wrong with a date, and in which of its parts. */
export interface DateProblem {
  readonly problem: ProblemPhrase;
  readonly part: 'year' | 'month' | 'day';
}

export type DateParts = Readonly<{ year?: unknown; month?: unknown; day?: unknown }>;

/** The whole number in a cell, `undefined` when empty, `NaN` when not a whole number. */
function whole(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return NaN;
  const text = String(value).trim();
  if (text === '') return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : NaN;
}

function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : JSON.stringify(value);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Reads a date, or says in plain words what is wrong with it (`problem`, to be placed by the
 * caller); `undefined` when the file gives no date at all.
 */
export function readDate(
  parts: DateParts,
): { readonly date: ImportDate } | DateProblem | undefined {
  const year = whole(parts.year);
  const month = whole(parts.month);
  const day = whole(parts.day);
  if (year === undefined) {
    if (month === undefined && day === undefined) return undefined;
    return { problem: { key: 'problem.monthNoYear' }, part: 'year' };
  }
  if (Number.isNaN(year))
    return {
      problem: { key: 'problem.yearNotWhole', vars: { value: shown(parts.year) } },
      part: 'year',
    };
  if (year < 1 || year > 9999)
    return { problem: { key: 'problem.yearRange', vars: { year: String(year) } }, part: 'year' };
  if (month === undefined) {
    if (day !== undefined) return { problem: { key: 'problem.dayNoMonth' }, part: 'month' };
    return { date: { iso: `${pad(year, 4)}-01-01`, precision: 'year' } };
  }
  if (Number.isNaN(month) || month < 1 || month > 12)
    return {
      problem: { key: 'problem.badMonth', vars: { value: shown(parts.month) } },
      part: 'month',
    };
  const first = `${pad(year, 4)}-${pad(month, 2)}`;
  if (day === undefined) return { date: { iso: `${first}-01`, precision: 'month' } };
  if (Number.isNaN(day) || day < 1 || day > daysInMonth(year, month))
    return {
      problem: { key: 'problem.badDay', vars: { value: shown(parts.day), month: first } },
      part: 'day',
    };
  return { date: { iso: `${first}-${pad(day, 2)}`, precision: 'day' } };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The last day an imprecise end date stands for (the end of its month or year). */
export function lastDayOf(date: ImportDate): string {
  if (date.precision === 'day') return date.iso;
  const [y, m] = date.iso.split('-').map(Number) as [number, number];
  if (date.precision === 'year') return `${date.iso.slice(0, 4)}-12-31`;
  return `${date.iso.slice(0, 7)}-${pad(daysInMonth(y, m), 2)}`;
}

/** A time of day as a sheet writes it: `14:30`, `9:05:00` or `2:30 PM`; `undefined` when empty. */
export function readTime(value: unknown): { readonly time: string } | ProblemPhrase | undefined {
  if (value === undefined || value === null) return undefined;
  const text = shown(value).trim();
  if (text === '') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text);
  const bad: ProblemPhrase = { key: 'problem.badTime', vars: { value: text } };
  if (!m) return bad;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[4]?.[0]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) return bad;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || Number(m[3] ?? 0) > 59) return bad;
  return { time: `${pad(hour, 2)}:${pad(minute, 2)}` };
}
