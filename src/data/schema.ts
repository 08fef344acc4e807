/**
 * The wire format of a Parley dataset: what `data/parley.json` holds, with ISO date strings.
 * `load-dataset.ts` checks a file against this schema, then checks what a schema cannot express,
 * and converts it once into the domain types of `src/domain/types.ts`.
 * `data/schema.json` is generated from this file (`npm run schema`); a test keeps the two in sync.
 */
import './zod-setup';
import { z } from 'zod';
import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  EVENT_KINDS,
  PUBLISHER_KINDS,
  REACTION_KINDS,
  STANCES,
  UN_BODIES,
  VOTE_CHOICES,
} from '../domain/vocabulary';
import { parseDay } from '../domain/dates';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The first year Parley can show: `Date.UTC` reads years 0 to 99 as 1900 to 1999. */
export const FIRST_YEAR = 1000;

export const isoDay = z
  .string()
  .regex(ISO_DAY, { error: 'must be a day written YYYY-MM-DD', abort: true })
  .refine((s) => Number(s.slice(0, 4)) >= FIRST_YEAR, {
    error: `is before the year ${FIRST_YEAR}, the earliest Parley can show`,
    abort: true,
  })
  .refine((s) => isRealDay(s), 'is not a real calendar day');

const id = z.string().regex(ID, 'must be lowercase words joined by hyphens (a stable id)');
const text = z.string().trim().min(1, 'must not be empty');

/**
 * Translated short labels of a record, keyed by interface language. `official` names the source
 * whose wording this is; without it the labels are Parley's own translation. Which keys are
 * allowed (fr, zh, ru, uk) is checked by the loader, so that a wrong key gets a clear message.
 */
function translations<T extends z.ZodRawShape>(labels: T) {
  return z.record(z.string(), z.strictObject(labels)).optional();
}

/** Translations that may be the official wording: `official` names the source that shows it. */
function officialTranslations<T extends z.ZodRawShape>(labels: T) {
  return z.record(z.string(), z.strictObject({ ...labels, official: id.optional() })).optional();
}

/** A quote in the language it was spoken or published in (a BCP 47 tag, checked by the loader). */
export const originalSchema = z.strictObject({ lang: z.string(), text, source: id });

const isRealDay = (s: string): boolean => parseDay(s) !== undefined;

export const sourceSchema = z.strictObject({
  id,
  publisher: text,
  title: text,
  date: isoDay,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  note: text.optional(),
  /** Who published it: the original outlet or body, a wire service, or a reprint site. */
  publisherKind: z.enum(PUBLISHER_KINDS).optional(),
  /** Sources that reprint the same text (ids); this source is the one to cite first. */
  alsoCarriedBy: z.array(id).optional(),
});

export const actorSchema = z.strictObject({
  id,
  name: text,
  shortName: text.optional(),
  kind: z.enum(ACTOR_KINDS),
  memberOf: id.optional(),
  title: text.optional(),
  description: text,
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb')
    .optional(),
  translations: officialTranslations({
    name: text.optional(),
    shortName: text.optional(),
    title: text.optional(),
  }),
});

export const topicSchema = z.strictObject({
  id,
  title: text,
  proposition: text,
  description: text.optional(),
  translations: officialTranslations({ title: text.optional(), proposition: text.optional() }),
});

export const quoteSchema = z.strictObject({
  text,
  speaker: id,
  source: id,
  date: isoDay.optional(),
  note: text.optional(),
  original: originalSchema.optional(),
});

export const voteSchema = z.strictObject({
  body: z.enum(UN_BODIES),
  document: text,
  adopted: z.boolean(),
  yes: z.int().nonnegative(),
  no: z.int().nonnegative(),
  abstain: z.int().nonnegative(),
  absent: z.int().nonnegative().optional(),
  vetoedBy: z.array(id).optional(),
  votes: z.array(z.strictObject({ actor: id, vote: z.enum(VOTE_CHOICES) })),
});

export const eventSchema = z.strictObject({
  id,
  date: isoDay,
  endDate: isoDay.optional(),
  datePrecision: z.enum(['day', 'month']).optional(),
  approximate: z.boolean().optional(),
  /** How the event's date is written where the computed one would not say it right ("Spring 2022"). */
  displayDate: text.max(60, 'is longer than 60 characters').optional(),
  title: text.max(120, 'is longer than 120 characters'),
  summary: text,
  kind: z.enum(EVENT_KINDS),
  actors: z
    .array(z.strictObject({ actor: id, role: z.enum(ACTOR_ROLES) }))
    .min(1, 'must name at least one actor'),
  location: text.optional(),
  topics: z.array(id).optional(),
  quotes: z.array(quoteSchema).optional(),
  vote: voteSchema.optional(),
  related: z.array(id).optional(),
  sources: z.array(id),
  disputed: text.optional(),
  note: text.optional(),
});

