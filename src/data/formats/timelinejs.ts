/**
 * TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html) read into the
 * entries Parley builds a file from. Every text is HTML in TimelineJS: it becomes plain text here.
 * Parley's own additions ride in an optional `parley` object per event, which TimelineJS ignores:
 * `{ kind, actors, topics, location, sourceDate }`, so that a file exported by Parley comes back whole.
 */
import { collect, problem, WHOLE_FILE, type DatasetProblem, type Report } from '../problems';
import type { ProblemKey } from '../../domain/problem-text';
import { htmlToText } from './html-to-text';
import { readDate, readTime, type DateParts, type ImportDate } from './import-date';
import type { EntryField, ImportEntry, ImportEra, ImportFile } from './import-entry';

type Obj = Readonly<Record<string, unknown>>;

const FIELD_PATH: Readonly<Record<EntryField, string>> = {
  id: 'unique_id',
  date: 'start_date',
  endDate: 'end_date',
  headline: 'text.headline',
  text: 'text.text',
  group: 'group',
  actors: 'parley.actors',
  kind: 'parley.kind',
  topics: 'parley.topics',
  source: 'media.url',
  media: 'media.url',
  sourceDate: 'parley.sourceDate',
  quote: 'parley.quote',
  speaker: 'parley.speaker',
  time: 'start_date.hour',
  displayDate: 'display_date',
};

/** Where a field of `events[index]` is, as a JSON path. */
export function locateTimelineJs(index: number, field: EntryField): string {
  return `events[${index}].${FIELD_PATH[field]}`;
}

export const TIMELINEJS_PLACES = {
  locate: locateTimelineJs,
  title: 'title.text.headline',
  era: (i: number) => `eras[${i}]`,
};

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

function textOf(v: unknown): string {
  return htmlToText(str(v));
}

function names(v: unknown): string[] {
  return Array.isArray(v) ? v.map(textOf).filter(Boolean) : [];
}

/** Is this parsed JSON a TimelineJS file rather than a Parley one? */
export function looksLikeTimelineJs(raw: unknown): boolean {
  return isObj(raw) && !('meta' in raw) && ('events' in raw || 'eras' in raw || 'scale' in raw);
}

function dateAt(
  v: unknown,
  path: string,
  report: Report,
  required: boolean,
  missing: ProblemKey = 'problem.startMissing',
): ImportDate | undefined {
  if (v === undefined || v === null) {
    if (required) report(path, missing);
    return undefined;
  }
  if (!isObj(v)) {
    report(path, 'problem.dateObject');
    return undefined;
  }
  const read = readDate(v);
  if (!read) {
    if (required) report(`${path}.year`, 'problem.missing');
    return undefined;
  }
  if ('problem' in read) {
    report(path, read.problem.key, read.problem.vars);
    return undefined;
  }
  return read.date;
}

/** The time of day of a TimelineJS date object (`hour`, `minute`), or a problem at its `hour`. */
function timeAt(v: unknown, path: string, report: Report): string | undefined {
  if (!isObj(v) || (v.hour === undefined && v.minute === undefined)) return undefined;
  const read = readTime(`${str(v.hour)}:${str(v.minute ?? 0).padStart(2, '0')}`);
  if (read && 'key' in read) report(`${path}.hour`, read.key, read.vars);
  return read && 'time' in read ? read.time : undefined;
}

/** The date as the file writes it: the slide's `display_date`, or its start date's. */
function displayDateOf(v: Obj): string | undefined {
  const own = textOf(v.display_date);
  const start = isObj(v.start_date) ? textOf(v.start_date.display_date) : '';
  return own || start || undefined;
}

function readEvent(v: unknown, i: number, report: Report): ImportEntry | undefined {
  const at = `events[${i}]`;
  if (!isObj(v)) {
    report(at, 'problem.mustBeObject');
    return undefined;
  }
  const text = isObj(v.text) ? v.text : {};
  const media = isObj(v.media) ? v.media : {};
  const parley = isObj(v.parley) ? v.parley : {};
  const date = dateAt(v.start_date, `${at}.start_date`, report, true);
  const end = dateAt(v.end_date, `${at}.end_date`, report, false);
  const headline = textOf(text.headline);
  if (!headline) report(`${at}.text.headline`, 'problem.noHeadline');
  if (!date || !headline) return undefined;
  const url = str(media.url).trim();
  const sourceDate = readDate(splitIso(str(parley.sourceDate)));
  const quote = textOf(parley.quote);
  return {
    displayDate: displayDateOf(v),
    time: timeAt(v.start_date, `${at}.start_date`, report),
    endTime: timeAt(v.end_date, `${at}.end_date`, report),
    id: str(v.unique_id),
    date,
    end,
    headline,
    text: textOf(text.text),
    group: textOf(v.group),
    actors: names(parley.actors),
    kind: str(parley.kind),
    topics: names(parley.topics),
    location: textOf(parley.location) || undefined,
    source: url
      ? {
          url,
          field: 'media',
          title: textOf(media.caption) || undefined,
          publisher: textOf(media.credit) || undefined,
          date: sourceDate && 'date' in sourceDate ? sourceDate.date : undefined,
        }
      : undefined,
    quote: quote ? { text: quote, speaker: textOf(parley.speaker) } : undefined,
  };
}

function splitIso(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { year, month, day };
}

function readEra(v: unknown, i: number, report: Report): ImportEra | undefined {
  const at = `eras[${i}]`;
  if (!isObj(v)) {
    report(at, 'problem.mustBeObject');
    return undefined;
  }
  const start = dateAt(v.start_date, `${at}.start_date`, report, true, 'problem.eraDateMissing');
  const end = dateAt(v.end_date, `${at}.end_date`, report, true, 'problem.eraDateMissing');
  const label = textOf(isObj(v.text) ? v.text.headline : undefined);
  if (!label) report(`${at}.text.headline`, 'problem.eraNoName');
  return start && end && label ? { label, start, end } : undefined;
}

/**
 * The entries of a TimelineJS file, or every problem with its JSON path. `name` (the file's
 * name or address) titles a file that has no `title` slide.
 */
export function readTimelineJs(
  raw: unknown,
  name: string,
): { ok: true; file: ImportFile } | { ok: false; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const report = collect(problems);
  if (!isObj(raw)) return { ok: false, problems: [problem(WHOLE_FILE, 'problem.notJsonObject')] };
  if (!Array.isArray(raw.events)) report('events', 'problem.eventsList');
  const events = Array.isArray(raw.events) ? raw.events : [];
  const entries = events.map((e, i) => readEvent(e, i, report));
  const eras = (Array.isArray(raw.eras) ? raw.eras : []).map((e, i) => readEra(e, i, report));
  const title = isObj(raw.title) && isObj(raw.title.text) ? raw.title.text : {};
  if (problems.length) return { ok: false, problems };
  const unused = new Set<string>();
  for (const e of events.filter(isObj)) {
    if (e.background !== undefined) unused.add('background');
    if (isObj(e.media) && e.media.thumbnail !== undefined) unused.add('media.thumbnail');
  }
  return {
    ok: true,
    file: {
      title: textOf(title.headline) || name,
      description: textOf(title.text) || `Imported from ${name}.`,
      entries: entries.filter((e): e is ImportEntry => e !== undefined),
      eras: eras.filter((e): e is ImportEra => e !== undefined),
      unused: [...unused],
    },
  };
}
