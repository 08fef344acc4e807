/**
 * Brings a dataset written for an older Parley up to the current format before it is checked, in
 * the spirit of excalidraw's `restore`: one small step per version, never mutating the input.
 * Format 1 (wave 1, no `meta.format`) lacks only `meta.defaults`, which stays optional: its views
 * fall back to defaults derived from the records.
 */
import { CURRENT_FORMAT } from './schema';
import { problem, type DatasetProblem } from './problems';

export type MigrateResult =
  | { readonly ok: true; readonly data: unknown; readonly from: number }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

/** `STEPS[n]` takes a format-n file to format n + 1. */
const STEPS: Readonly<Record<number, Step>> = {
  1: (raw) => ({ ...raw, meta: { ...(raw.meta as object), format: 2 } }),
};

function formatOf(raw: Record<string, unknown>): unknown {
  const meta = raw.meta;
  if (typeof meta !== 'object' || meta === null) return 1;
  return (meta as { format?: unknown }).format ?? 1;
}

/** The file in the current format, or a problem when it names a format this build cannot read. */
export function migrateDataset(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: true, data: raw, from: CURRENT_FORMAT };
  const from = formatOf(raw as Record<string, unknown>);
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return { ok: true, data: raw, from: CURRENT_FORMAT }; // the schema reports the bad value
  if (from > CURRENT_FORMAT)
    return {
      ok: false,
      problems: [
        problem('meta.format', 'problem.newerFormat', {
          format: String(from),
          max: String(CURRENT_FORMAT),
        }),
      ],
    };
  let data = raw as Record<string, unknown>;
  for (let v = from; v < CURRENT_FORMAT; v += 1) data = STEPS[v]!(data);
  return { ok: true, data, from };
}
