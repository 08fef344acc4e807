/** The closed vocabularies of a dataset, shared by the wire schema and the domain. */

export const EVENT_KINDS = [
  'visit',
  'call',
  'meeting',
  'vote',
  'statement',
  'document',
  'military',
  'sanctions',
  'economy',
  'legal',
] as const;

export const ACTOR_KINDS = ['state', 'organisation', 'company', 'person'] as const;

export const ACTOR_ROLES = [
  'host',
  'guest',
  'participant',
  'speaker',
  'author',
  'signatory',
  'target',
  'subject',
] as const;

/** A stance is relative to a topic's proposition; `none` ends an earlier stance. */
export const STANCES = ['supports', 'opposes', 'ambivalent', 'abstains', 'none'] as const;

export const VOTE_CHOICES = ['yes', 'no', 'abstain', 'absent'] as const;

/** What kind of publisher a source is: the outlet or body that wrote it, or a reprint site. */
export const PUBLISHER_KINDS = [
  'official',
  'wire',
  'newspaper',
  'broadcaster',
  'aggregator',
  'other',
] as const;

/** The bodies whose votes and memberships a dataset records. */
export const UN_BODIES = ['UNSC', 'UNGA'] as const;

export const REACTION_KINDS = ['welcomed', 'qualified', 'rejected', 'noted'] as const;

/** Interface languages a dataset may translate its labels into (English is the record itself). */
export const TRANSLATION_LANGS = ['fr', 'zh', 'ru', 'uk'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ActorRole = (typeof ACTOR_ROLES)[number];
export type Stance = (typeof STANCES)[number];
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];
export type UnBody = (typeof UN_BODIES)[number];
export type ReactionKind = (typeof REACTION_KINDS)[number];
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];
