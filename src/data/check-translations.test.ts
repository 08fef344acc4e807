import { describe, expect, it } from 'vitest';
import { english } from '../../tests/helpers/english-problems';
import { checkIntegrity } from './check-integrity';
import { loadDataset } from './load-dataset';
import { isLanguageTag } from './check-translations';
import { validWire } from '../../tests/helpers/wire-fixture';
import type { WireDataset } from './schema';

function problemsOf(change: (d: WireDataset) => void) {
  const data = validWire();
  change(data);
  return english(checkIntegrity(data));
}

const quote = (d: WireDataset) => d.events[1]!.quotes![0]!;

describe('translations and originals', () => {
  it('accepts translations in every interface language and a sourced original', () => {
    const problems = problemsOf((d) => {
      d.actors[0]!.translations = {
        fr: { name: 'Chine' },
        zh: { name: '中国', official: 'src-a' },
        ru: { name: 'Китай' },
        uk: { name: 'Китай' },
      };
      d.meta.translations = { zh: { title: '测试' } };
      d.topics[0]!.translations = {
        ru: { title: 'Санкции', proposition: 'Санкции против России' },
      };
      quote(d).original = { lang: 'zh', text: '话语。', source: 'src-b' };
    });
    expect(problems).toEqual([]);
  });

  it.each<[string, (d: WireDataset) => void, { path: string; message: string }[]]>([
    [
      'a language that is not an interface language',
      (d) => (d.actors[0]!.translations = { de: { name: 'China' } }),
      [
        {
          path: 'actors[0].translations.de',
          message: 'is not an interface language: translations may be in fr, zh, ru, uk',
        },
      ],
    ],
    [
      'English as a translation',
      (d) => (d.topics[0]!.translations = { en: { title: 'Sanctions' } }),
      [
        {
          path: 'topics[0].translations.en',
          message: 'is not an interface language: translations may be in fr, zh, ru, uk',
        },
      ],
    ],
    [
      'an official wording naming an unknown source',
      (d) => (d.actors[2]!.translations = { zh: { name: '习近平', official: 'src-nowhere' } }),
      [
        {
          path: 'actors[2].translations.zh.official',
          message: 'refers to unknown source "src-nowhere"',
        },
      ],
    ],
    [
      'an entry with only an official source',
      (d) => (d.actors[1]!.translations = { ru: { official: 'src-a' } }),
      [{ path: 'actors[1].translations.ru', message: 'holds no translated label' }],
    ],
    [
      'a bad language on a story step',
      (d) =>
        (d.stories = [
          {
            id: 's',
            title: 'S',
            steps: [
              { event: 'visit', title: 'T', narration: 'N', translations: { cn: { title: 'T' } } },
            ],
          },
        ]),
      [
        {
          path: 'stories[0].steps[0].translations.cn',
          message: 'is not an interface language: translations may be in fr, zh, ru, uk',
        },
      ],
    ],
    [
      'an original in a language that is not a BCP 47 code',
      (d) => (quote(d).original = { lang: 'Chinese', text: '话语。', source: 'src-a' }),
      [
        {
          path: 'events[1].quotes[0].original.lang',
          message: '("Chinese") is not a BCP 47 language code such as zh, ru, uk, fr or de',
        },
      ],
    ],
    [
      'an original citing an unknown source',
      (d) => (quote(d).original = { lang: 'ru', text: 'Слова.', source: 'src-gone' }),
      [
        {
          path: 'events[1].quotes[0].original.source',
          message: 'refers to unknown source "src-gone"',
        },
      ],
    ],
    [
      'an original on a position quote citing an unknown source',
      (d) =>
        (d.positions[0]!.evidence.quote = {
          text: 'Words.',
          speaker: 'xi-jinping',
          source: 'src-a',
          original: { lang: 'zh-Hans', text: '话语。', source: 'src-x' },
        }),
      [
        {
          path: 'positions[0].evidence.quote.original.source',
          message: 'refers to unknown source "src-x"',
        },
      ],
    ],
  ])('reports %s', (_, change, expected) => {
    expect(problemsOf(change)).toEqual(expected);
  });
});

describe('isLanguageTag', () => {
  it.each([
    ['zh', true],
    ['zh-Hans', true],
    ['zh-Hans-CN', true],
    ['ru', true],
    ['uk', true],
    ['de', true],
    ['pt-BR', true],
    ['ZH', false],
    ['zh_CN', false],
    ['chinese', false],
    ['', false],
    ['z', false],
  ])('%s → %s', (tag, ok) => {
    expect(isLanguageTag(tag)).toBe(ok);
  });
});

describe('loading translations and originals', () => {
  it('carries them into the domain dataset', () => {
    const data = validWire();
    data.actors[0]!.translations = { zh: { name: '中国', official: 'src-a' } };
    quote(data).original = { lang: 'zh', text: '话语。', source: 'src-b' };
    data.meta.translations = { fr: { title: 'Chronologie de test' } };
    const result = loadDataset(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    expect(dataset.actorsById.get('china' as never)?.translations?.zh).toEqual({
      name: '中国',
      official: 'src-a',
    });
    expect(dataset.eventsById.get('prelude' as never)?.quotes[0]?.original).toEqual({
      lang: 'zh',
      text: '话语。',
      source: 'src-b',
    });
    expect(dataset.meta.translations?.fr?.title).toBe('Chronologie de test');
  });

  it('rejects an original without its source, as the schema requires one', () => {
    const data = validWire();
    (quote(data) as { original?: unknown }).original = { lang: 'zh', text: '话语。' };
    const result = loadDataset(data);
    expect(result.ok ? [] : english(result.problems)).toEqual([
      { path: 'events[1].quotes[0].original.source', message: 'is missing' },
    ]);
  });
});
