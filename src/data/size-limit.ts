/**
 * The largest dataset a tab is asked to open, checked before the file is read or parsed. Measured
 * with `npx vitest bench --run --project unit tests/bench/own-data.bench.ts` (synthetic sheets of
 * about 200 bytes an event) on a shared two-core machine: 2 MB (10,000 events) opens in about
 * 2 s, 8 MB (40,000 events) in 10 to 16 s, with the heap growing by 100 to 170 MB. Past 10 MB
 * the wait and the memory (the app then indexes and draws every event) are more than a phone's
 * tab can be trusted with. The bundled chronology is 0.7 MB.
 */
import { problem, WHOLE_FILE, type DatasetProblem } from './problems';

export const MAX_DATASET_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** A problem when a file of this many bytes is over the limit. */
export function sizeProblem(bytes: number, limit = MAX_DATASET_BYTES): DatasetProblem | undefined {
  if (bytes <= limit) return undefined;
  return problem(WHOLE_FILE, 'problem.tooLarge', {
    size: megabytes(bytes),
    limit: megabytes(limit),
  });
}
