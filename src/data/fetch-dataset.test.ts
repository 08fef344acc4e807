import { describe, expect, it } from 'vitest';
import { fetchDataset } from './fetch-dataset';
import { validWire } from '../../tests/helpers/wire-fixture';

const respond =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(
      new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' }),
    );

describe('fetchDataset', () => {
  it('loads a valid file', async () => {
    const result = await fetchDataset('http://x/data.json', respond(JSON.stringify(validWire())));
    expect(result.ok).toBe(true);
  });

  it('reports a missing file as a problem, not an exception', async () => {
    const result = await fetchDataset('http://x/data.json', respond('nope', 404));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '(the whole file)',
          message: 'could not be loaded: the server answered 404 Not Found',
        },
      ],
    });
  });

  it('reports a network failure', async () => {
    const result = await fetchDataset('http://x/data.json', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'could not be loaded: Failed to fetch',
    ]);
  });
});
