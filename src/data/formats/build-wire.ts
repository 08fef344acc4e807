/**
 * Turns what a TimelineJS file or a spreadsheet says (`ImportFile`) into a Parley file: groups
 * and speakers become actors, each event's link its source, eras zoom presets. What cannot be
 * turned is reported at its place in the original file; so are the loader's own problems later
 * (`placeOf` maps a Parley path such as `events[3].title` back to "row 5, column D (Headline)").
 */
import { collect, type DatasetProblem, type Report } from '../problems';
import type { WireDataset, WireEvent, WireSource } from '../schema';
import { EVENT_KINDS, type EventKind } from '../../domain/vocabulary';
import { lastDayOf, type ImportDate } from './import-date';
import type { EntryField, ImportEntry, ImportFile, Locate } from './import-entry';
import { slug, uniqueSlug } from './slug';

export interface Places {
  readonly locate: Locate;
  /** Where the file's title and description are. */
  readonly title: string;
  readonly era: (index: number) => string;
}

export interface BuiltWire {
  readonly wire: WireDataset;
  readonly problems: readonly DatasetProblem[];
  /** Where a Parley path of `wire` points in the original file. */
  readonly placeOf: (path: string) => string;
  /** Parley paths whose problem is already in `problems`, told in the file's own terms. */
  readonly covered: ReadonlySet<string>;
  /** Events whose id Parley made from their date and headline (the file gave none). */
  readonly madeIds: number;
}

/** The kind of an event whose file says none. */
export const DEFAULT_KIND: EventKind = 'statement';
/** The lane of an event whose file names no group or actor. */
const NO_GROUP = 'Events';
const WEB_ADDRESS = /^https?:\/\/[^\s/]/i;

const EVENT_FIELDS: Readonly<Record<string, EntryField>> = {
  id: 'id',
  date: 'date',
  endDate: 'endDate',
  datePrecision: 'date',
  approximate: 'date',
  title: 'headline',
  summary: 'text',
  kind: 'kind',
  actors: 'group',
  topics: 'topics',
  sources: 'source',
  quotes: 'quote',
  displayDate: 'displayDate',
  note: 'time',
};

class Actors {
  readonly list: WireDataset['actors'] = [];
  readonly places: string[] = [];
  private readonly byName = new Map<string, string>();
  private readonly taken = new Set<string>();

  idOf(name: string, kind: 'organisation' | 'person', place: string): string {
    const key = name.toLowerCase();
    const known = this.byName.get(key);
    if (known) return known;
    const id = uniqueSlug(slug(name) || 'actor', this.taken);
    this.byName.set(key, id);
    const description = kind === 'person' ? `Speaker named in the file.` : `Lane of the file.`;
    this.list.push({ id, name, kind, description });
    this.places.push(place);
    return id;
  }
}

function precisionOf(date: ImportDate): Pick<WireEvent, 'datePrecision' | 'approximate'> {
  return date.precision === 'day' ? {} : { datePrecision: 'month', approximate: true };
}

/** What the file says of the date that Parley's day cannot: only a year, a time of day. */
function dateNote(entry: ImportEntry): Pick<WireEvent, 'note'> {
  const notes: string[] = [];
  if (entry.date.precision === 'year')
    notes.push(`The file gives only the year ${entry.date.iso.slice(0, 4)}.`);
  if (entry.time)
    notes.push(
      `The file gives the time ${entry.time}${entry.endTime ? ` to ${entry.endTime}` : ''}.`,
    );
  else if (entry.endTime) notes.push(`The file gives the end time ${entry.endTime}.`);
  return notes.length ? { note: notes.join(' ') } : {};
}

