/**
 * Loads the dataset file that ships beside the app (`data/parley.json`, not bundled into the
 * JavaScript) so a school can swap in its own file without rebuilding. The loader (and its schema
 * library) is fetched in parallel with the file, so neither waits for the other and the first
 * paint waits for neither. A server that does not answer (or stops sending) within the timeout
 * is given up on, so the reader gets an error and a "Try again" button rather than a loading
 * message for ever.
 */
import type { LoadResult } from './load-dataset';
import { decodeText } from './decode-text';

export const DATASET_PATH = 'data/parley.json';

/** How long the file may take to arrive in full before the load is abandoned. */
export const DATASET_TIMEOUT_MS = 30_000;

export async function fetchDataset(
  url: string = new URL(DATASET_PATH, document.baseURI).href,
  fetchFn: typeof fetch = fetch,
  timeoutMs: number = DATASET_TIMEOUT_MS,
): Promise<LoadResult> {
  const text = fetchText(url, fetchFn, timeoutMs);
  const loader = import('./load-dataset');
  try {
    const [body, { loadDatasetText }] = await Promise.all([text, loader]);
    return loadDatasetText(body);
  } catch (e) {
    return problem(e instanceof Error ? e.message : String(e));
  }
}

async function fetchText(url: string, fetchFn: typeof fetch, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`the server did not answer within ${duration(timeoutMs)}`));
    }, timeoutMs);
  });
  const done = (async () => {
    const response = await fetchFn(url, { signal: controller.signal });
    if (!response.ok) {
      throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    }
    const decoded = decodeText(new Uint8Array(await response.arrayBuffer()));
    if (!decoded.ok) throw new Error(`the file ${decoded.message}`);
    if (decoded.text.trim() === '') throw new Error('the server sent an empty file');
    return decoded.text;
  })();
  const stop = () => clearTimeout(timer);
  done.then(stop, stop);
  return Promise.race([done, timedOut]);
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return ms < 1000 ? `${ms} ms` : s === 1 ? '1 second' : `${s} seconds`;
}

function problem(detail: string): LoadResult {
  return {
    ok: false,
    problems: [{ path: '(the whole file)', message: `could not be loaded: ${detail}` }],
  };
}
