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
import { formatPath, type DatasetProblem } from './problems';
import { toDomain } from './to-domain';
import { migrateDataset } from './migrate';
import { markLoad } from './load-marks';
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
    const message = /^\s*</.test(text)
      ? 'is a web page, not JSON: the server may have sent an error page instead of the file'
      : `is not valid JSON: ${detail}`;
    return { ok: false, problems: [{ path: '(the whole file)', message }] };
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

function describeIssue(issue: z.core.$ZodIssue): DatasetProblem {
  return { path: formatPath(issue.path), message: plainMessage(issue) };
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `must be ${article(issue.expected)}, not ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.message;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  if (type === 'int') return 'a whole number';
  return `a ${type}`;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
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
