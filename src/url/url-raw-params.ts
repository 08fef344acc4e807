/**
 * The first step of reading a link: the raw value of each known parameter, with unknown, repeated
 * and oversized parameters reported; and the safe form in which an ignored value is shown.
 */
import {
  MAX_PARAMS,
  MAX_QUERY_LENGTH,
  MAX_VALUE_LENGTH,
  SHOWN_VALUE_CHARS,
  URL_PARAMS,
  type UrlEntries,
  type UrlParam,
} from './url-view';
import { reason, type DropReason } from './drop-reason';

export type RawParams = ReadonlyMap<UrlParam, string>;
export type Drop = (param: string, value: string, reason: DropReason) => void;

const PARAM_SET: ReadonlySet<string> = new Set(URL_PARAMS);

function isUrlParam(key: string): key is UrlParam {
  return PARAM_SET.has(key);
}

/** Shortens a value for display and neutralises control and direction-changing characters. */
export function shownValue(value: string): string {
  // Slice first: a hostile value may be megabytes long.
  const clean = value.slice(0, SHOWN_VALUE_CHARS * 2).replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD');
  // Code points, not UTF-16 units, so a cut never splits a character in two.
  const chars = Array.from(clean);
  return chars.length > SHOWN_VALUE_CHARS
    ? `${chars.slice(0, SHOWN_VALUE_CHARS - 1).join('')}…`
    : clean;
}

function tooLong(key: UrlParam, value: string): boolean {
  return value.length > (key === 'q' ? MAX_QUERY_LENGTH : MAX_VALUE_LENGTH);
}

/** The first value of each known parameter; unknown, repeated and oversized ones are reported. */
export function readParams(entries: UrlEntries, drop: Drop): RawParams {
  const raw = new Map<UrlParam, string>();
  const seen = new Set<string>();
  for (const [key, value] of entries.slice(0, MAX_PARAMS)) {
    if (!isUrlParam(key)) drop(key, value, reason('url.unknownParam'));
    else if (seen.has(key)) drop(key, value, reason('url.repeated'));
    else if (tooLong(key, value)) drop(key, value, reason('url.tooLong', { length: value.length }));
    // An empty value (`?q=`) is the same as leaving the parameter out.
    else if (value !== '') raw.set(key, value);
    seen.add(key);
  }
  if (entries.length > MAX_PARAMS) {
    const rest = entries.length - MAX_PARAMS;
    drop('…', `+${rest}`, reason('url.tooMany', { max: MAX_PARAMS }));
  }
  return raw;
}
