/**
 * Loads the dataset file that ships beside the app (`data/parley.json`, not bundled into the
 * JavaScript) so a school can swap in its own file without rebuilding.
 */
import { loadDatasetText, type LoadResult } from './load-dataset';

export const DATASET_PATH = 'data/parley.json';

export async function fetchDataset(
  url: string = new URL(DATASET_PATH, document.baseURI).href,
  fetchFn: typeof fetch = fetch,
): Promise<LoadResult> {
  try {
    const response = await fetchFn(url);
    if (!response.ok) {
      return problem(`the server answered ${response.status} ${response.statusText}`.trim());
    }
    return loadDatasetText(await response.text());
  } catch (e) {
    return problem(e instanceof Error ? e.message : String(e));
  }
}

function problem(detail: string): LoadResult {
  return {
    ok: false,
    problems: [{ path: '(the whole file)', message: `could not be loaded: ${detail}` }],
  };
}
