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

// The reader sees the frame, then the app's timeline in its place: nothing on the page may jump
// meanwhile (the lanes restacked a frame after the first draw; the embed's credits moved down
// when the timeline arrived). Layout shifts not caused by input, summed as CLS counts them.
const layouts = [
  { name: 'a phone', query: '', viewport: { width: 390, height: 844 } },
  { name: 'a phone, embedded', query: '?embed=1', viewport: { width: 390, height: 844 } },
  { name: 'a laptop', query: '', viewport: { width: 1366, height: 768 } },
];
for (const { name, query, viewport } of layouts) {
  test(`on ${name}, nothing moves while the page loads (${query || 'default view'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: { value: number; what: string }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node | null }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          const what = (entry.sources ?? [])
            .map((s) => (s.node instanceof Element ? s.node.className || s.node.tagName : '?'))
            .join(', ');
          shifts.push({ value: entry.value, what });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`./${query}`);
    await waitForTimeline(page);
    // What the first redraws might still move (vis redraws at the next frames, then on resize).
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(
      () => (window as unknown as { shifts: { value: number; what: string }[] }).shifts,
    );
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    await context.close();
  });
}

test('another view chosen before the timeline has drawn takes the frame away at once', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The timeline's chunk comes late, so the timeline cannot draw (and retire the frame) first.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/TimelineView-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Position paper', exact: true })
    .click();
  // At once: not after the longest the frame may wait for the timeline (MAX_OVERLAP_MS, 1.5 s).
  await expect(page.locator('#prerender')).toHaveCount(0, { timeout: 500 });
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
    390,
  );
  release();
});
