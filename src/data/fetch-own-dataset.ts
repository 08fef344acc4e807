/**
 * Loads a dataset from another address (`?data=<URL>`): fetched without cookies, its size checked
 * before it is read, then opened like a file the reader chose. When the browser blocks the answer
 * (the server does not allow other sites to read it), the problem says so: the fix is on that server.
 */
import { problem, WHOLE_FILE, type DatasetProblem, type ProblemPhrase } from './problems';
import { MAX_DATASET_BYTES, sizeProblem } from './size-limit';
import type { OpenResult } from './formats/open-dataset';

function failed(phrase: ProblemPhrase): OpenResult {
  return { ok: false, format: 'parley', problems: [problem(WHOLE_FILE, phrase.key, phrase.vars)] };
}

function tooLarge(p: DatasetProblem): OpenResult {
  return { ok: false, format: 'parley', problems: [p] };
}

/** Fetches and opens the dataset at `url`; `today` (YYYY-MM-DD) dates an imported file. */
export async function fetchOwnDataset(
  url: string,
  today: string,
  fetchFn: typeof fetch = fetch,
): Promise<OpenResult> {
  let response: Response;
  try {
    response = await fetchFn(url, { mode: 'cors', credentials: 'omit', redirect: 'follow' });
  } catch {
    return failed({ key: 'problem.cors', vars: { url } });
  }
  if (!response.ok)
    return failed({
      key: 'problem.urlStatus',
      vars: { url, status: `${response.status} ${response.statusText}`.trim() },
    });
  const declared = Number(response.headers.get('content-length'));
  const early = Number.isFinite(declared) ? sizeProblem(declared) : undefined;
  if (early) return tooLarge(early);
  const [text, { openDatasetText }] = await Promise.all([
    readLimited(response, MAX_DATASET_BYTES),
    import('./formats/open-dataset'),
  ]);
  if (typeof text !== 'string') return tooLarge(text);
  return openDatasetText(text, { name: url, today });
}

/** The body as text, or a size problem as soon as it passes the limit (a server may not say its length). */
async function readLimited(response: Response, limit: number): Promise<string | DatasetProblem> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return sizeProblem(total, limit)!;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
