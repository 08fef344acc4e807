/** Presentation on a 1920×1080 projector: type a back row can read, sources, quotes, looks. */
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations, waitForTimeline } from './fixtures';
import { click, data, events, position, stage, startPresenting } from './classroom-data';

test.describe('on a 1920×1080 projector', () => {
  // Many steps, a PDF, and axe: slow on a busy machine.
  test.slow();

  test.use({ viewport: { width: 1920, height: 1080 } });

  const px = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  test('type a back row can read, the sources named, no blank band', async ({ page }) => {
    // The third event: its quotation fits beside its summary.
    const event = events[2] as (typeof events)[number] & { sources: string[] };
    await page.goto(`./?event=${event.id}&present=1`);
    await waitForTimeline(page);
    const region = stage(page);
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(event.title);
    await expect(region).toHaveAttribute('data-quote', 'inline');
    await expect(region.locator('blockquote')).toBeVisible();
    expect(await px(page, '.stage-title')).toBeGreaterThanOrEqual(56);
    expect(await px(page, '.stage-body')).toBeGreaterThanOrEqual(28);
    expect(await px(page, '.stage-event blockquote')).toBeGreaterThanOrEqual(28);
    expect(await px(page, '.timeline .vis-item')).toBeGreaterThanOrEqual(20);
    expect(await px(page, '.timeline .lane-label')).toBeGreaterThanOrEqual(20);
    const publishers = event.sources.map((id) => data.sources.find((s) => s.id === id)!.publisher);
    const sources = region.locator('.stage-sources');
    for (const p of publishers) await expect(sources).toContainText(p);
    await expect(sources).toContainText(/\d{1,2} \w{3} \d{4}/);
    expect(await px(page, '.stage-sources')).toBeGreaterThanOrEqual(20);
    // No blank band: the strip starts just below the slide's last line.
    const slideBottom = await region
      .locator('.stage-sources')
      .evaluate((el) => el.getBoundingClientRect().bottom);
    const stripTop = await page
      .locator('.timeline')
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(stripTop - slideBottom).toBeLessThanOrEqual(40);
    expect(stripTop - slideBottom).toBeGreaterThanOrEqual(0);
    expect(await region.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a quotation that does not fit gets a step of its own', async ({ page }) => {
    await startPresenting(page);
    const region = stage(page);
    // Find the first slide whose quotation was moved (the first events have long ones).
    let n = 1;
    while ((await region.getAttribute('data-quote')) !== 'apart' && n < 12) {
      await click(page, 'PageDown');
      n += 1;
      await position(page, n);
    }
    await expect(region).toHaveAttribute('data-quote', 'apart');
    await expect(region.locator('blockquote')).toBeHidden();
    await page.keyboard.press('PageDown');
    await position(page, n);
    await expect(region.locator('.stage-quote blockquote')).toBeVisible();
    expect(await px(page, '.stage-quote blockquote')).toBeGreaterThanOrEqual(28);
    await expect(region.locator('.stage-sources')).toBeVisible();
    expect(await region.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await page.keyboard.press('PageUp');
    await expect(region).toHaveAttribute('data-quote', 'apart');
    await expect(region.locator('.stage-body')).toBeVisible();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await position(page, n + 1);
  });

  for (const [look, name] of [
    ['contrast', 'High contrast'],
    ['dark', 'Dark room'],
  ] as const) {
    test(`the ${name.toLowerCase()} look`, async ({ page }) => {
      await startPresenting(page);
      await page.getByRole('button', { name }).click();
      await expect(page.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.app')).toHaveAttribute('data-look', look);
      const bg = await page.locator('.app').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(bg).toBe(look === 'dark' ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
