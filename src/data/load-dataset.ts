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
} from './schema';
import { checkIntegrity } from './check-integrity';
import { formatPath, problem, WHOLE_FILE, type DatasetProblem } from './problems';
import { issuePhrase } from './issue-phrase';
import { toDomain } from './to-domain';
import { migrateDataset } from './migrate';
import type { Dataset } from '../domain/types';

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | { readonly ok: false; readonly problems: readonly DatasetProblem[] };

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

/** Checks and converts a parsed dataset (after bringing an older format up to date). */
export function loadDataset(input: unknown): LoadResult {
  const migrated = migrateDataset(input);
  if (!migrated.ok) return migrated;
  const raw = migrated.data;
  const parsed = datasetSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) {
    const problems = checkIntegrity(parsed.data);
    return problems.length ? { ok: false, problems } : { ok: true, dataset: toDomain(parsed.data) };
  }
  const problems = parsed.error.issues.map(describeIssue);
  const partial = validSubset(raw);
  if (partial) problems.push(...checkIntegrity(partial.data, partial.knownIds));
  return { ok: false, problems };
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
