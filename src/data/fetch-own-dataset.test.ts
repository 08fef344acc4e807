import { describe, expect, it } from 'vitest';
import { english } from '../../tests/helpers/english-problems';
import { fetchOwnDataset } from './fetch-own-dataset';

const URL_ = 'https://example.org/class.csv';
const CSV = 'Year,Month,Day,Headline,Source URL\n2022,3,2,UNGA votes,https://example.org/a\n';

function answer(body: string, init: ResponseInit = {}): typeof fetch {
  return () => Promise.resolve(new Response(body, init));
}

describe('fetchOwnDataset', () => {
  it('opens what the address serves, without cookies', async () => {
    let seen: RequestInit | undefined;
    const fetchFn: typeof fetch = (_url, init) => {
      seen = init;
      return Promise.resolve(new Response(CSV));
    };
    const r = await fetchOwnDataset(URL_, '2026-12-07', fetchFn);
    expect(r.ok && r.dataset.events.map((e) => e.title)).toEqual(['UNGA votes']);
    expect(r.format).toBe('csv');
    expect(seen).toMatchObject({ mode: 'cors', credentials: 'omit' });
  });

  it('says that CORS may be missing when the browser blocks the answer', async () => {
    const r = await fetchOwnDataset(URL_, '2026-12-07', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(r.ok ? [] : english(r.problems)).toEqual([
      {
        path: '(the whole file)',
        message: `could not be fetched from ${URL_}. Check the address; the server must also allow other sites to read the file (CORS: it must send "Access-Control-Allow-Origin")`,
      },
    ]);
  });

  it('reports the status of a failed answer', async () => {
    const r = await fetchOwnDataset(
      URL_,
      '2026-12-07',
      answer('', { status: 404, statusText: 'Not Found' }),
    );
    expect(r.ok ? [] : r.problems[0]?.message).toBe(
      `could not be loaded from ${URL_}: the server answered 404 Not Found`,
    );
  });

  it('refuses a file over the limit from its declared length, before reading it', async () => {
    const r = await fetchOwnDataset(
      URL_,
      '2026-12-07',
      answer('', { headers: { 'Content-Length': String(60 * 1024 * 1024) } }),
    );
    expect(r.ok ? [] : r.problems[0]?.message).toMatch(/^is 60\.0 MB, more than a browser tab/);
  });

  it('stops reading a body that passes the limit when no length is declared', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const r = await fetchOwnDataset(URL_, '2026-12-07', () =>
      Promise.resolve(new Response(stream)),
    );
    expect(r.ok ? [] : r.problems[0]?.message).toMatch(/^is 11\.0 MB, more than a browser tab/);
    expect(sent).toBeLessThan(14);
  });
});
