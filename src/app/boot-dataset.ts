/**
 * Which dataset the app shows, and loading it: a link's `?data=` first (never stored), then a file
 * the reader opened earlier (kept in IndexedDB; never in an embed), then the bundled file. Opening a file checks its
 * size before reading it and keeps it only when it loads; going back forgets it. A dataset that
 * fails is reported, never replaced by the bundled one.
 */
import { BUNDLED, type DatasetSource } from '../data/dataset-source';
import type { LoadResult } from '../data/load-dataset';
import type { OpenResult } from '../data/formats/open-dataset';
import { forgetSavedDataset, readSavedDataset, saveDataset } from '../data/saved-dataset';
import { WHOLE_FILE } from '../data/problem-phrase';
import { linkDataParam, resetLink } from '../url/data-param';
import { flagValue } from '../url/url-read';

export type BootRequest =
  | { readonly kind: 'start' }
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'bundled' };

export interface Booted {
  readonly source: DatasetSource;
  readonly result: LoadResult;
  /** A file that loaded but that the browser would not keep for the next visit. */
  readonly notKept?: boolean;
  /** Events whose id Parley made from date and headline (the file gave none). */
  readonly madeIds?: number;
  /** Parts of the file Parley does not use (Background, Media Thumbnail). */
  readonly unused?: readonly string[];
}

/** Whether the link is an embed's (`?embed=1`), read as the link codec reads it. */
function isEmbedLink(host: { readonly location: { readonly search: string } }): boolean {
  const flag = new URLSearchParams(host.location.search).get('embed');
  return flag !== null && flagValue(flag) === true;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function openText(text: string, name: string): Promise<OpenResult> {
  const { openDatasetText } = await import('../data/formats/open-dataset');
  return openDatasetText(text, { name, today: today() });
}

async function openFile(file: File): Promise<Booted> {
  const source: DatasetSource = { kind: 'file', name: file.name };
  // Loaded when needed: problems (and their English text) stay out of the first page load.
  const { sizeProblem } = await import('../data/size-limit');
  const big = sizeProblem(file.size);
  if (big) return { source, result: { ok: false, problems: [big] } };
  const text = await file.text();
  const result = await openText(text, file.name);
  if (!result.ok) return { source, result };
  const kept = await saveDataset({ name: file.name, text });
  resetLink(window);
  return { source, result, notKept: !kept, madeIds: result.madeIds, unused: result.unused };
}

async function start(loadBundled: () => Promise<LoadResult>): Promise<Booted> {
  const data = linkDataParam(window);
  if (data && 'problem' in data) {
    const { problem } = await import('../data/problems');
    const { key, vars } = data.problem;
    return {
      source: { kind: 'url', url: data.value },
      result: { ok: false, problems: [problem('data=', key, vars)] },
    };
  }
  if (data) {
    const { fetchOwnDataset } = await import('../data/fetch-own-dataset');
    const result = await fetchOwnDataset(data.url, today());
    return { source: { kind: 'url', url: data.url }, result, unused: result.unused };
  }
  // An embed shows the view its link sets up, with the app's own dataset: never a file this
  // browser kept from a visit to the full app.
  const saved = isEmbedLink(window) ? undefined : await readSavedDataset();
  if (saved) {
    const result = await openText(saved.text, saved.name);
    return { source: { kind: 'file', name: saved.name }, result, unused: result.unused };
  }
  return { source: BUNDLED, result: await loadBundled() };
}

/** Loads the dataset a request asks for. Never throws. */
export async function bootDataset(
  request: BootRequest,
  loadBundled: () => Promise<LoadResult>,
): Promise<Booted> {
  try {
    if (request.kind === 'file') return await openFile(request.file);
    if (request.kind === 'bundled') {
      await forgetSavedDataset();
      resetLink(window);
      return { source: BUNDLED, result: await loadBundled() };
    }
    return await start(loadBundled);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const { problem } = await import('../data/problems');
    const source =
      request.kind === 'file' ? { kind: 'file' as const, name: request.file.name } : BUNDLED;
    return {
      source,
      result: {
        ok: false,
        problems: [problem(WHOLE_FILE, 'problem.couldNotRead', { detail })],
      },
    };
  }
}

/** How a source is named on the error screen. */
export function sourceLabel(source: DatasetSource): string {
  if (source.kind === 'file') return source.name;
  if (source.kind === 'url') return source.url;
  return 'data/parley.json';
}
