import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeActor, makeDataset, makeEvent, makeSource } from '../../tests/helpers/builders';
import type { ActorId, SourceId } from './types';
import { createEventSearch, highlightRanges, normaliseTerm, tokenize } from './search-events';

const actors = [
  makeActor({ id: 'china', name: 'China' }),
  makeActor({ id: 'russia', name: 'Russia' }),
  makeActor({ id: 'ukraine', name: 'Ukraine' }),
  makeActor({ id: 'turkey', name: 'Türkiye', shortName: 'Turkey' }),
  makeActor({ id: 'xi-jinping', name: 'Xi Jinping', kind: 'person', memberOf: 'china' }),
  makeActor({ id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'person' }),
  makeActor({ id: 'alexander-lukashenko', name: 'Alexander Lukashenko', kind: 'person' }),
  makeActor({ id: 'recep-erdogan', name: 'Recep Tayyip Erdoğan', kind: 'person' }),
];

const data = makeDataset({
  actors,
  sources: [
    makeSource({ id: 'src-kyodo', publisher: 'Kyodo News', title: 'Tokyo weighs response' }),
  ],
  events: [
    makeEvent({
      id: 'grain-in-title',
      title: 'Grain deal signed in Istanbul',
      summary: 'Ukraine and Russia signed parallel agreements.',
      location: 'Istanbul, Türkiye',
      actors: ['ukraine', 'russia', 'recep-erdogan'],
    }),
    makeEvent({
      id: 'grain-in-summary',
      title: 'Wang Yi speaks about food',
      summary: 'He said the grain corridor mattered to poorer countries.',
    }),
    makeEvent({
      id: 'samarkand',
      title: 'Xi and Putin meet at Samarkand',
      summary: 'The first meeting in person since the invasion.',
      actors: ['china', 'xi-jinping', 'russia'],
    }),
    makeEvent({
      id: 'zelensky-call',
      title: 'Call with Kyiv',
      summary: 'The two presidents spoke for an hour.',
      actors: ['china', 'xi-jinping', 'volodymyr-zelensky'],
    }),
    makeEvent({
      id: 'sanctions',
      title: 'New measures announced',
      summary: 'China opposes unilateral sanctions without a UN mandate.',
    }),
    makeEvent({
      id: 'state-visit',
      title: 'State visit to Beijing',
      summary: 'A visit by the Belarusian president.',
      actors: ['china', 'alexander-lukashenko'],
    }),
    makeEvent({
      id: 'quoted',
      title: 'Press conference',
      summary: 'Questions on the war.',
      quotes: [
        {
          text: 'Dialogue is the only way out',
          speaker: 'xi-jinping' as ActorId,
          source: 'src-kyodo' as SourceId,
        },
      ],
      sources: ['src-kyodo'],
    }),
  ],
});

const engine = createEventSearch(data);
const ids = (query: string) => engine.search(query).map((h) => h.id);

describe('createEventSearch', () => {
  it.each(['', '   ', '—!?', '…'])('finds nothing for an empty query (%j)', (q) => {
    expect(engine.search(q)).toEqual([]);
  });

  it('ranks a title match above a summary match', () => {
    expect(ids('grain')).toEqual(['grain-in-title', 'grain-in-summary']);
    const [first, second] = engine.search('grain');
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it.each([
    ['samarkan', 'samarkand', 'samarkand'],
    ['Samarkadn', 'samarkand', 'samarkand'],
    ['zelenksy', 'zelensky-call', 'zelensky'],
    ['lukashenka', 'state-visit', 'lukashenko'],
  ])('tolerates a typo: %j finds %s', (query, id, term) => {
    const hit = engine.search(query).find((h) => h.id === id);
    expect(hit?.terms).toContain(term);
  });

  it('matches the word being typed as a prefix', () => {
    expect(ids('sanc')).toEqual(['sanctions']);
    expect(ids('china unilat')).toEqual(['sanctions']);
  });

  it('matches earlier words of the query whole', () => {
    expect(ids('unilat sanctions')).toEqual([]);
    expect(engine.search('the inv')[0]!.terms).toEqual(['the', 'invasion']);
  });

  it('starts at two letters, and ignores single letters in longer queries', () => {
    expect(ids('s')).toEqual([]);
    expect(ids('a samarkand')).toEqual(['samarkand']);
    expect(ids('12')).toEqual([]);
  });

  it('does not match short words fuzzily', () => {
    expect(ids('xo')).toEqual([]);
  });

  it('finds events by the names of their actors', () => {
    expect(ids('lukashenko')).toEqual(['state-visit']);
    expect(ids('Jinping')).toEqual(expect.arrayContaining(['samarkand', 'zelensky-call']));
  });

  it('finds events by quotes, their speakers, location and sources', () => {
    expect(ids('only way out')).toEqual(['quoted']);
    expect(ids('kyodo')).toEqual(['quoted']);
    expect(ids('istanbul')).toEqual(['grain-in-title']);
  });

  it('ignores case and diacritics both ways', () => {
    expect(ids('ERDOGAN')).toEqual(['grain-in-title']);
    expect(ids('türkiye')).toEqual(['grain-in-title']);
    expect(ids('turkiye')).toEqual(['grain-in-title']);
  });

  it('requires every word of the query', () => {
    expect(ids('xi samarkand')).toEqual(['samarkand']);
    expect(ids('grain samarkand')).toEqual([]);
  });

  it('reports the matched words of the text, not of the query', () => {
    expect(engine.search('sanc')[0]!.terms).toEqual(['sanctions']);
  });
});

describe('highlightRanges', () => {
  it('marks whole words equal to a term, ignoring case', () => {
    expect(highlightRanges('Sanctions, more sanctions; sanctioned.', ['sanctions'])).toEqual([
      { text: 'Sanctions', match: true },
      { text: ', more ', match: false },
      { text: 'sanctions', match: true },
      { text: '; sanctioned.', match: false },
    ]);
  });

  it('matches words with diacritics against normalised terms', () => {
    expect(highlightRanges('Erdoğan spoke', ['erdogan'])).toEqual([
      { text: 'Erdoğan', match: true },
      { text: ' spoke', match: false },
    ]);
  });

  it('highlights the terms of a search hit', () => {
    const title = data.eventsById.get(engine.search('samarkan')[0]!.id)!.title;
    const marked = highlightRanges(title, engine.search('samarkan')[0]!.terms);
    expect(marked.filter((s) => s.match).map((s) => s.text)).toEqual(['Samarkand']);
  });

  it('keeps markup in the text as text', () => {
    expect(highlightRanges('<b>grain</b>', ['grain'])).toEqual([
      { text: '<b>', match: false },
      { text: 'grain', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('returns the text whole without terms, and nothing for no text', () => {
    expect(highlightRanges('Grain deal', [])).toEqual([{ text: 'Grain deal', match: false }]);
    expect(highlightRanges('', ['grain'])).toEqual([]);
  });

  it('always gives back the text when joined, alternating match and no match', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.string()), (text, terms) => {
        const segments = highlightRanges(text, terms);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        segments.forEach((s, i) => {
          expect(s.text).not.toBe('');
          if (i > 0 && !s.match) expect(segments[i - 1]!.match).toBe(true);
        });
      }),
    );
  });
});

describe('tokenize and normaliseTerm', () => {
  it('split on anything but letters, digits and marks', () => {
    expect(tokenize("Xi–Putin 'no limits' (12-point) China's")).toEqual([
      'Xi',
      'Putin',
      'no',
      'limits',
      '12',
      'point',
      'China',
      's',
    ]);
    expect(normaliseTerm('Ełż Ü')).toBe('ełz u');
  });
});
