/** Looks up interface strings, chooses plural forms and fills `{name}` placeholders. */
import { en, type MessageKey, type Messages } from './en';
import { dateLocaleOf } from './languages';
import { loadedMessages } from './load-messages';
import { fill, pickForm, type MessageVars } from './message';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** Built once per messages and locale: every component asks for one, and Intl objects cost. */
const built = new WeakMap<Messages, Map<string, Translate>>();

/** The translate function over given messages, with `locale`'s plural rules and numbers. */
export function translatorFor(messages: Messages, locale: string): Translate {
  let byLocale = built.get(messages);
  if (!byLocale) {
    byLocale = new Map();
    built.set(messages, byLocale);
  }
  let t = byLocale.get(locale);
  if (!t) {
    t = buildTranslator(messages, locale);
    byLocale.set(locale, t);
  }
  return t;
}

function buildTranslator(messages: Messages, locale: string): Translate {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, vars) => {
    const template = pickForm(messages[key], vars, rules);
    return vars ? fill(template, vars, numbers) : template;
  };
}

/**
 * The translate function for `lang`, as far as its messages have loaded (see
 * `load-messages.ts`): English until they have, and for an unknown language.
 */
export function translator(lang: string): Translate {
  const messages = loadedMessages(lang);
  return messages ? translatorFor(messages, dateLocaleOf(lang)) : translatorFor(en, 'en-GB');
}

/** Kept here too: callers that imported it from this module before languages.ts existed. */
export { dateLocaleOf } from './languages';
