/**
 * The five interface languages in the built app: each loads its own chunk on demand, sets
 * <html lang>, the page title, the buttons, the axis and the dates, and writes the bad-link notice
 * in its language; and no visible interface string stays English.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';

const EVENT = '2022-02-24-invasion';

const LANGUAGES = [
  {
    code: 'fr',
    tag: 'fr',
    title: 'Parley — chronologie diplomatique',
    views: 'Vues',
    timeline: 'Frise',
    day: '24 février 2022',
    axis: /avr\.|juil\.|oct\.|janv\./,
    notice: '1 partie de ce lien n’a pas pu être utilisée et a été ignorée.',
    reason: 'theme=sepia\u202f: Valeurs possibles\u202f: auto, light, dark.',
  },
  {
    code: 'zh',
    tag: 'zh-Hans',
    title: 'Parley——外交时间轴',
    views: '视图',
    timeline: '时间轴',
    day: '2022年2月24日',
    axis: /\d+月/,
    notice: '此链接中有1处无法使用，已被忽略。',
    reason: 'theme=sepia：只能是以下之一：auto, light, dark。',
  },
  {
    code: 'ru',
    tag: 'ru',
    title: 'Parley — дипломатическая хронология',
    views: 'Представления',
    timeline: 'Шкала времени',
    day: '24 февраля 2022 г.',
    axis: /апр\.|июль|окт\./,
    notice: '1 часть этой ссылки не удалось использовать, она пропущена.',
    reason: 'theme=sepia: Допустимые значения: auto, light, dark.',
  },
  {
    code: 'uk',
    tag: 'uk',
    title: 'Parley — дипломатична хроніка',
    views: 'Подання',
    timeline: 'Часова шкала',
    day: '24 лютого 2022 р.',
    axis: /квіт\.|лип\.|жовт\./,
    notice: '1 частину цього посилання не вдалося використати, її пропущено.',
    reason: 'theme=sepia: Допустимі значення: auto, light, dark.',
  },
] as const;

/** The dataset is large and this machine shared: allow the first draw more than the default. */
async function waitForTimeline(page: Page): Promise<void> {
  await expect(page.locator('.vis-item').first()).toBeVisible({ timeout: 30_000 });
}

const CODES = LANGUAGES.map((l) => l.code);
const chunkOf = (code: string) => new RegExp(`/assets/${code}-[\\w-]+\\.js$`);

/** The URLs of the language chunks the page fetches. */
function recordChunks(page: Page): string[] {
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (CODES.some((c) => chunkOf(c).test(r.url()))) chunks.push(r.url());
  });
  return chunks;
}

