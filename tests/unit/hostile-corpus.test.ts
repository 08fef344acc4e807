/**
 * The hostile corpus (tests/helpers/hostile-corpus.ts) against the loader and the link reader:
 * every malformed file gets its one plain problem, payloads load as text, dangerous URLs are
 * refused, and no link breaks the reader.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { english } from '../helpers/english-problems';
import { fetchDataset } from '../../src/data/fetch-dataset';
import { loadDataset } from '../../src/data/load-dataset';
import type { WireDataset } from '../../src/data/schema';
import { parseUrl } from '../../src/url/url-codec';
import { MAX_PARAMS, SHOWN_VALUE_CHARS } from '../../src/url/url-view';
import {
  BAD_URLS,
  hostileLinks,
  malformedFiles,
  payloadDataset,
  reencodedFiles,
} from '../helpers/hostile-corpus';
import { KNOWN } from '../helpers/url-known';

const JSON_TEXT = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
const wire = () => JSON.parse(JSON_TEXT) as WireDataset;

const serve = (body: BodyInit | null, status: number) => () =>
  Promise.resolve(new Response(body, { status }));

async function problems(body: BodyInit | null, status = 200) {
  const result = await fetchDataset('http://x/data/parley.json', serve(body, status), 5000);
  return result.ok ? [] : english(result.problems);
}

describe('malformed files', () => {
  const files = malformedFiles(JSON_TEXT);

  it('has every kind of broken file', () => {
    expect(files.map((f) => f.name)).toEqual([
      'truncated',
      'invalid UTF-8',
      'UTF-16 without a byte-order mark',
      'a JSON array',
      'JSON null',
      'a JSON number',
      'a JSON string',
      'an HTML error page',
      'empty',
      '204',
      '404',
      '500',
    ]);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: one plain problem', async (_, file) => {
    const found = await problems(file.body as BodyInit | null, file.status);
    expect(found).toHaveLength(1);
    const [problem] = found;
    expect(problem!.path).toBe('(the whole file)');
    if (file.message === 'is not valid JSON')
      expect(problem!.message).toMatch(/^is not valid JSON: /);
    else expect(problem!.message).toBe(file.message);
  });

  it.each(reencodedFiles(JSON_TEXT).map((f) => [f.name, f.body] as const))(
    '%s loads like the UTF-8 file',
    async (_, body) => {
      expect(await problems(body as BodyInit)).toEqual([]);
    },
  );

  it('a server that never answers: an error after the timeout, not a wait for ever', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const result = await fetchDataset('http://x/data/parley.json', never, 20);
    expect(result.ok ? [] : english(result.problems)).toEqual([
      {
        path: '(the whole file)',
        message: 'could not be loaded: the server did not answer within 20 ms',
      },
    ]);
  });
});

describe('markup and formula payloads in every text field', () => {
  const { data, fields } = payloadDataset(wire());

  it('fills hundreds of fields of every record type', () => {
    expect(fields).toBeGreaterThan(500);
    for (const list of ['sources', 'actors', 'topics', 'events', 'positions', 'documents'] as const)
      expect(JSON.stringify(data[list])).toContain('data-hostile');
    expect(JSON.stringify(data.stories)).toContain('data-hostile');
    expect(JSON.stringify(data.meta)).toContain('data-hostile');
  });

  it('loads: text is data, never rejected for looking like code', () => {
    const result = loadDataset(data);
    expect(result.ok ? [] : english(result.problems)).toEqual([]);
  });

  it('keeps every payload exactly as written', () => {
    const result = loadDataset(data);
    if (!result.ok) throw new Error('did not load');
    for (const e of data.events) {
      const loaded = result.dataset.eventsById.get(e.id as never)!;
      expect([loaded.title, loaded.summary]).toEqual([e.title, e.summary]);
    }
    expect(result.dataset.events.filter((e) => e.title.includes('<script')).length).toBeGreaterThan(
      10,
    );
  });
});

describe('dangerous source addresses', () => {
  it.each(BAD_URLS)('%j is refused with a plain message', (url) => {
    const data = wire();
    data.sources[0]!.url = url;
    const result = loadDataset(data);
    expect(result.ok ? [] : english(result.problems)).toEqual([
      { path: 'sources[0].url', message: 'must be an http(s) address' },
    ]);
  });
});

describe('hostile links', () => {
  const links = hostileLinks();
  afterAll(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('has garbage in every parameter, and the big and strange links', () => {
    expect(links.length).toBeGreaterThan(300);
  });

  it('never throws, never pollutes Object.prototype, and reports briefly and plainly', () => {
    for (const link of links) {
      const { view, dropped } = parseUrl(link, KNOWN);
      expect(view.query).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
      expect(dropped.length).toBeLessThanOrEqual(MAX_PARAMS + 1);
      for (const d of dropped) {
        for (const shown of [d.param, d.value]) {
          expect(Array.from(shown).length).toBeLessThanOrEqual(SHOWN_VALUE_CHARS);
          expect(shown).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a 100 KB query as too long, once', () => {
    const { view, dropped } = parseUrl(`?q=${'a'.repeat(100_000)}`, KNOWN);
    expect(view.query).toBe('');
    expect(dropped).toEqual([
      {
        param: 'q',
        value: `${'a'.repeat(SHOWN_VALUE_CHARS - 1)}…`,
        reason: { key: 'url.tooLong', vars: { length: 100_000 } },
      },
    ]);
  });
});
