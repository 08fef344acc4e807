/**
 * The columns of a Parley spreadsheet: TimelineJS's Google Sheet template, plus optional Parley
 * columns. Headers are matched without regard to case or surrounding spaces.
 */

/**
 * TimelineJS's sheet, in its order. Time and End Time are checked and kept in the event's note
 * (Parley places events by whole days); Display Date is shown instead of the computed date; Media
 * Thumbnail and Background are read but not used, and a note names them when they hold something.
 */
export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** Parley's own columns, all optional. `ID` keeps an event's id (and its links) stable. */
export const PARLEY_COLUMNS = [
  'ID',
  'Actors',
  'Kind',
  'Topics',
  'Location',
  'Source URL',
  'Source Title',
  'Source Publisher',
  'Source Date',
  'Quote',
  'Speaker',
] as const;

export const CSV_TEMPLATE_COLUMNS = [...TIMELINEJS_COLUMNS, ...PARLEY_COLUMNS] as const;
export type CsvColumn = (typeof CSV_TEMPLATE_COLUMNS)[number];

/** Columns a file must have. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['Year', 'Headline'];

const BY_KEY = new Map<string, CsvColumn>(CSV_TEMPLATE_COLUMNS.map((c) => [c.toLowerCase(), c]));

/** The column a header names, or `undefined`. */
export function columnOf(header: string): CsvColumn | undefined {
  return BY_KEY.get(header.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** Spreadsheet letters of a column index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
