/**
 * A zod issue as a problem phrase, so that schema problems are written in the reader's language.
 * The schema's own messages (`schema.ts`) are the English texts of problem keys and are found by
 * their text; zod's built-in issues are mapped by their code. Zod's bundled locales are not used:
 * they would add a chunk per language for messages worded for programmers ("Invalid input:
 * expected string, received number"), where these say what to fix in plain words.
 */
import type { z } from 'zod';
import { englishOf, type ProblemKey, type ProblemPhrase } from '../domain/problem-text';
import { FIRST_YEAR } from './schema';

/** The phrases the schema writes as its messages (the schema keeps the English text). */
const SCHEMA_PHRASES: readonly ProblemPhrase[] = [
  { key: 'problem.notDay' },
  { key: 'problem.beforeFirstYear', vars: { year: String(FIRST_YEAR) } },
  { key: 'problem.notRealDay' },
  { key: 'problem.badId' },
  { key: 'problem.empty' },
  { key: 'problem.notHttp' },
  { key: 'problem.notColour' },
  { key: 'problem.tooLong', vars: { max: 120 } },
  { key: 'problem.tooLong', vars: { max: 60 } },
  { key: 'problem.noActor' },
  { key: 'problem.noEvent' },
  { key: 'problem.noSource' },
  { key: 'problem.noMember' },
];

const BY_TEXT = new Map(SCHEMA_PHRASES.map((p) => [englishOf(p), p]));

/** The phrase of a schema message, if the schema has one with this English text. */
export function schemaPhrase(message: string): ProblemPhrase | undefined {
  return BY_TEXT.get(message);
}

const TYPES: Readonly<Record<string, ProblemKey>> = {
  array: 'problem.type.array',
  object: 'problem.type.object',
  int: 'problem.type.int',
  string: 'problem.type.string',
  number: 'problem.type.number',
  boolean: 'problem.type.boolean',
};

function expected(type: string): ProblemPhrase {
  const key = TYPES[type];
  return key ? { key } : { key: 'problem.type.other', vars: { type } };
}

function actual(v: unknown): ProblemPhrase {
  if (v === null) return { key: 'problem.value.null' };
  if (Array.isArray(v)) return { key: 'problem.type.array' };
  if (typeof v === 'object') return { key: 'problem.type.object' };
  const value = JSON.stringify(v);
  if (typeof v === 'string') return { key: 'problem.value.string', vars: { value } };
  if (typeof v === 'number') return { key: 'problem.value.number', vars: { value } };
  if (typeof v === 'boolean') return { key: 'problem.value.boolean', vars: { value } };
  return { key: 'problem.type.other', vars: { type: typeof v } };
}

export function issuePhrase(issue: z.core.$ZodIssue): ProblemPhrase {
  const own = schemaPhrase(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { key: 'problem.missing' }
        : {
            key: 'problem.mustBe',
            vars: { expected: expected(issue.expected), actual: actual(issue.input) },
          };
    case 'unrecognized_keys':
      return {
        key: 'problem.unknownFields',
        vars: { count: issue.keys.length, fields: issue.keys.map((k) => `"${k}"`).join(', ') },
      };
    case 'invalid_value':
      return {
        key: 'problem.oneOf',
        vars: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') },
      };
    case 'too_small':
      return issue.origin === 'array'
        ? { key: 'problem.atLeast', vars: { count: Number(issue.minimum) } }
        : { key: 'problem.empty' };
    case 'too_big':
      return { key: 'problem.tooBig', vars: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'url' ? { key: 'problem.notHttp' } : { key: 'problem.badFormat' };
    default:
      return { key: 'problem.invalid', vars: { detail: issue.message } };
  }
}
