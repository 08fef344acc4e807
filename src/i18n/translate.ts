/** Looks up interface strings and fills `{name}` placeholders. */
import { en, type MessageKey, type Messages } from './en';

export const LANGUAGES: Readonly<Record<string, Messages>> = { en };

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