export const positionSchema = z.strictObject({
  id,
  actor: id,
  topic: id,
  date: isoDay,
  stance: z.enum(STANCES),
  summary: text,
  evidence: z.strictObject({
    events: z.array(id).min(1, 'must cite at least one event'),
    quote: quoteSchema.optional(),
  }),
  note: text.optional(),
});

export const documentSchema = z.strictObject({
  id,
  title: text,
  shortTitle: text,
  date: isoDay,
  issuedBy: z.array(id).min(1),
  event: id,
  url: z.url({ protocol: /^https?$/ }).optional(),
  sources: z.array(id).min(1, 'must cite at least one source'),
  points: z.array(
    z.strictObject({
      number: z.int().positive(),
      title: text,
      summary: text,
      translations: officialTranslations({ title: text.optional() }),
    }),
  ),
  reactions: z.array(
    z.strictObject({
      actor: id,
      date: isoDay,
      response: z.enum(REACTION_KINDS),
      summary: text,
      quote: quoteSchema.optional(),
      event: id.optional(),
      points: z.array(z.int().positive()).optional(),
      sources: z.array(id).min(1, 'must cite at least one source'),
    }),
  ),
  translations: officialTranslations({ title: text.optional(), shortTitle: text.optional() }),
});

/**
 * Who sat on a UN body for a stretch of days (inclusive), so that a missing vote can be told
 * apart from a missing seat. Members are named; `actor` links those the dataset has as actors.
 */
export const membershipSchema = z.strictObject({
  body: z.enum(UN_BODIES),
  start: isoDay,
  end: isoDay,
  members: z
    .array(z.strictObject({ name: text, actor: id.optional() }))
    .min(1, 'must name at least one member'),
  sources: z.array(id).min(1, 'must cite at least one source'),
  note: text.optional(),
});

export const storyStepSchema = z.strictObject({
  event: id.optional(),
  window: z.strictObject({ start: isoDay, end: isoDay }).optional(),
  title: text,
  narration: text,
  translations: translations({ title: text.optional() }),
});

export const storySchema = z.strictObject({
  id,
  title: text,
  steps: z.array(storyStepSchema).min(1),
  translations: translations({ title: text.optional() }),
});

/** The format version this build writes and reads natively; older files go through migrate.ts. */
export const CURRENT_FORMAT = 2;

/** What the views show before the reader chooses; every field optional (see dataset-defaults.ts). */
export const defaultsSchema = z.strictObject({
  matrixActors: z.array(id).optional(),
  voteColumns: z.array(id).optional(),
  compareFrom: isoDay.optional(),
  document: id.optional(),
});

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  meta: z.strictObject({
    format: z.literal(CURRENT_FORMAT, { error: `must be ${CURRENT_FORMAT}` }).optional(),
    title: text,
    description: text,
    period: z.strictObject({ start: isoDay, end: isoDay }),
    preludeStart: isoDay.optional(),
    updated: isoDay,
    licence: text.optional(),
    presets: z
      .array(
        z.strictObject({
          id,
          label: text,
          start: isoDay,
          end: isoDay,
          translations: translations({ label: text }),
        }),
      )
      .optional(),
    translations: translations({ title: text.optional(), description: text.optional() }),
    defaults: defaultsSchema.optional(),
  }),
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  topics: z.array(topicSchema),
  events: z.array(eventSchema),
  positions: z.array(positionSchema),
  documents: z.array(documentSchema),
  stories: z.array(storySchema).optional(),
  memberships: z.array(membershipSchema).optional(),
});

export type WireDataset = z.infer<typeof datasetSchema>;
export type WireEvent = z.infer<typeof eventSchema>;
export type WireActor = z.infer<typeof actorSchema>;
export type WireSource = z.infer<typeof sourceSchema>;
export type WireTopic = z.infer<typeof topicSchema>;
export type WirePosition = z.infer<typeof positionSchema>;
export type WireDocument = z.infer<typeof documentSchema>;
export type WireQuote = z.infer<typeof quoteSchema>;
export type WireVote = z.infer<typeof voteSchema>;
export type WireStory = z.infer<typeof storySchema>;
export type WireOriginal = z.infer<typeof originalSchema>;
export type WireMembership = z.infer<typeof membershipSchema>;
