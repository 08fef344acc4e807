/**
 * English problem messages of a dataset that cannot be shown: kept in `src/domain/problem-text.ts`,
 * where the loader writes its English text from them too (spread into `en`).
 */
export { PROBLEM_EN as enProblems } from '../domain/problem-text';
