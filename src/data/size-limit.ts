/**
 * The largest dataset a tab is asked to open. Measured (see data/README.md, "Using your own
 * data"): a 20 MB CSV of about 60,000 events parses, checks and converts in about 4 s on a laptop
 * core and holds roughly 0.5 GB of memory at its peak, the most a phone's tab can be expected to
 * spare; the bundled chronology is 0.7 MB. Checked before the file is read or parsed.
 */
import type { DatasetProblem } from './problems';

export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A problem when a file of this many bytes is over the limit. */
export function sizeProblem(bytes: number, limit = MAX_DATASET_BYTES): DatasetProblem | undefined {
  if (bytes <= limit) return undefined;
  return {
    path: '(the whole file)',
    message: `is ${megabytes(bytes)}, more than a browser tab can safely open (${megabytes(limit)}); split it into smaller files`,
  };
}
