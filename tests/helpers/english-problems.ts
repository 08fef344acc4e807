import type { DatasetProblem } from '../../src/data/problems';

/** Problems as place and English text only (their phrase is checked by the translation tests). */
export function english(problems: readonly DatasetProblem[]) {
  return problems.map(({ path, message }) => ({ path, message }));
}

/** A failed load result with its problems as place and English text only. */
export function plain<T extends { ok: boolean }>(result: T): T {
  return 'problems' in result
    ? { ...result, problems: english(result.problems as readonly DatasetProblem[]) }
    : result;
}
