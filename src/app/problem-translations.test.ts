/**
 * Problems of a dataset are written in the reader's language: every problem key is translated in
 * every interface language, and the problems the loader reports for real broken files (a sheet, a
 * TimelineJS file, a Parley file, a failed download) come out in French and Russian, places included.
 */
import { describe, expect, it, vi } from 'vitest';
import { PROBLEM_EN, type ProblemKey } from '../domain/problem-text';
import { enProblems as en } from '../i18n/en-problems';
import { frProblems as fr } from '../i18n/fr-problems';
import { zhProblems as zh } from '../i18n/zh-problems';
import { ruProblems as ru } from '../i18n/ru-problems';
import { ukProblems as uk } from '../i18n/uk-problems';
import { formsOf } from '../i18n/message';
import { dateLocaleOf } from '../i18n/languages';
import {
  loadProblemMessages,
  problemTranslator,
  type ProblemMessages,
} from '../i18n/problem-messages';
import { openDatasetText } from '../data/formats/open-dataset';
import { loadDataset } from '../data/load-dataset';
import { fetchDataset } from '../data/fetch-dataset';
import { placePhrase, type DatasetProblem } from '../data/problems';
import { sizeProblem } from '../data/size-limit';
import { validWire } from '../../tests/helpers/wire-fixture';

const OTHERS: Record<string, ProblemMessages> = { fr, zh, ru, uk };
const KEYS = Object.keys(PROBLEM_EN) as ProblemKey[];

/** Keys whose text is rightly the same as the English one in a language. */
const SAME_AS_ENGLISH: Record<string, readonly ProblemKey[]> = {
  fr: [
    'problem.value.null',
    'problem.milliseconds',
    'problem.noun.source',
    'problem.noun.position',
    'problem.noun.document',
  ],
  zh: ['problem.value.null'],
  ru: ['problem.value.null'],
  uk: ['problem.value.null'],
};

/** A problem as the list shows it: its place, then its message, in `lang`. */
function shown(lang: string, p: DatasetProblem): string {
  const say = problemTranslator(lang === 'en' ? en : OTHERS[lang]!, lang);
  const place = placePhrase(p.path);
  return `${place ? say(place) : p.path} ${say(p.phrase)}`;
}

function problems(result: { ok: boolean; problems?: readonly DatasetProblem[] }) {
  return result.problems ?? [];
}

const open = (text: string, name: string) =>
  problems(openDatasetText(text, { name, today: '2026-01-01' }));

const HEADER = 'Year,Month,Day,Headline,Source URL,Type,Kind';
/** Broken files of every format: between them, most kinds of problem the loader reports. */
function corpus(): DatasetProblem[] {
  const wire = validWire();
  (wire.events[0] as { title?: string }).title = undefined;
  wire.events[1]!.date = '2023-02-30';
  wire.events[1]!.actors.push({ actor: 'atlantis', role: 'participant' });
  (wire.actors[0] as unknown as Record<string, unknown>).flag = 'red';
  return [
    ...open(`${HEADER},Colour\n2022,2,30,A,https://example.org,,,x\n`, 'a.csv'),
    ...open(`${HEADER}\n2022,3,3,"B,never closed`, 'q.csv'),
    ...open(`Year,Month,Day,Text\n`, 'b.csv'),
    ...open(
      `${HEADER}\n2022,2,30,A,https://example.org,,\n,3,,B,https://example.org,,\n2022,13,,C,javascript:alert(1),,\n2022,3,2,,https://example.org,slide,\n2022,3,2,D,,,party\n2022,,4,F,https://example.org,,\n2022a,,,G,https://example.org,,`,
      'c.csv',
    ),
    ...open(HEADER, 'd.csv'),
    ...open(JSON.stringify({ events: [{}, { start_date: 5, text: { headline: 'x' } }] }), 'e.json'),
    ...open(JSON.stringify({ events: 'none', eras: [{ start_date: { year: 2022 } }] }), 'f.json'),
    ...open('<!doctype html><p>Not found</p>', 'g.json'),
    ...open('{"meta": ', 'h.json'),
    ...problems(loadDataset(wire)),
    ...problems(loadDataset([1])),
    ...problems(loadDataset({ ...validWire(), meta: { ...validWire().meta, format: 9 } })),
    sizeProblem(60 * 1024 * 1024)!,
  ];
}

