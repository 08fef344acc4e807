/** The bundled events in TimelineJS 3's JSON format, for the side-by-side benchmark. */
import type { Dataset } from '../../src/domain/types';

const part = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { year, month, day };
};

export function toTimelineJs(dataset: Dataset): unknown {
  return {
    events: dataset.events.map((e) => ({
      start_date: part(e.date),
      ...(e.endDate ? { end_date: part(e.endDate) } : {}),
      text: { headline: e.title, text: e.summary },
      group: e.kind,
      unique_id: e.id,
    })),
  };
}
