/**
 * Loads the dataset file that ships beside the app (`data/parley.json`, not bundled into the
 * JavaScript) so a school can swap in its own file without rebuilding. The loader (and its schema
 * library) is fetched in parallel with the file, so neither waits for the other and the first
 * paint waits for neither. A server that does not answer (or stops sending) within the timeout
 * is given up on, so the reader gets an error and a "Try again" button rather than a loading
 * message for ever. A large file reports its progress: bytes while it downloads, then the
 * number of events while they are checked.
 */
import type { LoadResult } from './load-dataset';
import { decodeText } from './decode-text';
import { markLoad } from './load-marks';
import { sha256Hex } from './sha256';

export const DATASET_PATH = 'data/parley.json';

/** How long the file may take to arrive in full before the load is abandoned. */
export const DATASET_TIMEOUT_MS = 30_000;

export type LoadProgress =
  | { readonly phase: 'download'; readonly loaded: number; readonly total: number | null }
  | { readonly phase: 'check'; readonly bytes: number; readonly events: number };

export type OnProgress = (progress: LoadProgress) => void;

/**
 * The bundled file as this build validated it: a file with this SHA-256 is the very bytes the
 * build checked, so it is converted without checking it again; any other file is checked in full
 * (and `onDiffers` is told at once, before the checks).
 */
export interface BuildCheck {
  readonly sha256: string;
  readonly onDiffers?: () => void;
}

export async function fetchDataset(
  url: string = new URL(DATASET_PATH, document.baseURI).href,
  fetchFn: typeof fetch = fetch,
  timeoutMs: number = DATASET_TIMEOUT_MS,
  onProgress?: OnProgress,
  buildCheck?: BuildCheck,
): Promise<LoadResult> {
  const fetched = fetchText(url, fetchFn, timeoutMs, onProgress);
  const text = fetched.then(async ({ text, bytes }) => {
    markLoad('dataset-fetched');
    if (!buildCheck) return { text, checked: false };
    const checked = (await sha256Hex(bytes)) === buildCheck.sha256;
    if (!checked) buildCheck.onDiffers?.();
    return { text, checked };
  });
  const loader = import('./load-dataset').then((m) => {
    markLoad('loader-ready');
    return m;
  });
  try {
    const [{ text: body, checked }, loaders] = await Promise.all([text, loader]);
    const { loadDataset, loadDatasetText, loadCheckedDatasetText } = loaders;
    if (checked) return loadCheckedDatasetText(body);
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
  timeoutMs: number,
  onProgress: OnProgress | undefined,
): Promise<{ text: string; bytes: Uint8Array<ArrayBuffer> }> {
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
    const bytes = await readBytes(response, onProgress);
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new Error(`the file ${decoded.message}`);
    if (decoded.text.trim() === '') throw new Error('the server sent an empty file');
    return { text: decoded.text, bytes };
  })();
  const stop = () => clearTimeout(timer);
  done.then(stop, stop);
  return Promise.race([done, timedOut]);
}

/** The body's bytes, read in chunks with progress reports when someone listens. */
async function readBytes(response: Response, onProgress: OnProgress | undefined) {
  if (!onProgress || !response.body) return new Uint8Array(await response.arrayBuffer());
  const total = Number(response.headers.get('content-length')) || null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    chunks.push(value);
    onProgress({ phase: 'download', loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
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
