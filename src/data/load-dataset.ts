/**
 * The one door into the app for a dataset: checks a raw value against the schema and the integrity
 * rules, and either converts it to the domain dataset or returns every problem found, each with its
 * JSON path and a plain-language message. The input is never mutated.
 */
import type { z } from 'zod';
import {
  actorSchema,
  datasetSchema,
  documentSchema,
  eventSchema,
  positionSchema,
  sourceSchema,
  topicSchema,
  type WireDataset,
  type WireEvent,
} from './schema';
import { checkIntegrity } from './check-integrity';
import { formatPath, problem, WHOLE_FILE, type DatasetProblem } from './problems';
import { issuePhrase } from './issue-phrase';
import { toDomain } from './to-domain';
import { migrateDataset } from './migrate';
import { markLoad } from './load-marks';
import type { Dataset } from '../domain/types';
import type { TooBig } from './device-limit';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | {
      readonly ok: false;
      readonly problems: readonly DatasetProblem[];
      /** Set when the file is beyond what this device can hold (see device-limit.ts). */
      readonly tooBig?: TooBig;
    };

/** Parses JSON text, then loads it; a syntax error is reported as a problem, not thrown. */
export function loadDatasetText(text: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const p = /^\s*</.test(text)
      ? problem(WHOLE_FILE, 'problem.webPage')
      : problem(WHOLE_FILE, 'problem.notJson', { detail });
    return { ok: false, problems: [p] };
  }
  return loadDataset(raw);
}

/**
 * Converts the text of a file this build has already checked (the bundled file, recognised by its
 * SHA-256: see fetch-dataset.ts) without checking it again: the schema adds no defaults and no
 * transforms, so the parsed file is what the schema would return.
 */
export function loadCheckedDatasetText(text: string): LoadResult {
  const migrated = migrateDataset(JSON.parse(text.replace(/^\uFEFF/, '')));
  if (!migrated.ok) return migrated;
  markLoad('validated');
  const dataset = toDomain(migrated.data as WireDataset);
  markLoad('converted');
  return { ok: true, dataset };
}

/** Checks and converts a parsed dataset (after bringing an older format up to date). */
export function loadDataset(input: unknown): LoadResult {
  const migrated = migrateDataset(input);
  if (!migrated.ok) return migrated;
  const raw = migrated.data;
  const parsed = datasetSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) {
    const problems = checkIntegrity(parsed.data);
    markLoad('validated');
    if (problems.length) return { ok: false, problems };
    const dataset = toDomain(parsed.data);
    markLoad('converted');
    return { ok: true, dataset };
  }
  const problems = parsed.error.issues.map(describeIssue);
  const partial = validSubset(raw);
  if (partial) problems.push(...checkIntegrity(partial.data, partial.knownIds));
  return { ok: false, problems };
}

/** Events checked between two pauses: about 50 ms of work on a slow machine. */
export const CHECK_SLICE = 1_000;

/** Gives the page a turn: its pending input, rendering and other tasks run first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks a large dataset a slice of events at a time, giving the page back between slices, so that
 * a file of tens of thousands of events keeps its progress line painted (and the page answering)
 * while it is checked, instead of freezing it for seconds. The outcome is exactly
 * `loadDataset`'s: the same schema per event, the same integrity rules, the same domain dataset;
 * a file with a schema problem is handed to `loadDataset` whole, so every problem is listed with
 * its place in the file.
 */
export async function loadDatasetInSteps(
  input: unknown,
  onChecked: (checked: number, total: number) => void,
  pause: () => Promise<void> = nextTask,
  slice: number = CHECK_SLICE,
): Promise<LoadResult> {
  const migrated = migrateDataset(input);
  if (!migrated.ok) return migrated;
  const raw = migrated.data as { events?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || !Array.isArray(raw.events))
    return loadDataset(input);
  const events = raw.events as readonly unknown[];
  // Everything but the events, checked at once (it is small); then the events, slice by slice.
  const rest = datasetSchema.safeParse({ ...raw, events: [] });
  if (!rest.success) return loadDataset(input);
  const checked: WireEvent[] = [];
  for (let from = 0; from < events.length; from += slice) {
    await pause();
    const to = Math.min(from + slice, events.length);
    for (let i = from; i < to; i += 1) {
      const one = eventSchema.safeParse(events[i]);
      if (!one.success) return loadDataset(input);
      checked.push(one.data);
    }
    onChecked(to, events.length);
  }
  await pause();
  const data = { ...rest.data, events: checked };
  const problems = checkIntegrity(data);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: toDomain(data) };
}

function describeIssue(issue: z.core.$ZodIssue): DatasetProblem {
  const phrase = issuePhrase(issue);
  return problem(formatPath(issue.path), phrase.key, phrase.vars);
}

const ITEM_SCHEMAS = {
  sources: sourceSchema,
  actors: actorSchema,
  topics: topicSchema,
  events: eventSchema,
  positions: positionSchema,
  documents: documentSchema,
} as const;

type Known = Record<keyof typeof ITEM_SCHEMAS, Set<string>>;

/**
 * The records of a schema-invalid file that are valid on their own, so that reference and date
 * problems are reported in the same pass as schema problems; plus every id the file names.
 */
function validSubset(raw: unknown): { data: WireDataset; knownIds: Known } | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const obj = raw as Record<string, unknown>;
  const meta = datasetSchema.shape.meta.safeParse(obj.meta);
  if (!meta.success) return undefined;
  const knownIds: Known = {
    sources: new Set(),
    actors: new Set(),
    topics: new Set(),
    events: new Set(),
    positions: new Set(),
    documents: new Set(),
  };
  const pick = <K extends keyof typeof ITEM_SCHEMAS>(key: K) => {
    const list = Array.isArray(obj[key]) ? (obj[key] as unknown[]) : [];
    for (const item of list) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') knownIds[key].add(id);
    }
    // Sparse on purpose: an invalid record leaves a hole, so the valid ones keep their index and
    // integrity problems point at the right place in the file.
    const valid: z.infer<(typeof ITEM_SCHEMAS)[K]>[] = [];
    list.forEach((item, i) => {
      const r = ITEM_SCHEMAS[key].safeParse(item);
      if (r.success) valid[i] = r.data as z.infer<(typeof ITEM_SCHEMAS)[K]>;
    });
    return valid;
  };
  const data: WireDataset = {
    meta: meta.data,
    sources: pick('sources'),
    actors: pick('actors'),
    topics: pick('topics'),
    events: pick('events'),
    positions: pick('positions'),
    documents: pick('documents'),
  };
  return { data, knownIds };
}
