/**
 * The interface languages: their codes (as in links and the store), their BCP 47 tags (for
 * `<html lang>`), each one's own name for the picker, and the locale of its dates and numbers.
 */
import { isLang, type Lang } from '../domain/localise';

/** Interface languages, in the picker's order; the code is what `?lang=` takes. */
export const LANGS = ['en', 'fr', 'zh', 'ru', 'uk'] as const;
export type InterfaceLang = (typeof LANGS)[number];

/** The interface language when a link names none, and the fallback for any missing string. */
export const DEFAULT_INTERFACE_LANG: InterfaceLang = 'en';

export function isInterfaceLang(value: string): value is InterfaceLang {
  return (LANGS as readonly string[]).includes(value);
}

/** Each interface language's own name, for the language picker. */
export const LANGUAGE_NAMES: Readonly<Record<InterfaceLang, string>> = {
  en: 'English',
  fr: 'Français',
  zh: '简体中文',
  ru: 'Русский',
  uk: 'Українська',
};

/** The tag for `lang` attributes: Chinese is written in Simplified characters. */
const LANG_TAGS: Readonly<Record<InterfaceLang, string>> = {
  en: 'en',
  fr: 'fr',
  zh: 'zh-Hans',
  ru: 'ru',
  uk: 'uk',
};

/** The locale dates and numbers are written in ("24 February 2022" in en). */
const LOCALES: Readonly<Record<InterfaceLang, string>> = {
  en: 'en-GB',
  fr: 'fr-FR',
  zh: 'zh-CN',
  ru: 'ru-RU',
  uk: 'uk-UA',
};

export function langTagOf(lang: string): string {
  return isInterfaceLang(lang) ? LANG_TAGS[lang] : lang;
}

export function dateLocaleOf(lang: string): string {
  return isInterfaceLang(lang) ? LOCALES[lang] : LOCALES.en;
}

/** The language to pick a dataset's translated labels in (see domain/localise): English if none. */
export function datasetLangOf(lang: string): Lang {
  return isLang(lang) ? lang : 'en';
}
