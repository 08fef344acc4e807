import { describe, expect, it } from 'vitest';
import { readDataParam, resetLink } from './data-param';
import { parseUrl, serializeUrl } from './url-codec';
import { DEFAULT_URL_VIEW } from './url-view';
import { KNOWN } from '../../tests/helpers/url-known';

describe('?data=<URL>', () => {
  it('reads a full http(s) address', () => {
    expect(readDataParam('?data=https%3A%2F%2Fexample.org%2Fclass.csv')).toEqual({
      url: 'https://example.org/class.csv',
    });
    expect(readDataParam('?view=list')).toBeNull();
    expect(readDataParam('?data=')).toBeNull();
  });

  it.each(['javascript:alert(1)', 'data:text/csv,a', 'file:///etc/passwd', 'class.csv'])(
    'refuses %s with a plain reason',
    (value) => {
      expect(readDataParam(`?${new URLSearchParams({ data: value }).toString()}`)).toEqual({
        problem: { key: 'problem.dataAddress' },
        value,
      });
    },
  );

  it('is kept by the codec, last in the fixed order, and read back exactly', () => {
    const url = 'http://localhost:4206/t.json?a=1&b=2';
    const search = serializeUrl({ ...DEFAULT_URL_VIEW, view: 'list', data: url });
    expect(search).toBe('?view=list&data=http%3A%2F%2Flocalhost%3A4206%2Ft.json%3Fa%3D1%26b%3D2');
    expect(parseUrl(search, KNOWN)).toEqual({
      view: { ...DEFAULT_URL_VIEW, view: 'list', data: url },
      dropped: [],
    });
  });

  it('drops a bad address from a link with the reason', () => {
    expect(parseUrl('?data=javascript:alert(1)', KNOWN).dropped).toEqual([
      {
        param: 'data',
        value: 'javascript:alert(1)',
        reason: { key: 'url.dataAddress' },
      },
    ]);
  });

  it('resets the link to the bare app, keeping only the language', () => {
    const calls: (string | null | undefined)[] = [];
    resetLink({
      location: { pathname: '/hosted/parley/', search: '?data=x&event=y&lang=fr' },
      history: { replaceState: (_d, _u, url) => calls.push(url) },
    });
    expect(calls).toEqual(['/hosted/parley/?lang=fr']);
  });
});
