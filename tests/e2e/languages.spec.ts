/**
 * The five interface languages in the built app: each loads its own chunk on demand, sets
 * <html lang>, the page title, the buttons, the axis and the dates, and writes the bad-link notice
 * in its language; and no visible interface string stays English.
 */
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
    const selector =
      'button, h1, h2, h3, h4, label, legend, th, caption, summary, [role="status"] p, [role="status"] li, .panel-kicker, dt';
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    const own = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[lang="en"], select').forEach((e) => e.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const texts = [...document.querySelectorAll(selector)]
      .filter((el) => visible(el) && !el.closest('body [lang="en"]'))
      .map(own);
    const labels = [...document.querySelectorAll('[aria-label]')]
      .filter((el) => !el.closest('body [lang="en"]'))
      .map((el) => el.getAttribute('aria-label') ?? '');
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
