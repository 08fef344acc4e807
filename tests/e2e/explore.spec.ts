import { test, expect, waitForTimeline, seriousViolations } from './fixtures';

const panel = (page: import('@playwright/test').Page) =>
  page.getByRole('complementary', { name: 'Details' });

test.describe('search, filters and the list', () => {
  test('search finds events with typos, highlights them and selects one', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
    await page.keyboard.type('samarkan');
    const results = page.getByRole('list', { name: 'Best matches' });
    await expect(results.getByRole('button').first()).toContainText('Samarkand');
    await expect(results.locator('mark').first()).toBeVisible();
    await expect(page.locator('.vis-item.is-dimmed').first()).toBeAttached();
    await results.getByRole('button').first().click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Samarkand');
    expect(new URL(page.url()).searchParams.get('q')).toBe('samarkan');
  });

  test('filters show counts, narrow the timeline and the list, and clear all', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const total = await page.locator('.shown-count').textContent();
    await page.getByRole('button', { name: 'Filters' }).click();
    const votes = page.getByRole('checkbox', { name: /^UN vote \((\d+)\)$/ });
    const label = await page.locator('label', { hasText: /^UN vote/ }).textContent();
    const count = Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(10);
    await votes.check();
    await expect(page.locator('.shown-count')).toHaveText(`${count} of ${total?.split(' of ')[1]}`);
    await expect(page.locator('.lane-label', { hasText: 'UN' })).toBeVisible();
    await expect(page.locator('.vis-label:visible .lane-label', { hasText: 'EU' })).toHaveCount(0);
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.locator('.list-entry')).toHaveCount(count);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.locator('.shown-count')).toHaveText(total ?? '');
  });

  test('the list view groups by month and is axe clean', async ({ page }) => {
    await page.goto('./?view=list');
    await expect(page.getByRole('heading', { level: 3, name: 'February 2022' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'March 2023' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the timeline view is axe clean with filters open', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('deep links and history', () => {
  test('a copied link restores event, window and filters in a fresh browser', async ({
    page,
    browser,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Early 2023' }).click();
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^China \(/ }).check();
    await page.getByRole('button', { name: 'List' }).click();
    await page.locator('.list-entry', { hasText: 'position paper' }).first().click();
    const title = await panel(page).getByRole('heading', { level: 2 }).textContent();
    await expect(page).toHaveURL(/event=/);
    const link = page.url();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(panel(other).getByRole('heading', { level: 2 })).toHaveText(title ?? '');
    await expect(other.getByRole('button', { name: 'List' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await other.getByRole('button', { name: 'Filters' }).click();
    await expect(other.getByRole('checkbox', { name: /^China \(/ })).toBeChecked();
    expect(new URL(link).searchParams.get('start')).toBe('2023-01-01');
    await fresh.close();
  });

  test('Back and Forward step through selections and views', async ({ page }) => {
    await page.goto('./?view=list');
    await page.locator('.list-entry').nth(0).click();
    const first = await panel(page).getByRole('heading', { level: 2 }).textContent();
    await page.locator('.list-entry').nth(3).click();
    const second = await panel(page).getByRole('heading', { level: 2 }).textContent();
    expect(second).not.toBe(first);
    await page.goBack();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(first ?? '');
    await page.goForward();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(second ?? '');
  });

  test('a hostile link shows what was ignored, and the rest still works', async ({ page }) => {
    await page.goto(
      './?event=2022-02-24-invasion&actors=china,atlantis&start=2022-13-45&kinds=<img src=x onerror=alert(1)>&utm_source=x',
    );
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('atlantis');
    await expect(notice).toContainText('utm_source');
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('special military');
    await notice.getByRole('button').first().click();
    await expect(notice).toBeHidden();
  });

  test('an unknown event id is reported, not a blank page', async ({ page }) => {
    await page.goto('./?event=no-such-event');
    await expect(page.getByText(/could not be used|was ignored/)).toBeVisible();
    await waitForTimeline(page);
  });
});

test.describe('keyboard only', () => {
  test('search → select → step with arrows → open actor → back', async ({ page }) => {
    await page.goto('./?view=list');
    await expect(page.locator('.list-entry').first()).toBeVisible();
    await page.keyboard.press('/');
    await page.keyboard.type('position paper');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const heading = panel(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    const first = await heading.textContent();
    await page.keyboard.press('Escape');
    await page.locator('body').press('ArrowRight');
    await expect(heading).not.toHaveText(first ?? '');
    await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toContainText(
      (await heading.textContent()) ?? '',
    );
    await page.locator('body').press('ArrowLeft');
    await expect(heading).toHaveText(first ?? '');
    const actor = panel(page).locator('.actor-chip').first();
    await actor.focus();
    await expect(actor).toBeFocused();
    const outline = await actor.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(panel(page).locator('.actor-panel')).toBeVisible();
    await page.goBack();
    await expect(heading).toHaveText(first ?? '');
  });
});
