/**
 * The hostile corpus, generated rather than stored: malformed files, markup and formula payloads
 * for every text field of every record type, dangerous URLs and hostile links. Every payload that
 * could reach the network names MARKER_HOST, so a test can fail on any request to it.
 */
import { URL_PARAMS } from '../../src/url/url-view';
import type { WireDataset } from '../../src/data/schema';

/** A host no request may ever reach: a request to it means a payload ran. */
export const MARKER_HOST = 'marker.invalid';
const M = `https://${MARKER_HOST}`;

/** Markup, script and formula payloads: text that must stay text everywhere. */
export const TEXT_PAYLOADS = [
  `<img src=x onerror="fetch('${M}/img')" data-hostile>`,
  `<script src="${M}/script.js" data-hostile></script>`,
  `"><svg onload="fetch('${M}/svg')" data-hostile>`,
  `</title><iframe src="${M}/frame" data-hostile></iframe>`,
  `<style>*{background:url(${M}/css)}</style><b data-hostile>bold</b>`,
  `<a href="javascript:fetch('${M}/a')" data-hostile>link</a>`,
  `=HYPERLINK("${M}/csv","click")`,
  `x;=1+1;@SUM(A1);-2,+3\t=cmd|' /C calc'!A0`,
  `{{constructor.constructor('alert(1)')()}} \${alert(1)} __proto__`,
  `\u202egnp.exe; \u2066RTL\u2069 zero\u200bwidth`,
] as const;

/** The fields of the wire format that hold free text (titles, summaries, quotes, names…). */
export const TEXT_FIELDS = new Set([
  'title',
  'shortTitle',
  'summary',
  'description',
  'name',
  'shortName',
  'publisher',
  'text',
  'note',
  'narration',
  'label',
  'proposition',
  'location',
  'disputed',
  'document',
  'licence',
]);

/** Limits the schema puts on some text fields. */
const MAX_LENGTH: Record<string, number> = { title: 120 };

/**
 * A copy of a valid wire dataset with a payload in every text field of every record (payloads
 * taken in turn), keeping the file valid: ids, dates, kinds and links are left alone. Returns the
 * dataset and how many fields were filled.
 */
export function payloadDataset(wire: WireDataset): { data: WireDataset; fields: number } {
  let n = 0;
  const fill = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string' && key !== null && TEXT_FIELDS.has(key)) {
      const payload = TEXT_PAYLOADS[n % TEXT_PAYLOADS.length]!;
      // Numbered, so fields that must differ (member names) do.
      const suffix = ` #${n++}`;
      return payload.slice(0, (MAX_LENGTH[key] ?? Infinity) - suffix.length) + suffix;
    }
    if (Array.isArray(value)) return value.map((v) => fill(v, null));
    // meta.defaults names records by id (its `document` is an id, not a vote's document text).
    if (value && typeof value === 'object' && key !== 'defaults')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, k)]));
    return value;
  };
  const data = fill(structuredClone(wire), null) as WireDataset;
  return { data, fields: n };
}

/** Source addresses that must be refused: only http(s) links are shown. */
export const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:fetch("https://marker.invalid")',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/x',
  ' javascript:alert(1)',
] as const;

export interface MalformedFile {
  readonly name: string;
  readonly status: number;
  readonly body: Uint8Array | string | null;
  /** The one problem message the app must show. */
  readonly message: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Files that cannot be a dataset, each with the message the reader gets. */
export function malformedFiles(validJson: string): MalformedFile[] {
  const notLoaded = 'could not be loaded: ';

  return [
    {
      name: 'truncated',
      status: 200,
      body: validJson.slice(0, validJson.length / 2),
      message: 'is not valid JSON',
    },
    {
      name: 'invalid UTF-8',
      status: 200,
      body: new Uint8Array([...utf8('{"meta": "'), 0xff, 0xfe, 0xc3, 0x28, ...utf8('"}')]),
      message: `${notLoaded}the file is not UTF-8 text; save it as UTF-8`,
    },
    {
      name: 'UTF-16 without a byte-order mark',
      status: 200,
      body: utf16(validJson, false).slice(2),
      message: `${notLoaded}the file is not UTF-8 text; save it as UTF-8`,
    },
    { name: 'a JSON array', status: 200, body: '[]', message: 'must be an object, not a list' },
    { name: 'JSON null', status: 200, body: 'null', message: 'must be an object, not null' },
    { name: 'a JSON number', status: 200, body: '42', message: 'must be an object, not number 42' },
    {
      name: 'a JSON string',
      status: 200,
      body: '"parley"',
      message: 'must be an object, not string "parley"',
    },
    {
      name: 'an HTML error page',
      status: 200,
      body: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
      message:
        'is a web page, not JSON: the server may have sent an error page instead of the file',
    },
    { name: 'empty', status: 200, body: '', message: `${notLoaded}the server sent an empty file` },
    { name: '204', status: 204, body: null, message: `${notLoaded}the server sent an empty file` },
    { name: '404', status: 404, body: 'Not found', message: `${notLoaded}the server answered 404` },
    {
      name: '500',
      status: 500,
      body: '<h1>oops</h1>',
      message: `${notLoaded}the server answered 500`,
    },
  ];
}

/** Files in other encodings that must load like the UTF-8 original. */
export function reencodedFiles(validJson: string): { name: string; body: Uint8Array }[] {
  return [
    {
      name: 'UTF-8 with a byte-order mark',
      body: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(validJson)]),
    },
    { name: 'UTF-16 LE with a byte-order mark', body: utf16(validJson, false) },
    { name: 'UTF-16 BE with a byte-order mark', body: utf16(validJson, true) },
  ];
}

/** Links no reader should be able to break the app with. */
export function hostileLinks(): string[] {
  // Every parameter a link can carry, in the codec's own list (a new one is covered at once).
  const params = [...URL_PARAMS];
  const garbage = [
    '%00',
    '%E2%80%AE',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    '-1',
    '1e309',
    'NaN',
    '9999-99-99',
    ',,,,',
    '%FF%FE',
    'javascript:alert(1)',
    '%0D%0ASet-Cookie:x=1',
  ];
  const links = params.flatMap((p) => garbage.map((g) => `?${p}=${g}`));
  links.push(
    `?q=${'a'.repeat(100_000)}`,
    `?${'x'.repeat(100_000)}=1`,
    '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
    '?__proto__=1&constructor=1&prototype=1&hasOwnProperty=1&toString=1',
    `?${Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&')}`,
    `?actors=${'narnia,'.repeat(280)}`,
    '?event=%00%01%02%1F%7F&q=%E2%81%A6%E2%80%AE%00',
    '?%ZZ=%ZZ&=&&&=1',
  );
  return links;
}