/** Builds the Parley file; `today` (YYYY-MM-DD) is its `meta.updated`. */
export function buildWire(file: ImportFile, places: Places, today: string): BuiltWire {
  const problems: DatasetProblem[] = [];
  const report = collect(problems);
  const covered = new Set<string>();
  const actors = new Actors();
  const topics: WireDataset['topics'] = [];
  const topicPlaces: string[] = [];
  const topicIds = new Map<string, string>();
  const sources: WireSource[] = [];
  const sourceOwner: number[] = [];
  const ids = new Set(file.entries.map((e) => slug(e.id)).filter(Boolean));
  let madeIds = 0;

  const topicId = (name: string, place: string) => {
    const key = name.toLowerCase();
    let id = topicIds.get(key);
    if (!id) {
      id = uniqueSlug(slug(name) || 'topic', new Set(topicIds.values()));
      topicIds.set(key, id);
      topics.push({ id, title: name, proposition: name });
      topicPlaces.push(place);
    }
    return id;
  };

  const events = file.entries.map((entry, i): WireEvent => {
    const at = (field: EntryField) => places.locate(i, field);
    let id = slug(entry.id);
    if (!id) {
      id = uniqueSlug(`${entry.date.iso}-${slug(entry.headline, 50) || 'event'}`, ids);
      madeIds += 1;
    }
    const kind = entry.kind.trim().toLowerCase() || DEFAULT_KIND;
    if (!(EVENT_KINDS as readonly string[]).includes(kind))
      report(at('kind'), 'problem.badKind', { value: entry.kind, kinds: EVENT_KINDS.join(', ') });
    const lane = entry.group || entry.actors[0] || NO_GROUP;
    const actorIds = [lane, ...entry.actors]
      .map((name) => actors.idOf(name, 'organisation', at(entry.group ? 'group' : 'actors')))
      .filter((a, k, all) => all.indexOf(a) === k);
    const sourceId = `src-${i + 1}`;
    const source = readSource(entry, sourceId, at, report);
    if (!source) covered.add(`events[${i}].sources`);
    if (source) {
      sources.push(source);
      sourceOwner.push(i);
    }
    const quote = entry.quote && {
      text: entry.quote.text,
      speaker: entry.quote.speaker
        ? actors.idOf(entry.quote.speaker, 'person', at('speaker'))
        : (report(at('speaker'), 'problem.noSpeaker'), ''),
      source: sourceId,
    };
    const end = entry.end && lastDayOf(entry.end);
    return {
      id,
      date: entry.date.iso,
      ...(end && end !== entry.date.iso ? { endDate: end } : {}),
      ...precisionOf(entry.date),
      ...dateNote(entry),
      ...(entry.displayDate ? { displayDate: entry.displayDate } : {}),
      title: entry.headline,
      summary: entry.text || entry.headline,
      kind: kind as EventKind,
      actors: actorIds.map((actor) => ({ actor, role: 'participant' as const })),
      ...(entry.location ? { location: entry.location } : {}),
      ...(entry.topics.length ? { topics: entry.topics.map((t) => topicId(t, at('topics'))) } : {}),
      ...(quote && quote.speaker ? { quotes: [quote] } : {}),
      sources: source ? [sourceId] : [],
    };
  });

  const days = events.flatMap((e) => [e.date, e.endDate ?? e.date]).sort();
  if (!events.length) report(places.title, 'problem.noEvents');
  const taken = new Set<string>();
  const wire: WireDataset = {
    meta: {
      format: 2,
      title: file.title,
      description: file.description,
      period: { start: days[0] ?? today, end: days[days.length - 1] ?? today },
      updated: today,
      ...(file.eras.length
        ? {
            presets: file.eras.map((era) => ({
              id: uniqueSlug(slug(era.label) || 'era', taken),
              label: era.label,
              start: era.start.iso,
              end: lastDayOf(era.end),
            })),
          }
        : {}),
    },
    sources,
    actors: actors.list,
    topics,
    events,
    positions: [],
    documents: [],
  };
  const placeOf = (path: string) =>
    mapPath(path, { places, sourceOwner, actorPlaces: actors.places, topicPlaces });
  return { wire, problems, placeOf, covered, madeIds };
}

function readSource(
  entry: ImportEntry,
  id: string,
  at: (field: EntryField) => string,
  report: Report,
): WireSource | undefined {
  const s = entry.source;
  if (!s) {
    report(at('source'), 'problem.noSourceUrl');
    return undefined;
  }
  if (!WEB_ADDRESS.test(s.url)) {
    report(at(s.field), 'problem.notWebAddress');
    return undefined;
  }
  let host = s.url;
  try {
    host = new URL(s.url).hostname;
  } catch {
    report(at(s.field), 'problem.notWebAddress');
    return undefined;
  }
  return {
    id,
    publisher: s.publisher || host,
    title: s.title || entry.headline,
    date: s.date?.iso ?? entry.date.iso,
    url: s.url,
  };
}

interface PathMaps {
  readonly places: Places;
  readonly sourceOwner: readonly number[];
  readonly actorPlaces: readonly string[];
  readonly topicPlaces: readonly string[];
}

function mapPath(path: string, m: PathMaps): string {
  const match =
    /^(events|sources|actors|topics|meta\.presets)\[(\d+)\](?:\.(\w+))?(?:\[\d+\]\.?(\w+)?)?/.exec(
      path,
    );
  if (!match) return path.startsWith('meta') ? m.places.title : path;
  const [, list, n, field, sub] = match;
  const index = Number(n);
  switch (list) {
    case 'events': {
      const f: EntryField =
        field === 'quotes' && sub === 'speaker'
          ? 'speaker'
          : (EVENT_FIELDS[field ?? ''] ?? 'headline');
      return m.places.locate(index, f);
    }
    case 'sources': {
      const owner = m.sourceOwner[index];
      if (owner === undefined) return path;
      return m.places.locate(owner, field === 'date' ? 'sourceDate' : 'source');
    }
    case 'actors':
      return m.actorPlaces[index] ?? path;
    case 'topics':
      return m.topicPlaces[index] ?? path;
    default:
      return m.places.era(index);
  }
}
