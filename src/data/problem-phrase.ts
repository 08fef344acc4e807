/**
 * What the first page load needs of dataset problems, without their English text (which lives in
 * `src/domain/problem-text.ts` and loads with the loader's chunk): the place of a problem about
 * the whole file, reading a place back into a phrase to translate, and an error that carries a
 * problem's phrase out of a download.
 */
import type { ProblemPhrase } from '../domain/problem-text';

/** The place of a problem about the file as a whole. */
export const WHOLE_FILE = '(the whole file)';

/** An error that carries its problem phrase (thrown inside a load, caught where it is reported). */
export class ProblemError extends Error {
  constructor(readonly phrase: ProblemPhrase) {
    super(phrase.key);
  }
}

const PLACES: readonly [RegExp, (m: RegExpExecArray) => ProblemPhrase][] = [
  [/^\(the whole file\)$/, () => ({ key: 'problem.place.file' })],
  [/^row (\d+)$/, (m) => ({ key: 'problem.place.row', vars: { row: m[1]! } })],
  [
    /^row (\d+), column ([A-Z]{1,3}) \((.+)\)$/,
    (m) => ({ key: 'problem.place.cell', vars: { row: m[1]!, letter: m[2]!, header: m[3]! } }),
  ],
  [
    /^row (\d+), column (.+)$/,
    (m) => ({ key: 'problem.place.column', vars: { row: m[1]!, column: m[2]! } }),
  ],
  [/^the row of Type "title"$/, () => ({ key: 'problem.place.titleRow' })],
];

/**
 * A problem's place as a phrase to translate, or `undefined` for a JSON path (the file's own keys,
 * shown as they are). Spreadsheet places keep their column letters and headers (the file's words).
 */
export function placePhrase(path: string): ProblemPhrase | undefined {
  for (const [pattern, make] of PLACES) {
    const m = pattern.exec(path);
    if (m) return make(m);
  }
  return undefined;
}
