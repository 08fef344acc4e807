import {
  englishOf,
  type ProblemKey,
  type ProblemPhrase,
  type ProblemVars,
} from '../domain/problem-text';

export type { ProblemKey, ProblemPhrase, ProblemVars };
export { placePhrase, ProblemError, WHOLE_FILE } from './problem-phrase';
import { WHOLE_FILE } from './problem-phrase';

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

/** Formats a path of keys and indexes as `events[3].actors[0].actor`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? WHOLE_FILE : out;
}
