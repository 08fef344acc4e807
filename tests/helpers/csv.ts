/** A small RFC 4180 reader, for checking what the CSV export writes (not used by the app). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** The list separators a spreadsheet may split on (English Excel, French/German Excel, LibreOffice). */
export const SPREADSHEET_DELIMITERS = [',', ';', '\t'] as const;

/** What a spreadsheet runs as a formula: a cell starting (after spaces, or a stray quote) with a trigger. */
export function isFormula(cell: string): boolean {
  return /^[ "]*[=+\-@\t\r]/.test(cell);
}

/**
 * Every cell of a CSV text that a spreadsheet would read as a formula, read with each delimiter,
 * both as RFC 4180 (quotes respected) and as a naive reader that splits lines and cells blindly.
 */
export function formulaCells(text: string): string[] {
  const found: string[] = [];
  for (const d of SPREADSHEET_DELIMITERS) {
    for (const row of parseCsv(text, d)) found.push(...row.filter(isFormula));
    for (const line of text.split(/\r\n|\n|\r/))
      found.push(...line.split(d).filter((c) => c !== '' && isFormula(c)));
  }
  return found;
}
