/**
 * Citations of a Parley view in the styles newsrooms and classrooms ask for: APA (7th ed.),
 * Chicago (notes-bibliography, bibliography entry), MLA (9th ed.) and BibTeX. Pure text: the
 * dataset's title, its version (`meta.updated`), the view's link and the day it was accessed.
 * The styles are English conventions, so months are written in English whatever the interface.
 */
import { parseDay } from './dates';
import type { Millis } from './types';

export interface CitationInput {
  /** The dataset's title (`meta.title`). */
  readonly title: string;
  /** The dataset's version: the day of its last edit (`meta.updated`, `YYYY-MM-DD`). */
  readonly version: string;
  /** The link to the view being cited. */
  readonly url: string;
  /** When the reader looked at it. */
  readonly accessed: Millis;
}

export interface Citations {
  readonly apa: string;
  readonly chicago: string;
  readonly mla: string;
  readonly bibtex: string;
}

/** Who publishes the dataset: the project itself (no person's name is invented). */
export const CITED_AUTHOR = 'Parley';
/** What is being cited, as the styles describe the medium. */
const MEDIUM = 'Interactive timeline and data set';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** MLA abbreviates months of more than four letters. */
const MLA_MONTHS = MONTHS.map((m) =>
  m.length > 4 ? `${m.slice(0, m === 'September' ? 4 : 3)}.` : m,
);
const BIBTEX_MONTHS = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function ymd(t: Millis): Ymd {
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

const monthDayYear = (t: Ymd) => `${MONTHS[t.m]} ${t.d}, ${t.y}`;
const dayMonthYearMla = (t: Ymd) => `${t.d} ${MLA_MONTHS[t.m]} ${t.y}`;
const iso = (t: Ymd) =>
  `${t.y}-${String(t.m + 1).padStart(2, '0')}-${String(t.d).padStart(2, '0')}`;

/** Escapes the characters TeX treats specially, for a BibTeX field's text. */
export function escapeBibtex(text: string): string {
  // One pass, so the braces of one replacement are not escaped by the next.
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_ESCAPES[c] ?? `\\${c}`);
}

const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A citation key: the project, the version's year, the title's first word. */
function bibtexKey(title: string, version: Ymd): string {
  const word = (title.match(/[A-Za-z]+/)?.[0] ?? 'view').toLowerCase();
  return `parley${version.y}${word}`;
}

/**
 * The view's citation in each style. A version that is not a calendar day falls back to the
 * access day, so a citation is always complete.
 */
export function citeView(input: CitationInput): Citations {
  const version = ymd(parseDay(input.version) ?? input.accessed);
  const accessed = ymd(input.accessed);
  const { title, url } = input;
  const versionText = iso(version);
  return {
    apa:
      `${CITED_AUTHOR}. (${version.y}, ${MONTHS[version.m]} ${version.d}). ${title} ` +
      `(Version ${versionText}) [${MEDIUM}]. Retrieved ${monthDayYear(accessed)}, from ${url}`,
    chicago:
      `${CITED_AUTHOR}. “${title}.” Version ${versionText}. ${MEDIUM}, ` +
      `${monthDayYear(version)}. Accessed ${monthDayYear(accessed)}. ${url}.`,
    mla:
      `${CITED_AUTHOR}. ${title}. Version ${versionText}, ${dayMonthYearMla(version)}, ` +
      `${url}. Accessed ${dayMonthYearMla(accessed)}.`,
    bibtex: [
      `@misc{${bibtexKey(title, version)},`,
      `  author       = {{${CITED_AUTHOR}}},`,
      `  title        = {{${escapeBibtex(title)}}},`,
      `  year         = {${version.y}},`,
      `  month        = ${BIBTEX_MONTHS[version.m]},`,
      `  version      = {${versionText}},`,
      `  howpublished = {${MEDIUM}},`,
      `  url          = {${url.replace(/([{}])/g, '\\$1')}},`,
      `  urldate      = {${iso(accessed)}},`,
      `  note         = {Accessed ${iso(accessed)}}`,
      `}`,
    ].join('\n'),
  };
}
