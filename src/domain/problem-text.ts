/**
 * What can be wrong with a dataset, as message keys with values (so that the problem list is
 * written in the reader's language) and their English text. English lives here, in the domain,
 * because both the loader (`src/data`, which keeps the English text of each problem for logs and
 * tests) and the interface dictionaries (`src/i18n/en-problems.ts`, spread into `en`) use it; the
 * other languages translate these keys in `src/i18n/<lang>-problems.ts`.
 */

/** A problem's message: a key of `PROBLEM_EN` and its values (a value may be a phrase itself). */
export interface ProblemPhrase {
  readonly key: ProblemKey;
  readonly vars?: ProblemVars;
}

export type ProblemVars = Readonly<Record<string, string | number | ProblemPhrase>>;

/** Plural forms, chosen by `Intl.PluralRules` on `count` (as `src/i18n/message.ts`). */
interface Plural {
  readonly one: string;
  readonly other: string;
}

export const PROBLEM_EN = {
  // Places that are not JSON paths (a JSON path is the file's own words and is shown as it is).
  'problem.place.file': '(the whole file)',
  'problem.place.row': 'row {row}',
  'problem.place.column': 'row {row}, column {column}',
  'problem.place.cell': 'row {row}, column {letter} ({header})',
  'problem.place.titleRow': 'the row of Type "title"',
  // What a value should be, and what it is.
  'problem.type.array': 'a list',
  'problem.type.object': 'an object',
  'problem.type.int': 'a whole number',
  'problem.type.string': 'a string',
  'problem.type.number': 'a number',
  'problem.type.boolean': 'a boolean',
  'problem.type.other': 'a {type}',
  'problem.value.null': 'null',
  'problem.value.string': 'string {value}',
  'problem.value.number': 'number {value}',
  'problem.value.boolean': 'boolean {value}',
  // The records a problem can name.
  'problem.noun.source': 'source',
  'problem.noun.actor': 'actor',
  'problem.noun.topic': 'topic',
  'problem.noun.event': 'event',
  'problem.noun.position': 'position',
  'problem.noun.document': 'document',
  'problem.noun.story': 'story',
  'problem.noun.preset': 'preset',
  // Reading the file.
  'problem.webPage':
    'is a web page, not JSON: the server may have sent an error page instead of the file',
  'problem.notJson': 'is not valid JSON: {detail}',
  'problem.notJsonObject': 'must be a JSON object',
  'problem.couldNotLoad': 'could not be loaded: {detail}',
  'problem.couldNotRead': 'could not be read: {detail}',
  'problem.timeout': 'the server did not answer within {duration}',
  'problem.seconds': { one: '{count} second', other: '{count} seconds' } satisfies Plural,
  'problem.milliseconds': '{count} ms',
  'problem.serverAnswered': 'the server answered {status}',
  'problem.fileNotUtf8': 'the file is not UTF-8 text; save it as UTF-8',
  'problem.fileNotUtf16': 'the file is not valid UTF-16 text; save it as UTF-8',
  'problem.emptyFile': 'the server sent an empty file',
  'problem.cors':
    'could not be fetched from {url}. Check the address; the server must also allow other sites to read the file (CORS: it must send "Access-Control-Allow-Origin")',
  'problem.urlStatus': 'could not be loaded from {url}: the server answered {status}',
  'problem.dataAddress': 'must be a full web address starting with https:// (or http://)',
  'problem.dataTooLong': 'is too long ({length} characters)',
  'problem.tooLarge':
    'is {size} MB, more than a browser tab can safely open ({limit} MB); split it into smaller files',
  'problem.newerFormat':
    'is {format}: the file was written for a newer Parley (this one reads formats 1 to {max})',
  // The schema.
  'problem.missing': 'is missing',
  'problem.mustBe': 'must be {expected}, not {actual}',
  'problem.unknownFields': {
    one: 'has unknown field {fields}',
    other: 'has unknown fields {fields}',
  } satisfies Plural,
  'problem.oneOf': 'must be one of {values}',
  'problem.atLeast': {
    one: 'must have at least {count} item',
    other: 'must have at least {count} items',
  } satisfies Plural,
  'problem.tooBig': 'is too long or too large (at most {max})',
  'problem.badFormat': 'is not written in the expected format',
  'problem.invalid': 'is not valid ({detail})',
  'problem.notDay': 'must be a day written YYYY-MM-DD',
  'problem.beforeFirstYear': 'is before the year {year}, the earliest Parley can show',
  'problem.notRealDay': 'is not a real calendar day',
  'problem.badId': 'must be lowercase words joined by hyphens (a stable id)',
  'problem.empty': 'must not be empty',
  'problem.notHttp': 'must be an http(s) address',
  'problem.notColour': 'must be a colour written #rrggbb',
  'problem.tooLong': 'is longer than {max} characters',
  'problem.noActor': 'must name at least one actor',
  'problem.noEvent': 'must cite at least one event',
  'problem.noSource': 'must cite at least one source',
  'problem.noMember': 'must name at least one member',
  // Integrity.
  'problem.duplicateId': 'repeats the {noun} id "{id}" of {first}',
  'problem.unknownRef': 'refers to unknown {noun} "{id}"',
  'problem.periodEnd': 'is before the period start',
  'problem.preludeStart': 'is after the period start',
  'problem.presetEnd': 'is before the preset start',
  'problem.outsidePeriod': "({value}) is outside the dataset's period ({first} to {last})",
  'problem.memberOfPerson': 'names a person ("{id}"); a person belongs to a state or organisation',
  'problem.endBeforeDate': '({end}) is before the start date ({start})',
  'problem.eventNoSource': 'is empty: every event needs a source',
  'problem.relatedSelf': 'refers to the event itself',
  'problem.repeatsPoint': 'repeats point {point}',
  'problem.unknownPoint': 'refers to point {point}, which the document does not have',
  'problem.stepEmpty': 'needs an event or a window to show',
  'problem.windowEnd': 'is before the window start',
  'problem.notInterfaceLang': 'is not an interface language: translations may be in {langs}',
  'problem.noLabel': 'holds no translated label',
  'problem.badLangTag': '("{lang}") is not a BCP 47 language code such as zh, ru, uk, fr or de',
  'problem.namesItself': 'names the source itself',
  'problem.vetoAuthor':
    'makes "{actor}" the author of a draft it vetoed; give it another role (e.g. "target")',
  'problem.ownVoice': "judges in the dataset's own voice ({words}); quote or attribute it",
  'problem.membershipEnd': 'is before the start',
  'problem.memberCount': 'names {count} members; the {body} has {size}',
  'problem.repeatsName': 'repeats "{name}"',
  'problem.overlaps': 'overlaps {other} of the same body',
  'problem.notMember': 'records a vote by "{actor}", not a {body} member on {date}',
  'problem.tooManyVotes': 'counts {total} votes, more than the {size} members of the {body}',
  'problem.votedTwice': 'records "{actor}" twice',
  'problem.vetoNotNo': 'names "{actor}", whose recorded vote is "{vote}", not "no"',
  'problem.adoptedVetoed': 'is true, but the draft is recorded as vetoed',
  'problem.countries': { one: '{count} country', other: '{count} countries' } satisfies Plural,
  'problem.countMismatch':
    'is {count}, but the list of all {size} members gives {countries} "{choice}"',
  'problem.countFewer': 'is {count}, fewer than the {countries} listed as "{choice}"',
  // Spreadsheets and TimelineJS files.
  // The CSV parser's own words in English (papaparse), translated in the other languages.
  'problem.csvUnterminated': 'Quoted field unterminated',
  'problem.csvBadQuote': 'Trailing quote on quoted field is malformed',
  'problem.unknownColumn':
    'is headed "{header}", which is not a column Parley reads (see the template)',
  'problem.missingColumn': 'has no "{column}" column (see the template)',
  'problem.badType': 'is "{value}"; leave it empty, or write title or era',
  'problem.eventNoHeadline': 'is empty: every event needs one',
  'problem.eraNoHeadline': 'is empty: every era needs one',
  'problem.noYear': 'is empty: a date needs at least a year',
  'problem.monthNoYear': 'has a month or day but no year',
  'problem.yearNotWhole': 'has a year that is not a whole number ("{value}")',
  'problem.yearRange': 'has the year {year}; Parley reads years 1 to 9999',
  'problem.dayNoMonth': 'has a day but no month',
  'problem.badMonth': 'has the month "{value}"; a month is a number from 1 to 12',
  'problem.badDay': 'has the day "{value}", which {month} does not have',
  'problem.badTime': 'has the time "{value}"; write a time of day such as 14:30',
  'problem.eraDateMissing': 'is missing: an era needs a start and an end date with at least a year',
  'problem.startMissing': 'is missing: every event needs a start date with at least a year',
  'problem.dateObject': 'must be an object such as { "year": 2022, "month": 2, "day": 24 }',
  'problem.mustBeObject': 'must be an object',
  'problem.noHeadline': 'is empty: every event needs a headline',
  'problem.eventsList': 'must be a list of events',
  'problem.eraNoName': 'is empty: an era needs a name',
  'problem.badKind': 'is "{value}"; a kind is one of {kinds}',
  'problem.noSpeaker': 'is empty: a quote needs the name of who said it',
  'problem.noEvents': 'has no events: add at least one row or event',
  'problem.noSourceUrl': 'is empty: every event needs a source (a web address)',
  'problem.notWebAddress': 'is not a web address: Parley links only to http:// or https:// pages',
} as const;

export type ProblemKey = keyof typeof PROBLEM_EN;

const RULES = new Intl.PluralRules('en');
const NUMBERS = new Intl.NumberFormat('en-GB');

/** The English text of a phrase (its nested phrases first), as the English dictionary says it. */
export function englishOf(phrase: ProblemPhrase): string {
  const message: string | Plural = PROBLEM_EN[phrase.key];
  const vars = phrase.vars ?? {};
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const n = vars.count;
    template = typeof n === 'number' && RULES.select(n) === 'one' ? message.one : message.other;
  }
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    if (typeof v === 'number') return NUMBERS.format(v);
    return typeof v === 'string' ? v : englishOf(v);
  });
}
