/**
 * Loads the dataset file that ships beside the app (`data/parley.json`, not bundled into the
 * JavaScript) so a school can swap in its own file without rebuilding. The loader (and its schema
 * library) is fetched in parallel with the file, so neither waits for the other and the first
 * paint waits for neither.
 */
import type { LoadResult } from './load-dataset';

export const DATASET_PATH = 'data/parley.json';

export async function fetchDataset(
  url: string = new URL(DATASET_PATH, document.baseURI).href,
  fetchFn: typeof fetch = fetch,
): Promise<LoadResult> {
  const text = fetchText(url, fetchFn);
  const loader = import('./load-dataset');
  try {
    const [body, { loadDatasetText }] = await Promise.all([text, loader]);
    return loadDatasetText(body);
  } catch (e) {
    return problem(e instanceof Error ? e.message : String(e));
  }
}

async function fetchText(url: string, fetchFn: typeof fetch): Promise<string> {
  const response = await fetchFn(url);
  if (!response.ok) {
    throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  }
  return response.text();
}

function problem(detail: string): LoadResult {
  return {
    ok: false,
    problems: [{ path: '(the whole file)', message: `could not be loaded: ${detail}` }],
  };
}
