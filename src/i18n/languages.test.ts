import { describe, expect, it } from 'vitest';
import { en } from './en';
import { LANGUAGE_NAMES, LANGUAGES, dateLocaleOf, translator } from './translate';
import { dateFormatters } from './date-formatters';
import { parseDay } from '../domain/dates';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(LANGUAGES))('the %s interface', (code, messages) => {
  it('has exactly the keys of English', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps every placeholder of each English string, and adds none', () => {
    for (const [key, text] of Object.entries(en)) {
      expect({ key, placeholders: placeholders(messages[key as keyof typeof en]) }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  it('has no empty string, a name for the picker and a date locale', () => {
    for (const text of Object.values(messages)) expect(text.trim()).not.toBe('');
    expect(LANGUAGE_NAMES[code]).toBeTruthy();
    expect(dateLocaleOf(code)).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
  });
});

describe('French', () => {
  it('fills placeholders in French strings', () => {
    expect(translator('fr')('present.position', { n: 2, m: 9 })).toBe('Événement 2 sur 9');
  });

  it('writes dates in French', () => {
    const day = parseDay('2022-02-24')!;
    const fr = dateFormatters('fr');
    expect(fr.formatDay(day)).toBe('24 février 2022');
    expect(fr.formatMonth(day)).toBe('février 2022');
    expect(fr.formatDateRange('2023-03-20', '2023-03-22')).toMatch(/^20\s*–\s*22 mars 2023$/);
    expect(dateFormatters('en').formatDay(day)).toBe('24 February 2022');
  });

  it('falls back to English for an unknown language', () => {
    expect(translator('xx')('close')).toBe('Close');
    expect(dateLocaleOf('xx')).toBe('en-GB');
  });
});