test('English loads no language chunk; choosing one loads it then', async ({ page }) => {
  const chunks = recordChunks(page);
  await page.goto('./');
  await waitForTimeline(page);
  expect(chunks).toEqual([]);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('uk');
  await expect(page.getByRole('navigation', { name: 'Подання' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  expect(chunks).toHaveLength(1);
  expect(chunks[0]).toMatch(chunkOf('uk'));
});

for (const l of LANGUAGES) {
  test(`?lang=${l.code}: its chunk only, <html lang>, title, buttons, axis, dates, notice, axe`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const chunks = recordChunks(page);
    await page.goto(`./?lang=${l.code}&event=${EVENT}&theme=sepia`);
    await waitForTimeline(page);
    await expect(page.locator('html')).toHaveAttribute('lang', l.tag);
    await expect(page).toHaveTitle(l.title);
    const tabs = page.getByRole('navigation', { name: l.views });
    await expect(tabs.getByRole('button', { name: l.timeline })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.locator('.panel-kicker time')).toHaveText(l.day);
    const axis = (await page.locator('.vis-time-axis .vis-text').allTextContents()).join(' ');
    expect(axis).toMatch(l.axis);
    const notice = page.getByRole('status').filter({ hasText: l.notice });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('listitem')).toHaveText(l.reason);
    expect(chunks.map((u) => CODES.find((c) => chunkOf(c).test(u)))).toEqual([l.code]);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

/**
 * The interface's own words on the page: buttons, headings, labels, captions, notices and
 * aria-labels, without the dataset's English (inside `lang="en"`) or the picker's options.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'button, h1, h2, h3, h4, label, legend, th, caption, summary, [role="status"] p, [role="status"] li, .panel-kicker, dt',
      // The own-data bar, the problem list and what follows it, the legend, the loading line.
      '.dataset-bar p, .dataset-errors p, .dataset-errors li, .timeline-legend p, .timeline-legend li, p.loading',
    ].join(', ');
    // Folded parts (the legend) are opened, so that their words count as visible.
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    const own = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[lang="en"], select').forEach((e) => e.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const texts = [...document.querySelectorAll(selector)]
      .filter((el) => visible(el) && !el.closest('body [lang="en"]'))
      .map(own);
    // Titles of the file picker's buttons (its hint); other titles may quote the dataset.
    const labels = [
      ...document.querySelectorAll('[aria-label], button[title]:has(+ input[type="file"])'),
    ]
      .filter((el) => !el.closest('body [lang="en"]'))
      .flatMap((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']);
    return [...texts, ...labels].filter((t) => /\p{L}{2}/u.test(t));
  });
}

/** French words that are the English ones too (country names among them). */
const SAME_IN_FRENCH = new Set([
  'Document',
  'Sources',
  'Positions',
  'Dates',
  'Quiz',
  'Vote',
  'Sanctions',
  'France',
  'Ukraine',
]);

const PAGES = [`./?event=${EVENT}&theme=sepia`, './?view=matrix', './?view=votes'];

test('no visible interface string in fr, zh, ru or uk is the English one', async ({ page }) => {
  test.setTimeout(240_000);
  const english = new Set<string>();
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('.app-header')).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(300);
    for (const text of await interfaceTexts(page)) english.add(text);
  }
  expect(english.size).toBeGreaterThan(40);
  for (const { code } of LANGUAGES) {
    const same: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${path}&lang=${code}`);
      await expect(page.locator('.app-header')).toBeVisible({ timeout: 30_000 });
      await page.waitForTimeout(300);
      for (const text of await interfaceTexts(page))
        if (english.has(text) && text !== 'Parley' && !(code === 'fr' && SAME_IN_FRENCH.has(text)))
          same.push(`${path}: ${text}`);
    }
    expect({ code, same: [...new Set(same)] }).toEqual({ code, same: [] });
  }
});

const TEMPLATE = fs.readFileSync(
  path.join(import.meta.dirname, '../../data/templates/parley-template.csv'),
  'utf8',
);
/** Files on "another server" (answered by the test, with CORS): a good sheet and a broken one. */
const OWN_FILES: Record<string, string> = {
  'class.csv': TEMPLATE,
  'broken.csv':
    'Year,Month,Day,Headline,Source URL\n2022,2,30,A day that never was,https://example.org\n',
};

async function serveOwnFiles(page: Page): Promise<void> {
  await page.route('https://files.example.org/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/csv; charset=utf-8',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: OWN_FILES[path.basename(new URL(route.request().url()).pathname)] ?? '',
    }),
  );
}

/** The loading line, caught while the bundled dataset is held back. */
async function loadingTexts(page: Page, query: string): Promise<string[]> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/parley.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./${query}`);
  await expect(page.locator('p.loading')).not.toBeEmpty();
  const texts = [...(await interfaceTexts(page)), await page.locator('p.loading').innerText()];
  release();
  await page.unroute('**/data/parley.json');
  return texts;
}

const OWN_PAGES = [
  `./?data=${encodeURIComponent('https://files.example.org/class.csv')}`,
  `./?data=${encodeURIComponent('https://files.example.org/broken.csv')}`,
];

async function ownDataTexts(page: Page, lang: string): Promise<string[]> {
  const texts = await loadingTexts(page, lang ? `?lang=${lang}` : '');
  for (const [i, url] of OWN_PAGES.entries()) {
    await page.goto(lang ? `${url}&lang=${lang}` : url);
    await expect(page.locator(i === 0 ? '.dataset-bar' : '.dataset-errors li').first()).toBeVisible(
      { timeout: 30_000 },
    );
    await page.waitForTimeout(300);
    texts.push(...(await interfaceTexts(page)));
  }
  return texts;
}

test('no English in the own-data bar, the problem list, the file picker, the legend or the loading line', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await serveOwnFiles(page);
  const english = new Set(await ownDataTexts(page, ''));
  for (const must of [
    'Loading the chronology…',
    'Open another file…',
    'A Parley JSON file, a TimelineJS JSON file, or a spreadsheet saved as CSV',
    'Back to the bundled dataset',
    'row 2, column C (Day) has the day "30", which 2022-02 does not have',
    'Approximate date',
  ])
    expect([...english]).toContainEqual(expect.stringContaining(must));
  for (const { code } of LANGUAGES) {
    const same = (await ownDataTexts(page, code)).filter(
      (text) =>
        english.has(text) && text !== 'Parley' && !(code === 'fr' && SAME_IN_FRENCH.has(text)),
    );
    expect({ code, same: [...new Set(same)] }).toEqual({ code, same: [] });
  }
});

test.describe('before the app runs (no JavaScript)', () => {
  test.use({ javaScriptEnabled: false });

  test('the title is the name alone, and the noscript text is in all five languages', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page).toHaveTitle('Parley');
    const texts = {
      en: 'Parley needs JavaScript to show the interactive timeline.',
      fr: 'Parley a besoin de JavaScript pour afficher la chronologie interactive.',
      'zh-Hans': 'Parley 需要 JavaScript 才能显示交互式时间轴。',
      ru: 'Для показа интерактивной хронологии Parley нужен JavaScript.',
      uk: 'Для показу інтерактивної хроніки Parley потрібен JavaScript.',
    };
    for (const [lang, text] of Object.entries(texts))
      await expect(page.locator(`noscript p[lang="${lang}"]`)).toHaveText(text);
  });
});
