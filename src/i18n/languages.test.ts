import { describe, expect, it } from 'vitest';
import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';
import { zh } from './zh';
import { ru } from './ru';
import { uk } from './uk';
import { LANGS, LANGUAGE_NAMES, dateLocaleOf, langTagOf } from './languages';
import { translator, translatorFor } from './translate';
import { loadMessages, loadedMessages } from './load-messages';
import { formsOf, type Message } from './message';
import { dateFormatters } from './date-formatters';
import { parseDay } from '../domain/dates';

const MESSAGES: Record<string, Messages> = { en, fr, zh, ru, uk };
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** The placeholder a plural message counts by; `undefined` for a plain string. */
const countedBy = (message: Message) =>
  typeof message === 'string' ? undefined : (message.by ?? 'count');
const entries = (messages: Messages) =>
  Object.entries(messages) as [MessageKey, Messages[MessageKey]][];

it('offers exactly the five languages, each with its messages', () => {
  expect([...LANGS]).toEqual(Object.keys(MESSAGES));
});

describe.each(LANGS.filter((l) => l !== 'en'))('the %s interface', (code) => {
  const messages = MESSAGES[code]!;

  it('has exactly the keys of English', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder of each English string in every form, and adds none', () => {
    for (const [key, message] of entries(messages)) {
      // The counted placeholder may go from a form for 1 only ("One part…"): checked below.
      const counted = countedBy(en[key]);
      const want = placeholders(formsOf(en[key]).at(-1)!).filter((p) => p !== counted);
      for (const form of formsOf(message))
        expect({ key, got: placeholders(form).filter((p) => p !== counted) }).toEqual({
          key,
          got: want,
        });
    }
  });

  it('names the number in every plural form that stands for more than the number 1', () => {
    const rules = new Intl.PluralRules(dateLocaleOf(code));
    const oneIsOnlyOne =
      Array.from({ length: 101 }, (_, n) => n)
        .filter((n) => rules.select(n) === 'one')
        .join() === '1';
    for (const [key, message] of entries(messages)) {
      const englishBy = countedBy(en[key]);
      if (typeof message === 'string') {
        // One text for every number (as in Chinese) must name the number English counts by.
        if (englishBy) expect(message).toContain(`{${englishBy}}`);
        continue;
      }
      const by = message.by ?? 'count';
      for (const [form, text] of Object.entries(message)) {
        if (form === 'by' || (form === 'one' && oneIsOnlyOne)) continue;
        expect({ key, form, text }).toEqual({
          key,
          form,
          text: expect.stringContaining(`{${by}}`),
        });
      }
    }
  });

  it('has no empty string, a name for the picker, a tag and a date locale', () => {
    for (const [, message] of entries(messages))
      for (const form of formsOf(message)) expect(form.trim()).not.toBe('');
    expect(LANGUAGE_NAMES[code]).toBeTruthy();
    expect(langTagOf(code)).toMatch(/^[a-z]{2}(-Hans)?$/);
    expect(dateLocaleOf(code)).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });

  it('loads on demand and is then what the translator uses', async () => {
    expect(await loadMessages(code)).toBe(messages);
    expect(loadedMessages(code)).toBe(messages);
    expect(translator(code)('close')).toBe(messages.close);
  });
});

describe('plural forms', () => {
  const t = (lang: string) => translatorFor(MESSAGES[lang]!, dateLocaleOf(lang));

  it.each([
    ['ru', 1, '1 событие'],
    ['ru', 2, '2 события'],
    ['ru', 5, '5 событий'],
    ['ru', 11, '11 событий'],
    ['ru', 21, '21 событие'],
    ['ru', 22, '22 события'],
    ['uk', 1, '1 подія'],
    ['uk', 2, '2 події'],
    ['uk', 5, '5 подій'],
    ['uk', 21, '21 подія'],
    ['uk', 24, '24 події'],
    ['en', 1, '1 event'],
    ['en', 2, '2 events'],
    ['fr', 1, '1 événement'],
    ['fr', 21, '21 événements'],
    ['zh', 21, '21个事件'],
  ])('%s, %i events: %s', (lang, count, text) => {
    expect(t(lang)('timeline.aggregate', { count })).toBe(text);
  });

  it('chooses the form by the placeholder a message names', () => {
    expect(t('en')('present.noPosition', { m: 1 })).toBe('1 event');
    expect(t('en')('present.noPosition', { m: 3 })).toBe('3 events');
    expect(t('ru')('present.noPosition', { m: 3 })).toBe('3 события');
    expect(t('en')('search.count', { count: 1 })).toBe('1 matching event');
    expect(t('fr')('search.count', { count: 0 })).toBe('0 événement correspondant');
  });

  it('writes numbers the language’s way', () => {
    expect(t('en')('export.count', { count: 1234 })).toBe('1,234 events, with the current filters');
    expect(t('fr')('export.count', { count: 1234 })).toBe(
      '1\u202f234 événements, avec les filtres actuels',
    );
  });
});

describe('typography', () => {
  const forms = (messages: Messages) => entries(messages).flatMap(([, m]) => formsOf(m));

  it('French has a narrow no-break space before : ; ? ! and inside « »', () => {
    for (const text of forms(fr)) {
      expect(text).not.toMatch(/[ \u00a0][:;?!»]|«[ \u00a0]/);
      expect(text).not.toMatch(/\w[;?!»]/);
    }
  });

  it('Chinese uses full-width punctuation next to Chinese characters', () => {
    const cjk = '[\\u4e00-\\u9fff]';
    const ascii = '[,:;?!()]';
    const wrong = new RegExp(`${cjk}${ascii}|${ascii}${cjk}`);
    for (const text of forms(zh)) expect(text).not.toMatch(wrong);
  });

  it('Russian and Ukrainian quote with « »', () => {
    for (const text of [...forms(ru), ...forms(uk)]) expect(text).not.toMatch(/[“”"„]/);
  });
});

describe('French', () => {
  it('fills placeholders in French strings', async () => {
    await loadMessages('fr');
    expect(translator('fr')('present.position', { n: 2, m: 9 })).toBe('Événement 2 sur 9');
  });

  it('writes dates in each language', () => {
    const day = parseDay('2022-02-24')!;
    const fr = dateFormatters('fr');
    expect(fr.formatDay(day)).toBe('24 février 2022');
    expect(fr.formatMonth(day)).toBe('février 2022');
    expect(fr.formatDateRange('2023-03-20', '2023-03-22')).toMatch(/^20\s*–\s*22 mars 2023$/);
    expect(dateFormatters('en').formatDay(day)).toBe('24 February 2022');
    expect(dateFormatters('zh').formatDay(day)).toBe('2022年2月24日');
    expect(dateFormatters('ru').formatDay(day)).toMatch(/^24 февраля 2022/);
    expect(dateFormatters('uk').formatDay(day)).toMatch(/^24 лютого 2022/);
  });

  it('falls back to English for an unknown language', async () => {
    expect(translator('xx')('close')).toBe('Close');
    expect(await loadMessages('xx')).toBe(en);
    expect(dateLocaleOf('xx')).toBe('en-GB');
  });
});
