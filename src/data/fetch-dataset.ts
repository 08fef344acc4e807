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
import { ProblemError, WHOLE_FILE } from './problem-phrase';
import type { ProblemPhrase } from '../domain/problem-text';
import {
  currentDeviceLimit,
  describeTooBig,
  tooBig,
  type DeviceLimit,
  type TooBig,
} from './device-limit';
import { markLoad } from './load-marks';
import { sha256Hex } from './sha256';

export const DATASET_PATH = 'data/parley.json';

/** How long the file may take to arrive in full before the load is abandoned. */
export const DATASET_TIMEOUT_MS = 30_000;

export type LoadProgress =
  | { readonly phase: 'download'; readonly loaded: number; readonly total: number | null }
  | {
      readonly phase: 'check';
      readonly bytes: number;
      readonly events: number;
      /** Events checked so far (absent before the first slice). */
      readonly checked?: number;
    };

export type OnProgress = (progress: LoadProgress) => void;

/** Thrown when the file turns out bigger than the device can hold: the load stops there. */
class FileTooBig extends Error {
  constructor(readonly figures: TooBig) {
    super(describeTooBig(figures));
  }
}

/** The result for a file beyond the device's limit: its figures, and the same in plain words. */
export function tooBigResult(figures: TooBig): LoadResult {
  return {
    ok: false,
    // Shown by the too-big screen (translated, from the figures); this text is for logs and tests.
    problems: [
      {
        path: WHOLE_FILE,
        message: describeTooBig(figures),
        phrase: { key: 'problem.couldNotLoad', vars: { detail: describeTooBig(figures) } },
      },
    ],
    tooBig: figures,
  };
}

/**
 * The bundled file as this build validated it: a file with this SHA-256 is the very bytes the
 * build checked, so it is converted without checking it again; any other file is checked in full
 * (and `onDiffers` is told at once, before the checks).
 */
export interface BuildCheck {
  readonly sha256: string;
  readonly onDiffers?: () => void;
}

export interface FetchOptions {
  /** What this device can hold (the browser's figure by default). */
  readonly limit?: DeviceLimit;
  readonly buildCheck?: BuildCheck;
}

export async function fetchDataset(
  url: string = new URL(DATASET_PATH, document.baseURI).href,
  fetchFn: typeof fetch = fetch,
  timeoutMs: number = DATASET_TIMEOUT_MS,
  onProgress?: OnProgress,
  { limit = currentDeviceLimit(), buildCheck }: FetchOptions = {},
): Promise<LoadResult> {
  const text = fetchText(url, fetchFn, timeoutMs, onProgress, limit).then(
    async ({ text, bytes }) => {
      markLoad('dataset-fetched');
      if (!buildCheck) return { text, bytes: bytes.byteLength, checked: false };
      const checked = (await sha256Hex(bytes)) === buildCheck.sha256;
      if (!checked) buildCheck.onDiffers?.();
      return { text, bytes: bytes.byteLength, checked };
    },
  );
  const loader = import('./load-dataset').then((m) => {
    markLoad('loader-ready');
    return m;
  });
  try {
    const [{ text: body, bytes, checked }, loaders] = await Promise.all([text, loader]);
    const { loadDataset, loadDatasetInSteps, loadDatasetText, loadCheckedDatasetText } = loaders;
    if (checked) return loadCheckedDatasetText(body);
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return loadDatasetText(body); // reports the syntax error
    }
    const list = (raw as { events?: unknown } | null)?.events;
    const events = Array.isArray(list) ? list.length : 0;
    const over = tooBig(bytes, events, limit);
    if (over) return tooBigResult(over);
    if (!onProgress) return loadDataset(raw);
    onProgress({ phase: 'check', bytes, events });
    // Slice by slice, so the page shows the count and answers while the checks run.
    return await loadDatasetInSteps(raw, (checked) =>
      onProgress({ phase: 'check', bytes, events, checked }),
    );
  } catch (e) {
    if (e instanceof FileTooBig) return tooBigResult(e.figures);
    return await failed(
      e instanceof ProblemError ? e.phrase : e instanceof Error ? e.message : String(e),
    );
  }
}

async function fetchText(
  url: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
  onProgress: OnProgress | undefined,
  limit: DeviceLimit,
): Promise<{ text: string; bytes: Uint8Array<ArrayBuffer> }> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ProblemError({ key: 'problem.timeout', vars: { duration: duration(timeoutMs) } }));
    }, timeoutMs);
  });
  const done = (async () => {
    const response = await fetchFn(url, { signal: controller.signal });
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new ProblemError({ key: 'problem.serverAnswered', vars: { status } });
    }
    // Before reading: a file announced beyond the device's limit is not downloaded at all.
    const declared = Number(response.headers.get('content-length')) || 0;
    const early = tooBig(declared, undefined, limit);
    if (early) {
      controller.abort();
      throw new FileTooBig(early);
    }
    const bytes = await readBytes(response, onProgress);
    const late = tooBig(bytes.byteLength, undefined, limit);
    if (late) throw new FileTooBig(late);
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new ProblemError({ key: decoded.key });
    if (decoded.text.trim() === '') throw new ProblemError({ key: 'problem.emptyFile' });
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

function duration(ms: number): ProblemPhrase {
  return ms < 1000
    ? { key: 'problem.milliseconds', vars: { count: ms } }
    : { key: 'problem.seconds', vars: { count: Math.round(ms / 1000) } };
}

/** The problem of a failed download (its English text loads with it: it is not in the first load). */
async function failed(detail: string | ProblemPhrase): Promise<LoadResult> {
  const { problem } = await import('./problems');
  return { ok: false, problems: [problem(WHOLE_FILE, 'problem.couldNotLoad', { detail })] };
}
