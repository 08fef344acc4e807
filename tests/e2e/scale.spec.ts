import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { syntheticFile } from '../helpers/synthetic-file';

const EVENTS = 20_000;
let body: string | undefined;

async function serveLargeFile(page: Page): Promise<void> {
  body ??= syntheticFile(EVENTS);
  await page.route('**/data/parley.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

test.describe(`a file of ${EVENTS.toLocaleString('en')} events`, () => {
  // A 14 MB file through the test's network interception, on a shared machine: allow for it.
  test.describe.configure({ timeout: 180_000 });

  test('the list holds only what is on screen, scrolls to the end and to a chosen event', async ({
    page,
  }) => {
    await serveLargeFile(page);
    await page.goto('./?view=list');
    const entries = page.locator('.list-entry');
    await expect(entries.first()).toBeVisible({ timeout: 90_000 });
    expect(await entries.count()).toBeLessThan(120);
    // Scrolled to the very end, the last month's last entries are drawn (and still few).
    await page.locator('.main-view').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(page.getByRole('listitem').filter({ has: entries }).last()).toHaveAttribute(
      'aria-posinset',
      /\d+/,
    );
    await expect
      .poll(async () =>
        page
          .locator('li[data-row-id]')
          .last()
          .evaluate((li) => li.getAttribute('aria-posinset') === li.getAttribute('aria-setsize')),
      )
      .toBe(true);
    await expect(entries.last()).toBeInViewport();
    expect(await entries.count()).toBeLessThan(120);
    // Choosing an event far away (by its address) scrolls the list to it.
    await page.goto('./?view=list&event=synthetic-2022-09-15-10830');
    await expect(page.locator('.list-entry[aria-current="true"]')).toBeInViewport({
      timeout: 90_000,
    });
    expect(await entries.count()).toBeLessThan(120);
  });

  // The status must be readable while the file is checked: the checks run a slice at a time.
  test('loads with a progress indicator, then stays interactive: typing in search is handled within a frame budget', async ({
    page,
  }) => {
    await serveLargeFile(page);
    await page.goto('./');
    // While the file loads, the page says how far it has got: megabytes, then events.
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Loading the dataset: [\d.]+ of 1\d\.\d MB|Checking 20,000 events/ }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.vis-item').first()).toBeVisible({ timeout: 90_000 });
    const box = page.getByRole('searchbox', { name: 'Search events' });
    await box.click();
    // The longest wait between a key press and the browser handling its input event, in the page.
    await page.evaluate(() => {
      const w = window as unknown as { inputDelays: number[] };
      w.inputDelays = [];
      document.addEventListener(
        'input',
        (e) => w.inputDelays.push(performance.now() - e.timeStamp),
        true,
      );
    });
    await page.keyboard.type('sanctions', { delay: 120 });
    // The index is built in a worker (from about 1.5 s after the first draw): allow for it.
    await expect(
      page
        .getByRole('list', { name: 'Best matches' })
        .and(page.locator('[data-query="sanctions"]')),
    ).toBeVisible({ timeout: 30_000 });
    const delays = await page.evaluate(
      () => (window as unknown as { inputDelays: number[] }).inputDelays,
    );
    expect(delays).toHaveLength('sanctions'.length);
    console.log(
      `search input on ${EVENTS} events: longest input delay ${Math.max(...delays).toFixed(0)} ms (` +
        `${delays.map((d) => d.toFixed(0)).join(', ')})`,
    );
  });
});
