/**
 * `?data=<URL>`, the public contract for opening a dataset from another address. The value must be
 * an absolute http(s) address (the server must allow other sites to read it: CORS). It is read
 * before the dataset exists, so the app knows what to load, and kept in every link, share snippet
 * and embed made from that view (`data` in `url-view.ts`).
 */
import { MAX_VALUE_LENGTH } from './url-view';
import { reason } from './drop-reason';
import type { Drop } from './url-raw-params';
import type { ProblemPhrase } from '../domain/problem-text';

export type DataParam =
  { readonly url: string } | { readonly problem: ProblemPhrase; readonly value: string };

/** Why a `data=` value cannot be used, or `undefined` when it can. */
export function dataValueProblem(value: string): ProblemPhrase | undefined {
  if (value.length > MAX_VALUE_LENGTH)
    return { key: 'problem.dataTooLong', vars: { length: value.length } };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { key: 'problem.dataAddress' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { key: 'problem.dataAddress' };
  return undefined;
}

/** `data=` as a link gives it: a full http(s) address, kept as written, or dropped with the reason. */
export function readDataValue(value: string | undefined, drop: Drop): string | null {
  if (value === undefined) return null;
  if (dataValueProblem(value) === undefined) return value.trim();
  drop(
    'data',
    value,
    value.length > MAX_VALUE_LENGTH
      ? reason('url.tooLong', { length: value.length })
      : reason('url.dataAddress'),
  );
  return null;
}

/** The `data=` of a query string: its address, a problem with it, or `null` when there is none. */
export function readDataParam(search: string): DataParam | null {
  const value = new URLSearchParams(search).get('data');
  if (value === null || value.trim() === '') return null;
  const problem = dataValueProblem(value);
  return problem ? { problem, value } : { url: value.trim() };
}

/** The `data=` of the page's own address. */
export function linkDataParam(host: { readonly location: { readonly search: string } }) {
  return readDataParam(host.location.search);
}

/** The part of `window` the link reset needs. */
export interface LinkHost {
  readonly location: { readonly pathname: string; readonly search: string };
  readonly history: { replaceState(data: unknown, unused: string, url?: string | null): void };
}

/**
 * Replaces the address with the app's bare link (keeping only `lang`), before another dataset is
 * shown: ids and windows of the previous one mean nothing in the next.
 */
export function resetLink(host: LinkHost): void {
  const lang = new URLSearchParams(host.location.search).get('lang');
  const search = lang ? `?${new URLSearchParams({ lang }).toString()}` : '';
  host.history.replaceState(null, '', `${host.location.pathname}${search}`);
}
