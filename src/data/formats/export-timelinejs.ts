/**
 * Events as a TimelineJS file: one slide per event (its lane as `group`, its first web source as
 * `media`), the dataset's title as the title slide, its presets as eras. Text is HTML in
 * TimelineJS, so `<`, `>` and `&` are escaped. What TimelineJS has no place for (kind, other
 * actors, topics, a quote) goes in a `parley` object that TimelineJS ignores and Parley reads back.
 */
import { toIsoDay } from '../../domain/dates';
import type { ParleyEvent } from '../../domain/types';
import { dateParts, filePresets, parleyParts, webSource, type ExportData } from './export-common';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function slide(e: ParleyEvent, data: ExportData) {
  const source = webSource(e, data);
  const parts = parleyParts(e, data);
  return {
    unique_id: e.id,
    start_date: dateParts(e.date, e.precision),
    ...(e.endDate ? { end_date: dateParts(e.endDate, 'day') } : {}),
    ...(e.displayDate ? { display_date: escapeHtml(e.displayDate) } : {}),
    text: { headline: escapeHtml(e.title), text: escapeHtml(e.summary) },
    group: parts.lane,
    ...(source?.url
      ? {
          media: {
            url: source.url,
            credit: escapeHtml(source.publisher),
            caption: escapeHtml(source.title),
          },
        }
      : {}),
    parley: {
      kind: e.kind,
      ...(parts.actors.length ? { actors: parts.actors } : {}),
      ...(parts.topics.length ? { topics: parts.topics } : {}),
      ...(e.location ? { location: e.location } : {}),
      ...(source ? { sourceDate: source.date } : {}),
      ...(parts.quote ? { quote: parts.quote, speaker: parts.speaker } : {}),
    },
  };
}

/** The TimelineJS JSON text of these events (pretty-printed, ending in a line break). */
export function eventsToTimelineJs(events: readonly ParleyEvent[], data: ExportData): string {
  const file = {
    title: {
      text: { headline: escapeHtml(data.meta.title), text: escapeHtml(data.meta.description) },
    },
    events: events.map((e) => slide(e, data)),
    eras: filePresets(data).map((p) => ({
      start_date: dateParts(toIsoDay(p.window.start), 'day'),
      end_date: dateParts(toIsoDay(p.window.end - 1), 'day'),
      text: { headline: escapeHtml(p.label) },
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
