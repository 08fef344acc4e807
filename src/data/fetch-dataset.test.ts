import { describe, expect, it, vi } from 'vitest';
import { plain } from '../../tests/helpers/english-problems';
import { createHash } from 'node:crypto';
import { fetchDataset, type LoadProgress } from './fetch-dataset';
import { validWire } from '../../tests/helpers/wire-fixture';
import { deviceLimit } from './device-limit';

const MB = 1024 * 1024;

const respond =
  (body: BodyInit | null, status = 200, statusText = status === 404 ? 'Not Found' : 'OK') =>
  () =>
    Promise.resolve(new Response(body, { status, statusText }));

/** A server that never answers: the promise settles only when the request is aborted. */
const neverAnswers: typeof fetch = (_url, init) =>
  new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('aborted', 'AbortError')),
    );
  });

async function messages(fetchFn: typeof fetch, timeoutMs?: number) {
  const result = await fetchDataset('http://x/data.json', fetchFn, timeoutMs);
  return result.ok ? [] : result.problems.map((p) => p.message);
}

const json = JSON.stringify(validWire());

describe('fetchDataset', () => {
  it('loads a valid file', async () => {
    const result = await fetchDataset('http://x/data.json', respond(json));
    expect(result.ok).toBe(true);
  });

  it('reports a missing file as a problem, not an exception', async () => {
    const result = await fetchDataset('http://x/data.json', respond('nope', 404));
    expect(plain(result)).toEqual({
      ok: false,
      problems: [
        {
          path: '(the whole file)',
          message: 'could not be loaded: the server answered 404 Not Found',
        },
      ],
    });
  });

  it('reports a server error', async () => {
    expect(await messages(respond('oops', 500, 'Internal Server Error'))).toEqual([
      'could not be loaded: the server answered 500 Internal Server Error',
    ]);
  });

  it('reports a network failure', async () => {
    expect(await messages(() => Promise.reject(new TypeError('Failed to fetch')))).toEqual([
      'could not be loaded: Failed to fetch',
    ]);
  });

  it('gives up on a server that never answers, after the timeout, and aborts the request', async () => {
    let aborted = false;
    const spy: typeof fetch = (url, init) => {
      init?.signal?.addEventListener('abort', () => (aborted = true));
      return neverAnswers(url, init);
    };
    const started = Date.now();
    expect(await messages(spy, 50)).toEqual([
      'could not be loaded: the server did not answer within 50 ms',
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(aborted).toBe(true);
  });

  it('waits 30 seconds by default', async () => {
    vi.useFakeTimers();
    try {
      const result = messages(neverAnswers);
      await vi.advanceTimersByTimeAsync(29_999);
      let settled = false;
      void result.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await result).toEqual([
        'could not be loaded: the server did not answer within 30 seconds',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the timeout in seconds', async () => {
    expect(await messages(neverAnswers, 1000)).toEqual([
      'could not be loaded: the server did not answer within 1 second',
    ]);
  });

  it('gives up on a body that stops arriving', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"meta":'));
      },
    });
    expect(await messages(respond(stalled), 50)).toEqual([
      'could not be loaded: the server did not answer within 50 ms',
    ]);
  });

  it('reports an empty answer (204)', async () => {
    expect(await messages(respond(null, 204, 'No Content'))).toEqual([
      'could not be loaded: the server sent an empty file',
    ]);
  });

  it('reads a file with a UTF-8 byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    expect(await messages(respond(bytes))).toEqual([]);
  });

  it('reads a UTF-16 file with its byte-order mark', async () => {
    const le = new Uint8Array(2 + json.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) le[2 + 2 * i] = json.charCodeAt(i);
    expect(await messages(respond(le))).toEqual([]);
  });

  it('reports bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"meta": "'),
      0xc3,
      0x28,
      0x22,
      0x7d,
    ]);
    expect(await messages(respond(bytes))).toEqual([
      'could not be loaded: the file is not UTF-8 text; save it as UTF-8',
    ]);
  });

  it('reports an HTML error page served with 200', async () => {
    expect(await messages(respond('<!doctype html><title>Oops</title>'))).toEqual([
      'is a web page, not JSON: the server may have sent an error page instead of the file',
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
      undefined,
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
    const checks = seen.filter((p) => p.phase === 'check');
    const events = wire.events.length;
    expect(checks[0]).toEqual({ phase: 'check', bytes: body.length, events });
    expect(checks.at(-1)).toEqual({ phase: 'check', bytes: body.length, events, checked: events });
  });

  it('still reports a syntax error when following progress', async () => {
    const seen: LoadProgress[] = [];
    const result = await fetchDataset(
      'http://x/data.json',
      respond('{"events": ['),
      undefined,
      (p) => seen.push(p),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^is not valid JSON/);
    expect(seen.some((p) => p.phase === 'check')).toBe(false);
  });

  describe('a file beyond what the device can hold', () => {
    const small = deviceLimit(0.25); // 5 MB, 6,250 events

    it('is refused from its announced size, before a byte is read', async () => {
      const response = new Response(new Uint8Array(16), {
        headers: { 'Content-Length': String(6 * MB) },
      });
      const result = await fetchDataset(
        'http://x/data.json',
        () => Promise.resolve(response),
        undefined,
        undefined,
        { limit: small },
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.tooBig).toEqual({ bytes: 6 * MB, limit: small });
      expect(result.problems[0]!.message).toBe(
        'is 6.0 MB, more than this device (0.25 GB of memory) can hold: about 6,250 events or 5 MB',
      );
      expect(response.bodyUsed).toBe(false);
    });

    it('is refused from its events once counted, before they are checked', async () => {
      const wire = validWire();
      const events = Array.from({ length: 7000 }, () => wire.events[0]!);
      const seen: LoadProgress[] = [];
      const result = await fetchDataset(
        'http://x/data.json',
        respond(JSON.stringify({ ...wire, events })),
        undefined,
        (p) => seen.push(p),
        { limit: small },
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.tooBig?.events).toBe(7000);
      expect(result.problems[0]!.message).toMatch(/ with 7,000 events, more than this device/);
      expect(seen.some((p) => p.phase === 'check')).toBe(false);
    });

    it('lets the same file through on a device with more memory', async () => {
      const result = await fetchDataset('http://x/data.json', respond(json), undefined, undefined, {
        limit: deviceLimit(8),
      });
      expect(result.ok).toBe(true);
    });
  });
});

describe('fetchDataset with the build’s check of the bundled file', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  // A file the schema would refuse (an unknown field): only a file the build checked skips it.
  const refused = JSON.stringify({ ...validWire(), unexpected: true });

  it('converts the very file the build checked without checking it again', async () => {
    const onDiffers = vi.fn();
    const result = await fetchDataset(
      'http://x/data.json',
      respond(refused),
      undefined,
      undefined,
      { buildCheck: { sha256: sha256(refused), onDiffers } },
    );
    expect(result.ok).toBe(true);
    expect(onDiffers).not.toHaveBeenCalled();
  });

  it('checks any other file in full, and says at once that it differs', async () => {
    const onDiffers = vi.fn();
    const result = await fetchDataset(
      'http://x/data.json',
      respond(refused),
      undefined,
      undefined,
      { buildCheck: { sha256: sha256(json), onDiffers } },
    );
    expect(result.ok).toBe(false);
    expect(onDiffers).toHaveBeenCalledOnce();
  });
});
