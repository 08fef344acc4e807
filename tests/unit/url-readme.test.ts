import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';
import { knownIdsOf, parseUrl, serializeUrl } from '../../src/url/url-codec';

const readme = fs.readFileSync(new URL('../../src/url/README.md', import.meta.url), 'utf8');
const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');

/** The example links of src/url/README.md: the lines of its code blocks that start with `?`. */
const examples = readme
  .split('\n')
  .filter((line) => line.startsWith('?'))
  .map((line) => line.trim());

describe('the examples in src/url/README.md', () => {
  const loaded = loadDatasetText(text);
  if (!loaded.ok) throw new Error('the bundled dataset does not load');
  // The real ids only: an example naming a story, event or actor the data lacks must fail here.
  const known = knownIdsOf(loaded.dataset, ['en']);

  it('are found', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples)('%s is valid against the real dataset and canonical', (search) => {
    const { view, dropped } = parseUrl(search, known);
    expect(dropped).toEqual([]);
    expect(serializeUrl(view)).toBe(search);
  });
});
