import { describe, expect, it } from 'vitest';
import { realDataset } from '../helpers/real-dataset';
import { isOfficial, localName, localPoint } from '../../src/domain/localise';
import type { Quote } from '../../src/domain/types';
import { TRANSLATION_LANGS } from '../../src/domain/vocabulary';

function allQuotes(): Quote[] {
  const d = realDataset();
  return [
    ...d.events.flatMap((e) => e.quotes),
    ...d.positions.flatMap((p) => (p.evidence.quote ? [p.evidence.quote] : [])),
    ...d.documents.flatMap((doc) => doc.reactions.flatMap((r) => (r.quote ? [r.quote] : []))),
  ];
}

describe('the bundled dataset in other languages', () => {
  it('names every state and person in every interface language', () => {
    const d = realDataset();
    const missing = d.actors
      .filter((a) => a.kind !== 'organisation')
      .flatMap((a) =>
        TRANSLATION_LANGS.filter((l) => !a.translations?.[l]?.name).map((l) => `${a.id}:${l}`),
      );
    expect(missing).toEqual([]);
  });

  it('gives China’s twelve points their official Chinese titles, and only Chinese as official', () => {
    const paper = realDataset().documentsById.get('doc-china-position-paper-2023' as never)!;
    expect(paper.points.map((p) => localPoint(p, 'zh'))[0]).toBe('尊重各国主权');
    expect(paper.points.every((p) => isOfficial(p, 'zh'))).toBe(true);
    expect(paper.points.some((p) => isOfficial(p, 'ru') || isOfficial(p, 'uk'))).toBe(false);
  });

  it('has at least twenty quotes with their original text, each citing a page with an address', () => {
    const d = realDataset();
    const originals = allQuotes().flatMap((q) => (q.original ? [q.original] : []));
    expect(new Set(originals.map((o) => o.text)).size).toBeGreaterThanOrEqual(20);
    for (const o of originals) {
      expect(['zh', 'ru', 'uk']).toContain(o.lang);
      expect(d.sourcesById.get(o.source)?.url).toMatch(/^https?:\/\//);
      expect(o.text).not.toMatch(/[A-Za-z]{4,}/);
    }
  });

  it('falls back to English for a language without a translation', () => {
    const xi = realDataset().actorsById.get('xi-jinping' as never)!;
    expect(localName(xi, 'zh')).toBe('习近平');
    expect(localName(xi, 'en')).toBe('Xi Jinping');
  });
});
