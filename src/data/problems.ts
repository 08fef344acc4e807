/** One thing wrong with a dataset: where (a JSON path such as `events[3].date`) and what. */
export interface DatasetProblem {
  readonly path: string;
  readonly message: string;
}

/** Formats a path of keys and indexes as `events[3].actors[0].actor`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the whole file)' : out;
}
