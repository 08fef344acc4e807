import { describe, expect, it } from 'vitest';
import { linkLang, linkOpensTimeline } from './link-lang';

const at = (search: string) => ({ location: { search } });

describe('what a link asks for before the dataset has loaded', () => {
  it('reads the language, lower-cased, or nothing', () => {
    expect(linkLang(at('?lang=FR'))).toBe('fr');
    expect(linkLang(at('?view=list'))).toBeUndefined();
  });

  it('tells whether the link opens the timeline (the default view)', () => {
    expect(linkOpensTimeline(at(''))).toBe(true);
    expect(linkOpensTimeline(at('?event=2022-02-24-invasion&lang=ru'))).toBe(true);
    expect(linkOpensTimeline(at('?view=Timeline'))).toBe(true);
    expect(linkOpensTimeline(at('?view=list'))).toBe(false);
    expect(linkOpensTimeline(at('?view=votes&embed=1'))).toBe(false);
  });
});