describe.each(Object.keys(OTHERS))('problems in %s', (lang) => {
  const messages = OTHERS[lang]!;

  it('translate every problem key (a key left in English fails)', () => {
    for (const key of KEYS) {
      expect(messages[key], key).toBeDefined();
      if (SAME_AS_ENGLISH[lang]!.includes(key)) continue;
      const english = formsOf(en[key]);
      for (const form of formsOf(messages[key]))
        expect({ key, form }).not.toEqual({ key, form: expect.toBeOneOf(english) as string });
    }
  });

  it('load on demand, each language its own', async () => {
    expect(await loadProblemMessages(lang)).toBe(messages);
    expect(await loadProblemMessages('xx')).toBe(en);
  });

  it('keep every placeholder of the English text, and name the number a plural counts by', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const rules = new Intl.PluralRules(dateLocaleOf(lang));
    const oneIsOnlyOne =
      [0, 1, 21, 31, 101].filter((n) => rules.select(n) === 'one').join() === '1';
    for (const key of KEYS) {
      const english = en[key];
      const counted = typeof english === 'string' ? undefined : 'count';
      const want = [...new Set(names(formsOf(english).at(-1)!))].filter((n) => n !== counted);
      const message = messages[key];
      for (const [form, text] of Object.entries(
        typeof message === 'string' ? { other: message } : message,
      )) {
        expect({ key, got: [...new Set(names(text))].filter((n) => n !== counted) }).toEqual({
          key,
          got: want,
        });
        if (counted && !(form === 'one' && oneIsOnlyOne))
          expect({ key, form, text }).toEqual({
            key,
            form,
            text: expect.stringContaining('{count}'),
          });
      }
    }
  });

  it('keep the typography of the language', () => {
    const texts = KEYS.flatMap((key) => formsOf(messages[key]));
    for (const text of texts) {
      if (lang === 'fr') {
        expect(text).not.toMatch(/[ \u00a0][:;?!»]|«[ \u00a0]/);
        expect(text).not.toMatch(/\w[;?!»]/);
      }
      if (lang === 'zh')
        expect(text).not.toMatch(/[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/);
      if (lang === 'ru' || lang === 'uk') expect(text).not.toMatch(/[“”"„]/);
    }
  });

  it('write every problem of broken files, place and message, with no English or placeholder left', () => {
    const found = corpus();
    expect(found.length).toBeGreaterThan(20);
    for (const p of found) {
      const text = shown(lang, p);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toContain(p.message);
      if (placePhrase(p.path)) expect(text.startsWith(p.path)).toBe(false);
    }
  });
});

describe('a French and a Russian reader', () => {
  const sheet =
    'Year,Month,Day,Headline,Source URL\n2022,2,30,A day that never was,https://example.org\n';

  it('read a spreadsheet problem with its row and column in their language', () => {
    const [p] = open(sheet, 'broken.csv');
    expect(shown('en', p!)).toBe(
      'row 2, column C (Day) has the day "30", which 2022-02 does not have',
    );
    expect(shown('fr', p!)).toBe(
      'ligne 2, colonne C (Day) a le jour «\u202f30\u202f», que 2022-02 n’a pas',
    );
    expect(shown('ru', p!)).toBe(
      'строка 2, столбец C (Day) указан день «30», которого нет в месяце 2022-02',
    );
  });

  it('read schema and reference problems of a Parley file at their JSON path', () => {
    const wire = validWire();
    wire.events[0]!.actors[0]!.actor = 'atlantis';
    (wire.events[1] as unknown as Record<string, unknown>).kind = 7;
    const found = problems(loadDataset(wire));
    expect(found.map((p) => shown('fr', p))).toEqual([
      'events[1].kind doit valoir l’une de ces valeurs\u202f: "visit", "call", "meeting", "vote", "statement", "document", "military", "sanctions", "economy", "legal"',
      'events[0].actors[0].actor renvoie à un identifiant inconnu\u202f: «\u202fatlantis\u202f» (acteur)',
    ]);
    expect(found.map((p) => shown('ru', p))).toEqual([
      'events[1].kind должно быть одним из значений: "visit", "call", "meeting", "vote", "statement", "document", "military", "sanctions", "economy", "legal"',
      'events[0].actors[0].actor ссылается на неизвестный идентификатор участника «atlantis»',
    ]);
  });

  it('read a failed download and a file too large in their language, with plural forms', async () => {
    vi.useFakeTimers();
    const never = () => new Promise<Response>(() => undefined);
    const pending = fetchDataset('http://x/d.json', never, 21_000);
    await vi.advanceTimersByTimeAsync(21_000);
    const result = await pending;
    vi.useRealTimers();
    const [timeout] = problems(result);
    expect(shown('fr', timeout!)).toBe(
      '(le fichier entier) n’a pas pu être chargé\u202f: le serveur n’a pas répondu en 21 secondes',
    );
    expect(shown('ru', timeout!)).toBe(
      '(весь файл) не удалось загрузить: сервер не ответил за 21 секунду',
    );
    expect(shown('ru', sizeProblem(60 * 1024 * 1024)!)).toBe(
      '(весь файл) занимает 60.0 МБ — больше, чем вкладка браузера может надёжно открыть (10.0 МБ); разделите его на файлы поменьше',
    );
  });
});

describe('placePhrase', () => {
  it.each([
    ['(the whole file)', { key: 'problem.place.file' }],
    ['row 3', { key: 'problem.place.row', vars: { row: '3' } }],
    ['row 1, column AB', { key: 'problem.place.column', vars: { row: '1', column: 'AB' } }],
    ['row 4, column Time', { key: 'problem.place.column', vars: { row: '4', column: 'Time' } }],
    [
      'row 12, column J (Headline)',
      { key: 'problem.place.cell', vars: { row: '12', letter: 'J', header: 'Headline' } },
    ],
    ['the row of Type "title"', { key: 'problem.place.titleRow' }],
  ])('reads %s', (path, phrase) => {
    expect(placePhrase(path)).toEqual(phrase);
  });

  it('leaves a JSON path alone', () => {
    expect(placePhrase('events[3].start_date')).toBeUndefined();
    expect(placePhrase('data=')).toBeUndefined();
  });
});
