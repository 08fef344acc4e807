import { describe, expect, it } from 'vitest';
import {
  isLang,
  isOfficial,
  localActorTitle,
  localDocument,
  localised,
  localMeta,
  localName,
  localPoint,
  localPreset,
  localShortName,
  localStoryTitle,
  localTopic,
  originalInLanguage,
  primaryLanguage,
  type Lang,
} from './localise';
import type { Actor, ActorId, PolicyDocument, Quote, SourceId, Topic } from './types';

const src = 'src-mfa' as SourceId;

const usa: Actor = {
  id: 'usa' as ActorId,
  name: 'United States',
  shortName: 'US',
  kind: 'state',
  description: 'A state.',
  color: '#000000',
  title: undefined,
  translations: {
    fr: { name: 'États-Unis', shortName: 'É.-U.' },
    zh: { name: '美国', official: src },
    ru: { name: 'Соединённые Штаты', shortName: 'США' },
  },
};

const xi: Actor = {
  id: 'xi' as ActorId,
  name: 'Xi Jinping',
  kind: 'person',
  description: 'A person.',
  color: '#000000',
  title: 'President of China',
  translations: { ru: { name: 'Си Цзиньпин', title: 'Председатель КНР' } },
};

const topic: Topic = {
  id: 'sanctions' as never,
  title: 'Sanctions',
  proposition: 'Sanctions against Russia',
  translations: { uk: { title: 'Санкції' } },
};

describe('localised labels', () => {
  it.each<[Lang, string, string]>([
    ['en', 'United States', 'US'],
    ['fr', 'États-Unis', 'É.-U.'],
    ['zh', '美国', '美国'],
    ['ru', 'Соединённые Штаты', 'США'],
    ['uk', 'United States', 'US'],
  ])('actor name and short name in %s', (lang, name, short) => {
    expect(localName(usa, lang)).toBe(name);
    expect(localShortName(usa, lang)).toBe(short);
  });

  it('falls back field by field: a translated name, the English title', () => {
    expect(localName(xi, 'ru')).toBe('Си Цзиньпин');
    expect(localActorTitle(xi, 'ru')).toBe('Председатель КНР');
    expect(localActorTitle(xi, 'fr')).toBe('President of China');
    expect(localShortName(xi, 'ru')).toBe('Си Цзиньпин');
  });

  it('says which language the text is in and whether it is official', () => {
    expect(localised(usa, 'name', 'zh')).toEqual({ text: '美国', lang: 'zh', official: src });
    expect(localised(usa, 'name', 'fr')).toEqual({
      text: 'États-Unis',
      lang: 'fr',
      official: undefined,
    });
    expect(localised(usa, 'name', 'uk')).toEqual({ text: 'United States', lang: 'en' });
    expect(isOfficial(usa, 'zh')).toBe(true);
    expect(isOfficial(usa, 'fr')).toBe(false);
    expect(isOfficial(usa, 'en')).toBe(false);
    expect(isOfficial(xi, 'uk')).toBe(false);
  });

  it('translates a topic title and keeps the English proposition when it has none', () => {
    expect(localTopic(topic, 'uk')).toEqual({
      title: 'Санкції',
      proposition: 'Sanctions against Russia',
    });
    expect(localTopic(topic, 'ru')).toEqual({
      title: 'Sanctions',
      proposition: 'Sanctions against Russia',
    });
  });

  it('translates documents, points, presets, meta and stories', () => {
    const doc = {
      title: "China's Position",
      shortTitle: '12 points',
      translations: { zh: { title: '中国立场', official: src } },
    } as unknown as PolicyDocument;
    expect(localDocument(doc, 'zh')).toEqual({ title: '中国立场', shortTitle: '12 points' });
    const point = {
      number: 1,
      title: 'Respecting',
      summary: '',
      translations: { zh: { title: '尊重各国主权', official: src } },
    };
    expect(localPoint(point, 'zh')).toBe('尊重各国主权');
    expect(localPoint(point, 'ru')).toBe('Respecting');
    const preset = {
      id: 'visit',
      label: 'The visit fortnight',
      window: { start: 0, end: 1 },
      translations: { fr: { label: 'La quinzaine de la visite' } },
    };
    expect(localPreset(preset, 'fr')).toBe('La quinzaine de la visite');
    expect(localPreset(preset, 'uk')).toBe('The visit fortnight');
    const meta = {
      title: 'T',
      description: 'D',
      updated: '2026-01-01',
      translations: { ru: { title: 'Т' } },
    };
    expect(localMeta(meta, 'ru')).toEqual({ title: 'Т', description: 'D' });
    const story = {
      id: 's',
      title: 'Story',
      steps: [],
      translations: { uk: { title: 'Історія' } },
    };
    expect(localStoryTitle(story, 'uk')).toBe('Історія');
  });
});

describe('originals', () => {
  const quote: Quote = {
    text: 'Words.',
    speaker: 'xi' as ActorId,
    source: src,
    original: { lang: 'zh-Hans', text: '话语。', source: src },
  };

  it.each<[Lang, boolean]>([
    ['zh', true],
    ['ru', false],
    ['en', false],
  ])('the original is in the reader’s language (%s): %s', (lang, shown) => {
    expect(originalInLanguage(quote, lang) !== undefined).toBe(shown);
  });

  it('has no original to show when the quote has none', () => {
    expect(originalInLanguage({ ...quote, original: undefined }, 'zh')).toBeUndefined();
  });

  it.each([
    ['zh-Hans-CN', 'zh'],
    ['RU', 'ru'],
    ['uk', 'uk'],
  ])('primary language of %s is %s', (tag, lang) => {
    expect(primaryLanguage(tag)).toBe(lang);
  });

  it.each([
    ['en', true],
    ['uk', true],
    ['de', false],
    ['zh-Hans', false],
  ])('isLang(%s) → %s', (v, ok) => {
    expect(isLang(v)).toBe(ok);
  });
});
