/** Groups chronological events by the UTC month they start in, for the list view and the handout. */
import type { Millis, ParleyEvent } from './types';

export interface MonthGroup {
  /** `YYYY-MM`, a stable key and anchor. */
  readonly key: string;
  /** The first instant of the month, UTC. */
  readonly month: Millis;
  readonly events: readonly ParleyEvent[];
}

/** Keeps the events' order; a month appears once, when its first event does. */
export function groupByMonth(events: readonly ParleyEvent[]): MonthGroup[] {
  const groups = new Map<string, { month: Millis; events: ParleyEvent[] }>();
  for (const e of events) {
    const d = new Date(e.start);
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    const group = groups.get(key);
    if (group) group.events.push(e);
    else groups.set(key, { month: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), events: [e] });
  }
  return [...groups].map(([key, g]) => ({ key, month: g.month, events: g.events }));
}
