/**
 * The one CSV writer of the app (RFC 4180, CRLF line ends), safe to open in any spreadsheet in
 * any locale. Two defences, both needed:
 *
 * - A cell holding anything a spreadsheet may split on (`,` for most, `;` in French or German
 *   Excel, tab for LibreOffice's default import), a quote or a line break is quoted. Quoting every
 *   cell would not be safer (a quoted `=1+1` is still a formula) and makes files noisier to diff.
 * - A formula trigger (`=`, `+`, `-`, `@`, tab, CR) at the start of the cell, or after one of
 *   those separators or a line break (spaces allowed between), gets an apostrophe before it, so a reader that
 *   ignores the quotes and splits the cell still finds text: `x;=1+1` is written `"x;'=1+1"`.
 *   This is the OWASP "CSV injection" advice, applied to every piece a splitter could make.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const TRIGGER = '=+\\-@\\t\\r';
const STARTS_WITH_TRIGGER = new RegExp(`^ *[${TRIGGER}]`);
const TRIGGER_AFTER_SEPARATOR = new RegExp(`([,;"\\t\\r\\n] *)(?=[${TRIGGER}])`, 'g');
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** One CSV field: formula triggers neutralised, quoted when it holds a separator, quote or line break. */
export function csvCell(value: string): string {
  let safe = value.replace(TRIGGER_AFTER_SEPARATOR, "$1'");
  if (STARTS_WITH_TRIGGER.test(safe)) safe = `'${safe}`;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text: comma-separated, every line (the last too) ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}
