/**
 * Any dataset a reader brings — a Parley file (any format version `migrate.ts` knows), a
 * TimelineJS file or a spreadsheet saved as CSV — through the one loader. Each format has its own
 * restore step (`timelinejs.ts`, `csv.ts` → `build-wire.ts`); what comes out is a Parley file,
 * checked like the bundled one. Problems keep the place they have in the reader's own file.
 */
import { loadDataset, type LoadResult } from '../load-dataset';
import { movedTo, problem, WHOLE_FILE, type DatasetProblem } from '../problems';
import { buildWire, type Places } from './build-wire';
import { readCsv } from './csv';
import type { ImportFile } from './import-entry';
import { looksLikeTimelineJs, readTimelineJs, TIMELINEJS_PLACES } from './timelinejs';

export type DatasetFormat = 'parley' | 'timelinejs' | 'csv';

export type OpenResult = LoadResult & {
  readonly format: DatasetFormat;
  /** Events whose id Parley made from date and headline (their file gave none). */
  readonly madeIds?: number;
  /** Parts of the file Parley does not use (columns or fields that hold something). */
  readonly unused?: readonly string[];
};

export interface OpenOptions {
  /** The file's name or address: titles a file that has none, and hints at its format. */
  readonly name: string;
  /** Today, YYYY-MM-DD: an imported file's `meta.updated`. */
  readonly today: string;
}

function fail(format: DatasetFormat, problems: readonly DatasetProblem[]): OpenResult {
  return { ok: false, problems, format };
}

/** Which format a text is in: JSON files by their shape, anything else read as CSV. */
function looksLikeJson(text: string, name: string): boolean {
  return /^\s*[[{]/.test(text) || /\.json$/i.test(name.split(/[?#]/)[0] ?? '');
}

/** Loads a dataset from the text of a file, whatever its format. Never throws. */
export function openDatasetText(text: string, options: OpenOptions): OpenResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!looksLikeJson(body, options.name)) {
    const csv = readCsv(body, options.name);
    return csv.ok
      ? fromImport(csv.file, csv.places, options.today, 'csv')
      : fail('csv', csv.problems);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('parley', [
      /^\s*</.test(body)
        ? problem(WHOLE_FILE, 'problem.webPage')
        : problem(WHOLE_FILE, 'problem.notJson', { detail }),
    ]);
  }
  if (!looksLikeTimelineJs(raw)) return { ...loadDataset(raw), format: 'parley' };
  const read = readTimelineJs(raw, options.name);
  return read.ok
    ? fromImport(read.file, TIMELINEJS_PLACES, options.today, 'timelinejs')
    : fail('timelinejs', read.problems);
}

function fromImport(
  file: ImportFile,
  places: Places,
  today: string,
  format: DatasetFormat,
): OpenResult {
  const built = buildWire(file, places, today);
  const loaded = loadDataset(built.wire);
  if (loaded.ok && !built.problems.length)
    return { ...loaded, format, madeIds: built.madeIds, unused: file.unused };
  const seen = new Set(built.problems.map((p) => p.path));
  const later = loaded.ok
    ? []
    : loaded.problems
        .filter((p) => !built.covered.has(p.path))
        .map((p) => movedTo(p, built.placeOf(p.path)))
        .filter((p) => !seen.has(p.path));
  return fail(format, [...built.problems, ...later]);
}
