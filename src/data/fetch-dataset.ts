/**
 * Loads the dataset file that ships beside the app (`data/parley.json`, not bundled into the
 * JavaScript) so a school can swap in its own file without rebuilding. The loader (and its schema
 * library) is fetched in parallel with the file, so neither waits for the other and the first
 * paint waits for neither. A large file reports its progress: bytes while it downloads, then the
 * number of events while they are checked.
 */
import type { LoadResult } from './load-dataset';

export const DATASET_PATH = 'data/parley.json';

export type LoadProgress =
  | { readonly phase: 'download'; readonly loaded: number; readonly total: number | null }
  | { readonly phase: 'check'; readonly bytes: number; readonly events: number };

export type OnProgress = (progress: LoadProgress) => void;

export async function fetchDataset(
  url: string = new URL(DATASET_PATH, document.baseURI).href,
  fetchFn: typeof fetch = fetch,
  onProgress?: OnProgress,
): Promise<LoadResult> {
  const text = fetchText(url, fetchFn, onProgress);
  const loader = import('./load-dataset');
  try {
    const [body, { loadDataset, loadDatasetText }] = await Promise.all([text, loader]);
    if (!onProgress) return loadDatasetText(body);
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return loadDatasetText(body); // reports the syntax error
    }
    const events = (raw as { events?: unknown } | null)?.events;
    onProgress({
      phase: 'check',
      bytes: body.length,
      events: Array.isArray(events) ? events.length : 0,
    });
    // Let the page show the count before the checks take the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return loadDataset(raw);
  } catch (e) {
    return problem(e instanceof Error ? e.message : String(e));
  }
}

async function fetchText(
  url: string,
  fetchFn: typeof fetch,
  onProgress: OnProgress | undefined,
): Promise<string> {
  const response = await fetchFn(url);
  if (!response.ok) {
    throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  if (!onProgress || !response.body) return response.text();
  const total = Number(response.headers.get('content-length')) || null;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress({ phase: 'download', loaded, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function problem(detail: string): LoadResult {
  return {
    ok: false,
    problems: [{ path: '(the whole file)', message: `could not be loaded: ${detail}` }],
  };
}
