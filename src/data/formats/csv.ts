/**
 * A spreadsheet saved as CSV, read into the entries Parley builds a file from. Parsing is
 * papaparse's (RFC 4180: quoted fields, quoted line breaks, doubled quotes; the separator read
 * from the header among `,` `;` and tab, so a European spreadsheet's `;` works; the byte-order mark is
 * removed by `open-dataset.ts`). Rows are counted as a spreadsheet
 * counts them: the header is row 1. Every problem names its row and column.
 */
import Papa from 'papaparse';
import { collect, WHOLE_FILE, type DatasetProblem, type Report } from '../problems';
import type { ProblemKey } from '../../domain/problem-text';
import { REQUIRED_COLUMNS, columnLetter, columnOf, type CsvColumn } from './csv-columns';
import { htmlToText } from './html-to-text';
import { readDate, readTime, type ImportDate } from './import-date';
import { splitList, type EntryField, type ImportEntry, type ImportEra } from './import-entry';
import type { ImportFile } from './import-entry';
import type { Places } from './build-wire';

const FIELD_COLUMN: Readonly<Record<EntryField, CsvColumn>> = {
  id: 'ID',
  date: 'Year',
  endDate: 'End Year',
  headline: 'Headline',
  text: 'Text',
  group: 'Group',
  actors: 'Actors',
  kind: 'Kind',
  topics: 'Topics',
  source: 'Source URL',
  media: 'Media',
  sourceDate: 'Source Date',
  quote: 'Quote',
  speaker: 'Speaker',
  time: 'Time',
  displayDate: 'Display Date',
};

/** Columns Parley reads but does not use: named in a note when they hold something. */
const UNUSED_COLUMNS: readonly CsvColumn[] = ['Media Thumbnail', 'Background'];

const DATE_COLUMNS = {
  Year: { year: 'Year', month: 'Month', day: 'Day' },
  'End Year': { year: 'End Year', month: 'End Month', day: 'End Day' },
} as const;

class Sheet {
  private readonly index = new Map<CsvColumn, number>();
  constructor(readonly header: readonly string[]) {
    header.forEach((h, i) => {
      const c = columnOf(h);
      if (c && !this.index.has(c)) this.index.set(c, i);
    });
  }
  has(c: CsvColumn): boolean {
    return this.index.has(c);
  }
  /** "row 4, column J (Headline)"; a missing column is named alone. */
  place(row: number, c: CsvColumn): string {
    const i = this.index.get(c);
    return i === undefined
      ? `row ${row}, column ${c}`
      : `row ${row}, column ${columnLetter(i)} (${c})`;
  }
  cell(cells: readonly string[], c: CsvColumn): string {
    const i = this.index.get(c);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  }
}

/**
 * The separator, read from the header row alone: `,`, `;` (European spreadsheets, where `,` is the
 * decimal mark) or tab, whichever it has most of. Papaparse's own guess also weighs the data rows,
 * where lists such as "China; Russia" can mislead it.
 */
export function separatorOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return [',', ';', '\t'].reduce((best, c) => (count(c) > count(best) ? c : best));
}

/** Papaparse's errors that can come out of a sheet read as rows, by their code. */
const PARSER_ERRORS: Readonly<Record<string, ProblemKey | undefined>> = {
  MissingQuotes: 'problem.csvUnterminated',
  InvalidQuotes: 'problem.csvBadQuote',
};

/** The parsed rows, or the parser's problems (an unclosed quote, say). */
function parseRows(text: string, report: Report): string[][] {
  const result = Papa.parse<string[]>(text, {
    delimiter: separatorOf(text),
    skipEmptyLines: false,
  });
  for (const e of result.errors) {
    const key = PARSER_ERRORS[e.code];
    report(e.row === undefined ? WHOLE_FILE : `row ${e.row + 1}`, 'problem.couldNotRead', {
      detail: key ? { key } : e.message,
    });
  }
  return result.data;
}

function checkHeader(sheet: Sheet, report: Report): void {
  sheet.header.forEach((h, i) => {
    if (h.trim() !== '' && !columnOf(h))
      report(`row 1, column ${columnLetter(i)}`, 'problem.unknownColumn', { header: h.trim() });
  });
  for (const c of REQUIRED_COLUMNS)
    if (!sheet.has(c)) report('row 1', 'problem.missingColumn', { column: c });
}

/**
 * The entries of a CSV file, or every problem with its row and column. `name` titles a file that
 * has no row of Type "title".
 */
