/** The exported picture's axis: ticks at whole days, weeks, months or years, labelled in UTC. */
import { DAY_MS } from '../../domain/dates';
import type { Millis, TimeWindow } from '../../domain/types';

export interface AxisTick {
  readonly at: Millis;
  readonly label: string;
}

function startOfUtcDay(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

/** The first days of months from `start` to `end`, every `step` months (aligned to the year). */
function monthsFrom(start: number, end: number, step: number): number[] {
  const d = new Date(start);
  let month = d.getUTCFullYear() * 12 + d.getUTCMonth();
  if (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) < start) month += 1;
  month = Math.ceil(month / step) * step;
  const out: number[] = [];
  const first = (m: number) => Date.UTC(Math.floor(m / 12), m % 12, 1);
  for (let t = first(month); t < end; month += step, t = first(month)) out.push(t);
  return out;
}

/**
 * Ticks for `window`, about a dozen at most, labelled with Intl in `locale` (day and month for a
 * window of weeks, month and year beyond), so no tick reads only "Mar".
 */
export function axisTicks(window: TimeWindow, locale: string): AxisTick[] {
  const days = (window.end - window.start) / DAY_MS;
  const dayFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
  });
  const monthFormat = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'short',
    year: 'numeric',
  });
  const yearFormat = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' });
  if (days <= 100) {
    const step = days <= 16 ? 1 : days <= 35 ? 3 : 7;
    const first = startOfUtcDay(window.start) + (window.start % DAY_MS ? DAY_MS : 0);
    const out: AxisTick[] = [];
    for (let t = first; t < window.end; t += step * DAY_MS)
      out.push({ at: t, label: dayFormat.format(t) });
    return out;
  }
  const monthStep = days <= 400 ? 1 : days <= 800 ? 2 : days <= 1200 ? 3 : 12;
  const format = monthStep === 12 ? yearFormat : monthFormat;
  return monthsFrom(window.start, window.end, monthStep).map((t) => ({
    at: t,
    label: format.format(t),
  }));
}
