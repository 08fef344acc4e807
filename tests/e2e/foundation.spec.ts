import { test, expect, waitForTimeline, seriousViolations } from './fixtures';

test.describe('the timeline and its panels', () => {
  test('shows the events in lanes per actor', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('China');
    await expect(page.locator('.vis-label .lane-label', { hasText: 'China' })).toBeVisible();
    await expect(page.locator('.vis-label .lane-label', { hasText: 'Russia' })).toBeVisible();
    expect(await page.locator('.vis-item').count()).toBeGreaterThan(10);
  });

  test('zoom presets change the visible window', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'The visit fortnight' }).click();
    await expect(page.getByRole('button', { name: 'The visit fortnight' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.vis-item', { hasText: 'state visit' }).first()).toBeVisible();
  });

  test('clicking an item opens its detail, and an actor opens the actor panel', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'The visit fortnight' }).click();
    // The visit itself (an item at the window's edge may sit under the lane labels).
    const item = page.locator('.vis-item', { hasText: 'state visit' });
    const title = (await item.textContent())?.replace('…', '').trim() ?? '';
    await item.click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(title.slice(0, 20));
    await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await panel
      .getByRole('button', { name: /Xi Jinping/ })
      .first()
      .click();
    await expect(panel.getByRole('heading', { level: 2, name: 'Xi Jinping' })).toBeVisible();
    await expect(panel.getByText('President of China')).toBeVisible();
  });

  test('clicking an aggregate zooms in until its events can be chosen', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const aggregate = page.locator('.vis-item.is-aggregate').first();
    const before = await page.locator('.vis-item:not(.is-aggregate)').count();
    await aggregate.click();
    await expect
      .poll(async () => page.locator('.vis-item:not(.is-aggregate)').count())
      .not.toBe(before);
  });

  test('a lane label opens that actor', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.locator('.vis-label', { hasText: 'Russia' }).first().click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Russia' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: /Events \(\d+\)/ })).toBeVisible();
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.vis-item:not(.is-aggregate)').first().click();
    await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the detail panel is a drawer that closes', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.locator('.vis-item:not(.is-aggregate)').first().click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect(panel).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.width).toBeGreaterThan(380);
    expect(box?.y).toBeGreaterThan(100);
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('a broken dataset', () => {
  test('shows every problem instead of a blank page', async ({ page }) => {
    await page.route('**/data/parley.json', async (route) => {
      const response = await route.fetch();
      const data = await response.json();
      data.events[0].date = '2022-02-31';
      data.events[1].actors[0].actor = 'atlantis';
      delete data.events[2].title;
      await route.fulfill({ response, json: data });
    });
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'This dataset cannot be shown' })).toBeVisible();
    const problems = page.getByRole('list', { name: 'Problems' }).getByRole('listitem');
    await expect(problems).toHaveCount(3);
    await expect(problems.nth(0)).toContainText('events[0].date');
    await expect(page.getByText('refers to unknown actor "atlantis"')).toBeVisible();
    await expect(page.getByText('events[2].title is missing')).toBeVisible();
  });

  test('reports a file that is not JSON', async ({ page }) => {
    await page.route('**/data/parley.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{ "meta": ' }),
    );
    await page.goto('./');
    await expect(page.getByText(/is not valid JSON/)).toBeVisible();
  });
});
