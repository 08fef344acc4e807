/** Looks up interface strings and fills `{name}` placeholders. */
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';

export const LANGUAGES: Readonly<Record<string, Messages>> = { en, fr };

/** Each interface language's own name, for the language picker. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', fr: 'Français' };

/** The locale dates are written in for each interface language ("24 February 2022" in en). */
const DATE_LOCALES: Readonly<Record<string, string>> = { en: 'en-GB', fr: 'fr-FR' };

export function dateLocaleOf(lang: string): string {
  return DATE_LOCALES[lang] ?? 'en-GB';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: string): Translate {
  const messages = LANGUAGES[lang] ?? en;
  return (key, vars) => {
    const template = messages[key];
    return vars
      ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m))
      : template;
  };
}
