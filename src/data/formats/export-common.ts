/** What both exports need from an event: its lane, its other actors, its first web source. */
import type { Dataset, ParleyEvent, Source } from '../../domain/types';

export type ExportData = Pick<
  Dataset,
  'meta' | 'presets' | 'actorsById' | 'sourcesById' | 'topicsById'
>;

/** Year, month and day of an event's date as its precision allows. */
export function dateParts(
  iso: string,
  precision: 'day' | 'month',
): { year: number; month: number; day?: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return precision === 'month' ? { year, month } : { year, month, day };
}

export function actorName(data: ExportData, id: string): string {
  return data.actorsById.get(id as never)?.name ?? id;
}

/** The first source of an event that has a web address (the one a TimelineJS slide can link). */
export function webSource(e: ParleyEvent, data: ExportData): Source | undefined {
  return e.sources.map((id) => data.sourcesById.get(id)).find((s) => s?.url);
}

/** The parts of an event the TimelineJS sheet has no column for, as Parley writes them. */
export function parleyParts(e: ParleyEvent, data: ExportData) {
  const quote = e.quotes[0];
  return {
    lane: actorName(data, e.primaryActor),
    actors: e.actors.filter((a) => a.actor !== e.primaryActor).map((a) => actorName(data, a.actor)),
    topics: e.topics.map((t) => data.topicsById.get(t)?.title ?? t),
    quote: quote?.text,
    speaker: quote && actorName(data, quote.speaker),
  };
}

/** The zoom presets the file defined (not the "whole period" every dataset gets). */
export function filePresets(data: ExportData) {
  return data.presets.filter((p) => p.id !== 'all');
}