export function readCsv(
  text: string,
  name: string,
): { ok: true; file: ImportFile; places: Places } | { ok: false; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const report = collect(problems);
  const rows = parseRows(text, report);
  const sheet = new Sheet(rows[0] ?? []);
  checkHeader(sheet, report);
  if (problems.length) return { ok: false, problems };

  const entries: ImportEntry[] = [];
  const entryRows: number[] = [];
  const eras: ImportEra[] = [];
  const eraRows: number[] = [];
  let title = '';
  let description = '';
  let titleRow = 0;
  const unused = new Set<CsvColumn>();
  rows.slice(1).forEach((cells, k) => {
    const row = k + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get = (c: CsvColumn) => sheet.cell(cells, c);
    for (const c of UNUSED_COLUMNS) if (get(c)) unused.add(c);
    const type = get('Type').toLowerCase();
    if (type === 'title') {
      title = htmlToText(get('Headline'));
      description = htmlToText(get('Text'));
      titleRow = row;
      return;
    }
    if (type !== '' && type !== 'era') {
      report(sheet.place(row, 'Type'), 'problem.badType', { value: get('Type') });
      return;
    }
    const date = rowDate(sheet, cells, row, 'Year', report, true);
    const end = rowDate(sheet, cells, row, 'End Year', report, type === 'era');
    const headline = htmlToText(get('Headline'));
    if (!headline)
      report(
        sheet.place(row, 'Headline'),
        type === 'era' ? 'problem.eraNoHeadline' : 'problem.eventNoHeadline',
      );
    if (!date || !headline || (type === 'era' && !end)) return;
    if (type === 'era') {
      eras.push({ label: headline, start: date, end: end! });
      eraRows.push(row);
      return;
    }
    entries.push(rowEntry(sheet, cells, row, date, end, headline, report));
    entryRows.push(row);
  });
  if (problems.length) return { ok: false, problems };
  const places: Places = {
    locate: (i, field) => sheet.place(entryRows[i] ?? 0, FIELD_COLUMN[field]),
    title: titleRow ? sheet.place(titleRow, 'Headline') : 'the row of Type "title"',
    era: (i) => sheet.place(eraRows[i] ?? 0, 'Headline'),
  };
  return {
    ok: true,
    file: {
      title: title || name,
      description: description || `Imported from ${name}.`,
      entries,
      eras,
      unused: [...unused],
    },
    places,
  };
}

function rowDate(
  sheet: Sheet,
  cells: readonly string[],
  row: number,
  first: 'Year' | 'End Year',
  report: Report,
  required: boolean,
): ImportDate | undefined {
  const end = first === 'End Year';
  const read = readDate({
    year: sheet.cell(cells, first),
    month: sheet.cell(cells, end ? 'End Month' : 'Month'),
    day: sheet.cell(cells, end ? 'End Day' : 'Day'),
  });
  if (read === undefined) {
    if (required) report(sheet.place(row, first), 'problem.noYear');
    return undefined;
  }
  if ('problem' in read) {
    const column = DATE_COLUMNS[first][read.part];
    report(sheet.place(row, column), read.problem.key, read.problem.vars);
    return undefined;
  }
  return read.date;
}

function rowEntry(
  sheet: Sheet,
  cells: readonly string[],
  row: number,
  date: ImportDate,
  end: ImportDate | undefined,
  headline: string,
  report: Report,
): ImportEntry {
  const get = (c: CsvColumn) => sheet.cell(cells, c);
  const sourceUrl = get('Source URL');
  const media = get('Media');
  const url = sourceUrl || media;
  let sourceDate: ImportDate | undefined;
  if (get('Source Date')) {
    const [year, month, day] = get('Source Date').split('-');
    const read = readDate({ year, month, day });
    if (read && 'date' in read && read.date.precision === 'day') sourceDate = read.date;
    else report(sheet.place(row, 'Source Date'), 'problem.notDay');
  }
  const quote = htmlToText(get('Quote'));
  const time = (column: 'Time' | 'End Time') => {
    const read = readTime(get(column));
    if (read && 'key' in read) report(sheet.place(row, column), read.key, read.vars);
    return read && 'time' in read ? read.time : undefined;
  };
  return {
    displayDate: htmlToText(get('Display Date')) || undefined,
    time: time('Time'),
    endTime: time('End Time'),
    id: get('ID'),
    date,
    end,
    headline,
    text: htmlToText(get('Text')),
    group: htmlToText(get('Group')),
    actors: splitList(htmlToText(get('Actors'))),
    kind: get('Kind'),
    topics: splitList(htmlToText(get('Topics'))),
    location: htmlToText(get('Location')) || undefined,
    source: url
      ? {
          url,
          field: sourceUrl ? 'source' : 'media',
          title: htmlToText(get('Source Title') || get('Media Caption')) || undefined,
          publisher: htmlToText(get('Source Publisher') || get('Media Credit')) || undefined,
          date: sourceDate,
        }
      : undefined,
    quote: quote ? { text: quote, speaker: htmlToText(get('Speaker')) } : undefined,
  };
}
