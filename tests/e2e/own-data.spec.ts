/**
 * Your own data: a dataset from another address (`?data=`, with and without CORS), from the file
 * picker and from a drop; kept over a reload; a broken file shows its problems and none of the
 * bundled events; and the way back to the bundled dataset.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';

const TEMPLATES = path.join(import.meta.dirname, '../../data/templates');
const TJS = fs.readFileSync(path.join(TEMPLATES, 'parley-timelinejs-template.json'), 'utf8');
const CSV = fs.readFileSync(path.join(TEMPLATES, 'parley-template.csv'), 'utf8');
const TEMPLATE_TITLE = 'Three days of the chronology (template)';
const PAPER_TITLE = 'China publishes 12-point position paper on the Ukraine crisis';
const BUNDLED_TITLE = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../../data/parley.json'), 'utf8'),
) as { meta: { title: string } };
/** A bundled event that is not among the template's three. */
const BUNDLED_ONLY = "Xi Jinping's state visit to Moscow";
const BROKEN_CSV =
  'Year,Month,Day,Headline,Source URL\n2022,2,30,A day that never was,https://example.org\n';

/** Another origin: the files, with CORS headers except under /closed/. */
const FILES: Record<string, string> = { 't.json': TJS, 'sheet.csv': CSV, 'broken.csv': BROKEN_CSV };
let server: http.Server;
let origin = '';

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = FILES[path.basename(url.pathname)];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'Content-Type': 'text/plain; charset=utf-8' };
    if (!url.pathname.startsWith('/closed/')) headers['Access-Control-Allow-Origin'] = '*';
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function withData(file: string, extra = ''): string {
  return `./?${extra}data=${encodeURIComponent(`${origin}/${file}`)}`;
}

async function listTitles(page: Page): Promise<string[]> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'List' })
    .click();
  await expect(page.locator('.list-entry').first()).toBeVisible();
  return page.locator('.list-entry-title').allInnerTexts();
}

async function chooseFile(page: Page, name: string, body: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Open (a|another) file…/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });
}

test.describe('a dataset from another address (?data=)', () => {
  test('a TimelineJS file with CORS shows its events, and a shared link keeps data=', async ({
    page,
    context,
  }) => {
    test.slow(); // a long journey: two tabs, the share dialog and axe
    await page.goto(withData('t.json'));
    await expect(page.getByRole('heading', { level: 1, name: TEMPLATE_TITLE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dataset shown' })).toContainText(
      `${origin}/t.json`,
    );
    expect(await listTitles(page)).toHaveLength(3);
    await expect(page.getByText(BUNDLED_ONLY)).toHaveCount(0);

    await page.locator('.list-entry', { hasText: PAPER_TITLE }).click();
    await expect(page).toHaveURL(/event=2023-02-24-china-position-paper/);
    expect(new URL(page.url()).searchParams.get('data')).toBe(`${origin}/t.json`);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('data')).toBe(`${origin}/t.json`);
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toContain(encodeURIComponent(`${origin}/t.json`));
    await page.keyboard.press('Escape');

    // The shared link opens the same data in a fresh tab.
    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: TEMPLATE_TITLE })).toBeVisible();
    await expect(other.getByRole('heading', { level: 2, name: PAPER_TITLE })).toBeVisible();
    await other.close();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a CSV with CORS shows its events', async ({ page }) => {
    await page.goto(withData('sheet.csv', 'view=list&'));
    await expect(page.getByRole('heading', { level: 1, name: TEMPLATE_TITLE })).toBeVisible();
    await expect(page.locator('.list-entry')).toHaveCount(3);
    await expect(page.locator('.list-entry-title', { hasText: PAPER_TITLE })).toBeVisible();
    // A dataset from a link leaves nothing behind in the browser's storage for this origin.
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('parley', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('own-data');
          open.onsuccess = () => {
            const get = open.result.transaction('own-data').objectStore('own-data').get('current');
            get.onsuccess = () => resolve(get.result ?? null);
          };
        }),
    );
    expect(stored).toBeNull();
  });

  test('a server without CORS gets a problem that says so, and no bundled events', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(withData('closed/t.json'));
    await expect(page.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
      'Access-Control-Allow-Origin',
    );
    await expect(page.locator('.vis-item')).toHaveCount(0);
    await expect(page.getByText(BUNDLED_TITLE.meta.title)).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    // The browser itself logs the blocked request; that is the expected outcome here.
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((e) => !/CORS|Failed to load resource|net::ERR_FAILED/.test(e)),
    );
  });
});

test.describe('problems in the reader’s language', () => {
  test('?lang=fr with a broken ?data= file shows its problems in French and none of the bundled events', async ({
    page,
  }) => {
    await page.goto(withData('broken.csv', 'lang=fr&'));
    await expect(
      page.getByRole('heading', { name: 'Ce jeu de données ne peut pas être affiché' }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Problèmes' })).toHaveText(
      'ligne 2, colonne C (Day) a le jour «\u202f30\u202f», que 2022-02 n’a pas',
    );
    await expect(
      page.getByRole('button', { name: 'Revenir au jeu de données fourni' }),
    ).toBeVisible();
    await expect(page.locator('.vis-item')).toHaveCount(0);
    await expect(page.getByText(BUNDLED_ONLY)).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('?lang=ru with a server without CORS says so in Russian', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(withData('closed/t.json', 'lang=ru&'));
    await expect(
      page.getByRole('heading', { name: 'Этот набор данных невозможно показать' }),
    ).toBeVisible();
    const list = page.getByRole('list', { name: 'Проблемы' });
    await expect(list).toContainText('(весь файл) не удалось получить по адресу');
    await expect(list).toContainText('«Access-Control-Allow-Origin»');
    await expect(page.locator('.vis-item')).toHaveCount(0);
    consoleErrors.splice(
      0,
      consoleErrors.length,
      ...consoleErrors.filter((e) => !/CORS|Failed to load resource|net::ERR_FAILED/.test(e)),
    );
  });
});

test.describe('a file from the reader', () => {
  test('opened with the picker, kept over a reload, then back to the bundled dataset', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Open a file…' })).toBeVisible();
    await chooseFile(page, 'class.csv', CSV);
    await expect(page.getByRole('heading', { level: 1, name: TEMPLATE_TITLE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dataset shown' })).toContainText('class.csv');
    expect(await listTitles(page)).toHaveLength(3);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: TEMPLATE_TITLE })).toBeVisible();
    expect(await listTitles(page)).toHaveLength(3);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: BUNDLED_TITLE.meta.title }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dataset shown' })).toHaveCount(0);
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: BUNDLED_TITLE.meta.title }),
    ).toBeVisible();
  });

  test('dropped on the page', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Open a file…' })).toBeVisible();
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'slides.json', { type: 'application/json' }));
      return dt;
    }, TJS);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
    await expect(page.getByText('Drop the file to open it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByRole('heading', { level: 1, name: TEMPLATE_TITLE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dataset shown' })).toContainText('slides.json');
  });

  test('a broken file shows its problems, none of the bundled events, and the ways on', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Open a file…' })).toBeVisible();
    await chooseFile(page, 'broken.csv', BROKEN_CSV);
    await expect(page.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Problems' })).toHaveText(
      'row 2, column C (Day) has the day "30", which 2022-02 does not have',
    );
    await expect(page.locator('.vis-item')).toHaveCount(0);
    await expect(page.getByText(BUNDLED_ONLY)).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await chooseFile(page, 'class.csv', CSV);
    await expect(page.getByRole('heading', { level: 1, name: TEMPLATE_TITLE })).toBeVisible();
  });
});
