/**
 * English problem messages of a dataset that cannot be shown: kept in `src/domain/problem-text.ts`,
 * where the loader writes its English text from them too (loaded with the problem list, as the
 * other languages' are: see `problem-messages.ts`).
 */
export { PROBLEM_EN as enProblems } from '../domain/problem-text';
