import { describe, expect, it } from 'vitest';
import { citeView, escapeBibtex } from './cite-view';
import { day } from '../../tests/helpers/builders';

const input = {
  title: 'China and the diplomacy of Russia’s war on Ukraine, February 2022 – March 2023',
  version: '2026-11-30',
  url: 'https://example.org/parley/?event=2023-02-24-china-position-paper',
  accessed: day('2026-09-07'),
};

describe('citeView', () => {
  const c = citeView(input);

  it('writes APA with the version date, the version, the medium and the retrieval date', () => {
    expect(c.apa).toBe(
      'Parley. (2026, November 30). China and the diplomacy of Russia’s war on Ukraine, February 2022 – March 2023 ' +
        '(Version 2026-11-30) [Interactive timeline and data set]. Retrieved September 7, 2026, from ' +
        'https://example.org/parley/?event=2023-02-24-china-position-paper',
    );
  });

  it('writes Chicago with the title in quotes and the access date', () => {
    expect(c.chicago).toBe(
      'Parley. “China and the diplomacy of Russia’s war on Ukraine, February 2022 – March 2023.” ' +
        'Version 2026-11-30. Interactive timeline and data set, November 30, 2026. ' +
        'Accessed September 7, 2026. https://example.org/parley/?event=2023-02-24-china-position-paper.',
    );
  });

  it('writes MLA with abbreviated months (Sept., Nov.)', () => {
    expect(c.mla).toBe(
      'Parley. China and the diplomacy of Russia’s war on Ukraine, February 2022 – March 2023. ' +
        'Version 2026-11-30, 30 Nov. 2026, ' +
        'https://example.org/parley/?event=2023-02-24-china-position-paper. Accessed 7 Sept. 2026.',
    );
    expect(citeView({ ...input, version: '2023-05-02' }).mla).toContain('2 May 2023');
    expect(citeView({ ...input, version: '2023-06-02' }).mla).toContain('2 June 2023');
  });

  it('writes BibTeX with a key, the fields, and the title escaped', () => {
    const tricky = citeView({ ...input, title: 'Votes & vetoes: 100% {draft}_1 #2' }).bibtex;
    expect(tricky).toContain('title        = {{Votes \\& vetoes: 100\\% \\{draft\\}\\_1 \\#2}},');
    expect(c.bibtex.split('\n')[0]).toBe('@misc{parley2026china,');
    expect(c.bibtex).toContain('  month        = nov,');
    expect(c.bibtex).toContain('  version      = {2026-11-30},');
    expect(c.bibtex).toContain(`  url          = {${input.url}},`);
    expect(c.bibtex).toContain('  urldate      = {2026-09-07},');
    expect(c.bibtex.endsWith('\n}')).toBe(true);
  });

  it('falls back to the access day when the version is not a day', () => {
    expect(citeView({ ...input, version: 'soon' }).apa).toContain('(2026, September 7)');
  });

  it('escapes backslashes and carets before anything else', () => {
    expect(escapeBibtex('a\\b^c~d')).toBe(
      'a\\textbackslash{}b\\textasciicircum{}c\\textasciitilde{}d',
    );
  });
});
