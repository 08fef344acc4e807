import {
  englishOf,
  type ProblemKey,
  type ProblemPhrase,
  type ProblemVars,
} from '../domain/problem-text';

export type { ProblemKey, ProblemPhrase, ProblemVars };

/**
 * One thing wrong with a dataset: where (a JSON path such as `events[3].date`, or a place in a
 * spreadsheet such as `row 4, column J (Headline)`) and what, in English (for logs and tests), and
 * `phrase`, the message key and values the problem list writes in the reader's language.
 */
export interface DatasetProblem {
  readonly path: string;
  readonly message: string;
  readonly phrase: ProblemPhrase;
}

/** The place of a problem about the file as a whole. */
export const WHOLE_FILE = '(the whole file)';

/** A problem at `path`, its English text made from the key and values. */
export function problem(path: string, key: ProblemKey, vars?: ProblemVars): DatasetProblem {
  const phrase: ProblemPhrase = vars ? { key, vars } : { key };
  return { path, message: englishOf(phrase), phrase };
}

/** The same problem at another place. */
export function movedTo(p: DatasetProblem, path: string): DatasetProblem {
  return { ...p, path };
}

/** Reports a problem at a place: the checks' common callback. */
export type Report = (path: string, key: ProblemKey, vars?: ProblemVars) => void;

/** A report callback that collects into `problems`. */
export function collect(problems: DatasetProblem[]): Report {
  return (path, key, vars) => problems.push(problem(path, key, vars));
}

/** An error that carries its problem phrase (thrown inside a load, caught where it is reported). */
export class ProblemError extends Error {
  constructor(readonly phrase: ProblemPhrase) {
    super(englishOf(phrase));
  }
}

/** Formats a path of keys and indexes as `events[3].actors[0].actor`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? WHOLE_FILE : out;
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
