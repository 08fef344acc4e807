import type { Locator, Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';

/** Scrolls the view (the page's scroller: the app fills the window) by (x, y). */
async function scrollView(page: Page, x: number, y: number) {
  await page.locator('.main-view').evaluate((el, [dx, dy]) => el.scrollBy(dx!, dy!), [x, y]);
}

/** Scrolls the view down until the table's header row would have left it by `past` px. */
async function scrollPastHeader(page: Page, past: number) {
  await page.locator('.main-view').evaluate((el, by) => {
    const head = el.querySelector('thead')!.getBoundingClientRect().top;
    el.scrollBy(0, head - el.getBoundingClientRect().top + by);
  }, past);
}

/** The view's visible box. */
const viewBox = (page: Page) =>
  page.locator('.main-view').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, right: r.right, bottom: r.bottom };
  });

/** Whether the header cell is on top at its own centre (not covered, not scrolled away). */
const onTop = (cell: Locator) =>
  cell.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });

test.describe('sticky table headers', () => {
  // Long tables and axe over them: slow on a busy machine.
  test.slow();

  test('the positions matrix fits 1366 px and keeps its column headers as the view scrolls', async ({
    page,
  }) => {
    await page.goto('./?view=matrix');
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const view = page.locator('.main-view');
    // Every column is in view at 1366 px: nothing to scroll sideways.
    expect(await view.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const header = table.getByRole('columnheader').nth(2);
    await scrollPastHeader(page, 250);
    expect(await view.evaluate((el) => el.scrollTop)).toBeGreaterThan(250);
    const box = await viewBox(page);
    await expect
      .poll(async () => Math.abs((await header.boundingBox())!.y - box.top))
      .toBeLessThanOrEqual(2);
    expect(await onTop(header)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('on a narrow screen the matrix scrolls sideways with the actor column frozen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto('./?view=matrix');
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const actor = table.getByRole('rowheader').first();
    await scrollView(page, 400, 0);
    await scrollPastHeader(page, 150);
    const box = await viewBox(page);
    expect(await page.locator('.main-view').evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    await expect
      .poll(async () => Math.abs((await actor.boundingBox())!.x - box.left))
      .toBeLessThanOrEqual(2);
    // Half-way down the view, at its left edge, is an actor's name, over the cells scrolled under.
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.getAttribute('scope') ?? null,
      { x: box.left + 12, y: (box.top + box.bottom) / 2 },
    );
    expect(hit).toBe('row');
    const corner = table.getByRole('columnheader').first();
    await expect
      .poll(async () => Math.abs((await corner.boundingBox())!.y - box.top))
      .toBeLessThanOrEqual(2);
  });

  test('the UN votes table keeps its state columns (China, Russia…) as the view scrolls', async ({
    page,
  }) => {
    await page.goto('./?view=votes');
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const china = table.getByRole('columnheader', { name: 'China' });
    await expect(china).toBeVisible();
    await scrollPastHeader(page, 400);
    expect(await page.locator('.main-view').evaluate((el) => el.scrollTop)).toBeGreaterThan(400);
    const box = await viewBox(page);
    await expect
      .poll(async () => Math.abs((await china.boundingBox())!.y - box.top))
      .toBeLessThanOrEqual(2);
    expect(await onTop(china)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
