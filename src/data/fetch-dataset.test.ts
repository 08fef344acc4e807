import { describe, expect, it } from 'vitest';
import { fetchDataset, type LoadProgress } from './fetch-dataset';
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

  it('reports the bytes downloaded, then the number of events being checked', async () => {
    const wire = validWire();
    const body = JSON.stringify(wire);
    const bytes = new TextEncoder().encode(body);
    // Three chunks, with the length the server announced.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const third = Math.ceil(bytes.length / 3);
        for (let i = 0; i < bytes.length; i += third) controller.enqueue(bytes.slice(i, i + third));
        controller.close();
      },
    });
    const seen: LoadProgress[] = [];
    const result = await fetchDataset(
      'http://x/data.json',
      () =>
        Promise.resolve(
          new Response(stream, { headers: { 'Content-Length': String(bytes.length) } }),
        ),
      (p) => seen.push(p),
    );
    expect(result.ok).toBe(true);
    const downloads = seen.filter((p) => p.phase === 'download');
    expect(downloads.map((p) => p.loaded)).toEqual([
      Math.ceil(bytes.length / 3),
      2 * Math.ceil(bytes.length / 3),
      bytes.length,
    ]);
    expect(downloads.every((p) => p.total === bytes.length)).toBe(true);
    expect(seen.at(-1)).toEqual({ phase: 'check', bytes: body.length, events: wire.events.length });
  });

  it('still reports a syntax error when following progress', async () => {
    const seen: LoadProgress[] = [];
    const result = await fetchDataset('http://x/data.json', respond('{"events": ['), (p) =>
      seen.push(p),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^is not valid JSON/);
    expect(seen.some((p) => p.phase === 'check')).toBe(false);
  });
});
