/**
 * The prerendered first frame (build-plugins/prerender.ts): the default view's events show with
 * JavaScript off, the frame is accessible, a link with a query never shows it, and a dataset file
 * that differs from the prerendered one shows its own events, never the frame's.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForTimeline } from './fixtures';

const bundled = JSON.parse(fs.readFileSync('data/parley.json', 'utf8')) as {
  meta: { title: string };
  events: { id: string; title: string; date: string }[];
};
const firstEvent = [...bundled.events].sort((a, b) => a.date.localeCompare(b.date))[0]!;

/** Nothing of the app runs: its scripts come empty (the frame's own small script still runs). */
async function withoutTheApp(page: Page) {
  await page.route('**/assets/*.js', (route) =>
    route.request().url().includes('/prerender-gate-')
      ? route.continue()
      : route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
}

async function allViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

test('with JavaScript off, the default view shows the dataset’s events', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const frame = page.locator('#prerender');
  await expect(frame).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(bundled.meta.title);
  await expect(frame.getByText(firstEvent.title, { exact: true })).toBeVisible();
  const shown = await frame
    .locator('.pre-event:not(.pre-unshown)')
    .evaluateAll((els) =>
      els.filter((el) => el.getBoundingClientRect().width > 0).map((el) => el.textContent),
    );
  expect(shown.length).toBeGreaterThan(20);
  await context.close();
});

test('the prerendered frame is accessible', async ({ page }) => {
  await withoutTheApp(page);
  await page.goto('./');
  await expect(page.locator('#prerender')).toBeVisible();
  expect(await allViolations(page)).toEqual([]);
});

for (const query of ['?view=list', '?embed=1', `?event=${firstEvent.id}`, '?lang=fr']) {
  test(`a link with ${query} never shows the frame`, async ({ page }) => {
    await withoutTheApp(page);
    await page.goto(`./${query}`);
    await expect(page.locator('#prerender')).toBeHidden();
  });
}

test('the app replaces the frame: one heading, one timeline, nothing read twice', async ({
  page,
}) => {
  await page.goto('./');
  await waitForTimeline(page);
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('a dataset file other than the prerendered one shows its own events, never the frame’s', async ({
  page,
}) => {
  const swapped = structuredClone(bundled);
  for (const e of swapped.events) e.title = `Swapped: ${e.title}`;
  await page.route('**/data/parley.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(swapped) }),
  );
  // When the frame leaves, and when the app first renders anything of the dataset.
  await page.addInitScript(() => {
    const w = window as unknown as { frameGone?: number; appShown?: number };
    let frameSeen = false;
    new MutationObserver(() => {
      const frame = document.getElementById('prerender');
      frameSeen ||= frame !== null;
      if (frameSeen && w.frameGone === undefined && !frame) w.frameGone = performance.now();
      if (w.appShown === undefined && document.querySelector('#root .app'))
        w.appShown = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  await waitForTimeline(page);
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('.vis-item').filter({ hasText: 'Swapped: ' }).first()).toBeVisible();
  await expect(page.getByText(firstEvent.title, { exact: true })).toHaveCount(0);
  const { frameGone, appShown } = await page.evaluate(() => {
    const w = window as unknown as { frameGone: number; appShown: number };
    return { frameGone: w.frameGone, appShown: w.appShown };
  });
  // Gone as soon as the file was seen to differ: before the app rendered the new events.
  expect(frameGone).toBeLessThan(appShown);
});
