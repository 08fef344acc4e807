/**
 * Events as files a journalist can take away: CSV for a spreadsheet and JSON for code, both with
 * the sources resolved. Pure: the caller chooses the events (the filtered ones), the time stamp
 * and the download.
 */
import type { ActorId, Dataset, ParleyEvent, Source, SourceId } from './types';
import { resolveSources } from './resolve-sources';
import { toCsv } from './csv-writer';

export { csvCell, toCsv } from './csv-writer';

/** The CSV columns, in order (the header row). */
export const CSV_COLUMNS = [
  'id',
  'date',
  'end_date',
  'title',
  'kind',
  'actors',
  'location',
  'summary',
  'sources',
] as const;

/** What joins the sources of one event in one CSV cell. */
export const SOURCE_SEPARATOR = ' | ';

/** What joins the actors of one event in one CSV cell: not a list separator in any locale. */
export const ACTOR_SEPARATOR = ' / ';

/** "Publisher, Title, 2023-02-24, https://…" (the URL only where the dataset knows it). */
export function formatSource(s: Source): string {
  return [s.publisher, s.title, s.date, s.url].filter(Boolean).join(', ');
}

function actorName(id: ActorId, data: Pick<Dataset, 'actorsById'>): string {
  return data.actorsById.get(id)?.name ?? id;
}

/**
 * The events as CSV text: a header row, then one row per event, lines ending in CRLF. Actors
 * are names joined with " / ", sources "publisher, title, date, url" joined with " | ".
 */
export function eventsToCsv(
  events: readonly ParleyEvent[],
  data: Pick<Dataset, 'actorsById' | 'sourcesById'>,
): string {
  const rows = events.map((e) => [
    e.id,
    e.date,
    e.endDate ?? '',
    e.title,
    e.kind,
    e.actors.map((a) => actorName(a.actor, data)).join(ACTOR_SEPARATOR),
    e.location ?? '',
    e.summary,
    resolveSources(e.sources, data).map(formatSource).join(SOURCE_SEPARATOR),
  ]);
  return toCsv([CSV_COLUMNS, ...rows]);
}

/** A source as exported: every field the dataset has, `url` only where it is known. */
/** A source as exported: its reprints (`alsoCarriedBy`) only when it has any. */
export type ExportedSource = Omit<Source, 'id' | 'alsoCarriedBy'> & {
  readonly id: string;
  readonly alsoCarriedBy?: readonly string[];
};

function exportSource({ alsoCarriedBy, ...rest }: Source): ExportedSource {
  return alsoCarriedBy.length ? { ...rest, alsoCarriedBy } : rest;
}

export interface ExportedEvent {
  readonly id: string;
  readonly date: string;
  readonly endDate?: string;
  readonly precision: 'day' | 'month';
  readonly approximate: boolean;
  readonly title: string;
  readonly kind: string;
  readonly summary: string;
  readonly location?: string;
  readonly actors: readonly { readonly id: string; readonly name: string; readonly role: string }[];
  readonly topics: readonly string[];
  readonly quotes: readonly {
    readonly text: string;
    readonly speaker: string;
    readonly source: ExportedSource | null;
  }[];
  readonly vote?: ParleyEvent['vote'];
  readonly related: readonly string[];
  readonly disputed?: string;
  readonly sources: readonly ExportedSource[];
}

export interface EventsExport {
  readonly title: string;
  readonly updated: string;
  readonly licence?: string;
  /** When the file was made, ISO 8601. */
  readonly exported: string;
  readonly count: number;
  readonly events: readonly ExportedEvent[];
}

function exportEvent(e: ParleyEvent, data: Pick<Dataset, 'actorsById' | 'sourcesById'>) {
  const source = (id: SourceId) => {
    const s = data.sourcesById.get(id);
    return s ? exportSource(s) : null;
  };
  const event: ExportedEvent = {
    id: e.id,
    date: e.date,
    endDate: e.endDate,
    precision: e.precision,
    approximate: e.approximate,
    title: e.title,
    kind: e.kind,
    summary: e.summary,
    location: e.location,
    actors: e.actors.map((a) => ({ id: a.actor, name: actorName(a.actor, data), role: a.role })),
    topics: e.topics,
    quotes: e.quotes.map((q) => ({
      text: q.text,
      speaker: actorName(q.speaker, data),
      source: source(q.source),
    })),
    vote: e.vote,
    related: e.related,
    disputed: e.disputed,
    sources: resolveSources(e.sources, data).map(exportSource),
  };
  return event;
}

/**
 * The events with their sources (and their quotes' sources) resolved, under the dataset's
 * title, date and licence. Absent optional fields are left out of the JSON.
 */
export function eventsToJson(
  events: readonly ParleyEvent[],
  data: Pick<Dataset, 'meta' | 'actorsById' | 'sourcesById'>,
  exported: Date,
): string {
  const file: EventsExport = {
    title: data.meta.title,
    updated: data.meta.updated,
    licence: data.meta.licence,
    exported: exported.toISOString(),
    count: events.length,
    events: events.map((e) => exportEvent(e, data)),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** "parley-events-2026-11-30.csv": the local calendar day the file was made. */
export function exportFilename(what: 'events' | 'timeline', ext: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `parley-${what}-${day}.${ext}`;
}

/** The distinct sources of some events, in order of first citation. */
export function sourcesOf(
  events: readonly ParleyEvent[],
  data: Pick<Dataset, 'sourcesById'>,
): Source[] {
  const ids = new Set(events.flatMap((e) => e.sources));
  return resolveSources([...ids], data);
}
