/** The ids and span the URL codec's tests read links against (a small slice of the real dataset). */
import { DAY_MS, parseDay } from '../../src/domain/dates';
import type { KnownIds } from '../../src/url/url-view';

export function d(iso: string): number {
  const t = parseDay(iso);
  if (t === undefined) throw new Error(`bad test day ${iso}`);
  return t;
}

export const SPAN = { start: d('2022-02-04'), end: d('2023-03-22') + DAY_MS };

export const KNOWN: KnownIds = {
  events: new Set(['2022-02-24-invasion', '2022-09-15-sco-samarkand-summit']),
  actors: new Set(['china', 'russia', 'ukraine', 'xi-jinping']),
  topics: new Set(['sanctions', 'sovereignty']),
  stories: new Set(['invasion-to-moscow']),
  documents: new Set(['doc-china-position-paper-2023']),
  langs: ['en', 'fr', 'zh-Hans'],
  span: SPAN,
};
