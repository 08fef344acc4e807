/**
 * Integrity rules for the dataset's words in other languages: translated labels only in the
 * interface languages, `official` naming a known source, and a quote's original text tagged with a
 * real language code and citing a known source. Called from `checkIntegrity`.
 */
import type { WireDataset, WireOriginal } from './schema';
import { TRANSLATION_LANGS } from '../domain/vocabulary';

import type { Report } from './problems';
type RefSource = (id: string, path: string) => void;
type Entries = Record<string, Record<string, string | undefined>> | undefined;

const LANGS: ReadonlySet<string> = new Set(TRANSLATION_LANGS);
const LANG_LIST = TRANSLATION_LANGS.join(', ');

/** A BCP 47 tag as the dataset writes it: language, optional script, optional region (`zh-Hans-CN`). */
const BCP47 = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

export function isLanguageTag(tag: string): boolean {
  if (!BCP47.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Checks one record's `translations`, found at `path` (e.g. `actors[3]`). */
export function checkEntries(entries: Entries, path: string, ref: RefSource, report: Report): void {
  if (!entries) return;
  for (const [lang, entry] of Object.entries(entries)) {
    const p = `${path}.translations.${lang}`;
    if (!LANGS.has(lang)) report(p, 'problem.notInterfaceLang', { langs: LANG_LIST });
    const { official, ...labels } = entry;
    if (Object.values(labels).every((v) => v === undefined)) report(p, 'problem.noLabel');
    if (official !== undefined) ref(official, `${p}.official`);
  }
}

export function checkOriginal(
  original: WireOriginal,
  path: string,
  ref: RefSource,
  report: Report,
): void {
  if (!isLanguageTag(original.lang))
    report(`${path}.lang`, 'problem.badLangTag', { lang: original.lang });
  ref(original.source, `${path}.source`);
}

/** Every `translations` object in the dataset, with the path of the record that holds it. */
export function checkTranslations(data: WireDataset, ref: RefSource, report: Report): void {
  const check = (entries: Entries, path: string) => checkEntries(entries, path, ref, report);
  check(data.meta.translations, 'meta');
  data.meta.presets?.forEach((p, i) => check(p.translations, `meta.presets[${i}]`));
  data.actors.forEach((a, i) => check(a.translations, `actors[${i}]`));
  data.topics.forEach((t, i) => check(t.translations, `topics[${i}]`));
  data.documents.forEach((d, i) => {
    check(d.translations, `documents[${i}]`);
    d.points.forEach((pt, j) => check(pt.translations, `documents[${i}].points[${j}]`));
  });
  data.stories?.forEach((s, i) => {
    check(s.translations, `stories[${i}]`);
    s.steps.forEach((st, j) => check(st.translations, `stories[${i}].steps[${j}]`));
  });
}
