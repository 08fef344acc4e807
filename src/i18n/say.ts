/** Notices and other texts the store keeps as phrases (message keys), in the reader's language. */
import type { NoticeText, Phrase } from '../store/types';
import { en, type MessageKey } from './en';
import type { Translate } from './translate';

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The text of a phrase (its values translated first), or plain text as it is. */
export function say(t: Translate, text: NoticeText): string {
  if (typeof text === 'string') return text;
  return sayPhrase(t, text);
}

function sayPhrase(t: Translate, phrase: Phrase): string {
  // Keys come typed from their makers (src/url's `DropKey`); an unknown one shows as itself.
  if (!isMessageKey(phrase.key)) return phrase.key;
  const vars = phrase.vars
    ? Object.fromEntries(
        Object.entries(phrase.vars).map(([k, v]) => [
          k,
          typeof v === 'object' ? sayPhrase(t, v) : v,
        ]),
      )
    : undefined;
  return t(phrase.key, vars);
}
