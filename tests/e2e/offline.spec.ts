import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForTimeline } from './fixtures';

const WORKER_FILE = new URL('../../dist/sw.js', import.meta.url);

/** Resolves once the page's service worker is activated (so it has precached the app). */
async function workerReady(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== 'activated')
      await new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)),
      );
    return worker.state;
  });
  expect(state).toBe('activated');
}

async function registrations(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
}

test.use({ serviceWorkers: 'allow' });

test.describe('offline and installable', () => {
  test('after a first visit, the app opens offline with its dataset; views and exports work', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await workerReady(page);
    await expect(page.getByText(/The dataset could not be fetched/)).toHaveCount(0);
    await context.setOffline(true);
    await page.reload();
    await waitForTimeline(page);
    // The saved copy of the dataset is shown, and the reader is told so.
    await expect(
      page.getByText(/The dataset could not be fetched, so this is the copy saved/),
    ).toBeVisible();
    const drawn = await page.locator('.vis-item').count();
    expect(drawn).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.locator('.list-entry').first()).toBeVisible();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Events as CSV' }).click(),
    ]);
    const body = fs.readFileSync(await file.path(), 'utf8');
    expect(body.split('\n').length).toBeGreaterThan(100);
    await context.setOffline(false);
  });

  test('an address with parameters opens offline too, saying which copy of the dataset it shows', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await workerReady(page);
    // Online and controlled: the worker fetches the dataset from the network and saves a copy.
    await page.reload();
    await waitForTimeline(page);
    await context.setOffline(true);
    await page.goto('./?view=list&q=samarkand');
    await expect(page.locator('.list-entry').first()).toContainText('Samarkand');
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(),
    );
    await expect(page.getByText(`this is the copy saved on ${today}`)).toBeVisible();
    await context.setOffline(false);
  });

  test('offers a reload when a new version is deployed, without blocking the page', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await workerReady(page);
    // A returning reader: the page is now controlled by the installed version.
    await page.reload();
    await waitForTimeline(page);
    const original = fs.readFileSync(WORKER_FILE, 'utf8');
    try {
      fs.writeFileSync(WORKER_FILE, `${original}\n// the next version\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const notice = page
        .getByRole('status')
        .filter({ hasText: 'A new version of Parley is available.' });
      await expect(notice).toBeVisible();
      // The page still works while the notice shows.
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await expect(page.locator('.list-entry').first()).toBeVisible();
      const waiting = () =>
        page.evaluate(async () =>
          Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
        );
      expect(await waiting()).toBe(true);
      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await expect(page.locator('.list-entry').first()).toBeVisible();
      await expect(notice).toHaveCount(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe(
        'activated',
      );
    } finally {
      fs.writeFileSync(WORKER_FILE, original);
    }
  });

  test('an embed registers no service worker; the app does', async ({ page }) => {
    await page.goto('./?embed=1');
    await waitForTimeline(page);
    await page.waitForLoadState('load');
    // Long enough for the app's own registration (see below) to have happened.
    await page.waitForTimeout(1500);
    expect(await registrations(page)).toBe(0);
    await page.goto('./');
    await waitForTimeline(page);
    await workerReady(page);
    expect(await registrations(page)).toBe(1);
  });

  test('the web app manifest names the app and its icons', async ({ page, request }) => {
    await page.goto('./');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const url = new URL(href!, page.url()).href;
    const manifest = (await (await request.get(url)).json()) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toContain('Parley');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const icon of manifest.icons) {
      const response = await request.get(new URL(icon.src, url).href);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });
});
