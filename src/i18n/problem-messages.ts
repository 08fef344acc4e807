/**
 * The problem messages of a dataset that cannot be shown (`problem.*`), one chunk per language
 * loaded when the problem list is shown: a reader whose dataset loads never downloads them, and
 * English ones stay out of the first page load too (the loader's chunk has them already).
 */
import type { ProblemPhrase } from '../domain/problem-text';
import { dateLocaleOf, isInterfaceLang, type InterfaceLang } from './languages';
import { fill, pickForm } from './message';
import type { ProblemMessages } from './problem-messages-type';

export type { ProblemMessages };

const LOADERS: Readonly<Record<InterfaceLang, () => Promise<ProblemMessages>>> = {
  en: () => import('./en-problems').then((m) => m.enProblems),
  fr: () => import('./fr-problems').then((m) => m.frProblems),
  zh: () => import('./zh-problems').then((m) => m.zhProblems),
  ru: () => import('./ru-problems').then((m) => m.ruProblems),
  uk: () => import('./uk-problems').then((m) => m.ukProblems),
};

/** `lang`'s problem messages (English for an unknown language, or when the chunk fails). */
export function loadProblemMessages(lang: string): Promise<ProblemMessages> {
  const load = LOADERS[isInterfaceLang(lang) ? lang : 'en'];
  return load().catch(() => LOADERS.en());
}

/** Writes a phrase (its nested phrases first) with `lang`'s plural rules and numbers. */
export function problemTranslator(
  messages: ProblemMessages,
  lang: string,
): (phrase: ProblemPhrase) => string {
  const locale = dateLocaleOf(lang);
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const say = (phrase: ProblemPhrase): string => {
    const vars: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(phrase.vars ?? {}))
      vars[k] = typeof v === 'object' ? say(v) : v;
    const template = pickForm(messages[phrase.key], vars, rules);
    return fill(template, vars, numbers);
  };
  return say;
}
