/**
 * Why part of a link was ignored: a `url.*` message key and its values, so the notice is written
 * in the reader's language (and the wording lives with the other interface strings).
 */
import type { enI18n } from '../i18n/en-i18n';

export type DropKey = Extract<keyof typeof enI18n, `url.${string}`>;

export interface DropReason {
  readonly key: DropKey;
  readonly vars?: Readonly<Record<string, string | number>>;
}

export function reason(key: DropKey, vars?: DropReason['vars']): DropReason {
  return vars ? { key, vars } : { key };
}
