import { test, expect, seriousViolations } from './fixtures';
import type { Browser, Page } from '@playwright/test';

/** The legend and choices of the question shown. */
async function questionText(page: Page): Promise<string> {
  const group = page.getByRole('group');
  const legend = await group.locator('legend').textContent();
  const choices = await group
    .getByRole('radio')
    .evaluateAll((rs) => rs.map((r) => r.closest('label')?.textContent ?? ''));
  return [legend, ...choices].join(' | ');
}

/** The first `n` questions of a quiz, answering each with its first choice. */
async function firstQuestions(browser: Browser, n: number): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./?view=quiz&seed=1');
  const seen: string[] = [];
  for (let i = 0; i < n; i++) {
    await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible({ timeout: 15_000 });
    seen.push(await questionText(page));
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await context.close();
  return seen;
}

test.describe('the quiz', () => {
  // axe on a full page takes a while on a shared machine.
  test.describe.configure({ timeout: 90_000 });

  test('asks a question, takes an answer and explains it with its sources', async ({ page }) => {
    await page.goto('./?view=quiz&seed=1');
    await expect(page.getByRole('heading', { level: 2, name: 'Quiz' })).toBeVisible();
    await expect(page.getByText('Question 1 of 10')).toBeVisible();
    const radios = page.getByRole('group').getByRole('radio');
    expect(await radios.count()).toBeGreaterThanOrEqual(3);
    expect(await seriousViolations(page)).toEqual([]);
    await radios.nth(1).check();
    await page.getByRole('button', { name: 'Check' }).click();
    const verdict = page.locator('#quiz-verdict');
    await expect(verdict).toHaveText(/^(Right!|Not quite\. The answer is: .+\.)$/);
    await expect(verdict).toBeFocused();
    const feedback = page.getByRole('region', { name: /Right!|Not quite/ });
    const link = feedback.getByRole('link').first();
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(feedback.getByRole('button', { name: 'Show on the timeline' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the same seed asks the same questions in a fresh browser', async ({ browser }) => {
    const first = await firstQuestions(browser, 3);
    const again = await firstQuestions(browser, 3);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  test('can be answered with the keyboard alone', async ({ page }) => {
    await page.goto('./?view=quiz&seed=1');
    const radios = page.getByRole('group').getByRole('radio');
    await radios.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('#quiz-verdict')).toBeFocused();
    await page.getByRole('button', { name: 'Next question' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Question 2 of 10')).toBeFocused();
  });

  test('shows the answer on the timeline, and New quiz shares a new seed', async ({ page }) => {
    await page.goto('./?view=quiz&seed=1');
    await page.getByRole('button', { name: 'New quiz' }).click();
    await expect(page).toHaveURL(/[?&]view=quiz&seed=\d+$/);
    expect(page.url()).not.toMatch(/seed=1$/);
    await page.goBack();
    await expect(page).toHaveURL(/seed=1$/);
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Show on the timeline' }).click();
    await expect(page).toHaveURL(/[?&]event=/);
    await expect(page.locator('.vis-item.vis-selected:not(.vis-dot)')).toBeVisible();
  });

  test('fills the projector in presentation mode', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?view=quiz&seed=1&present=1');
    const legend = page.getByRole('group').locator('legend');
    await expect(legend).toBeVisible({ timeout: 15_000 });
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    expect(await page.locator('.quiz-choice').first().evaluate(size)).toBeGreaterThanOrEqual(28);
    expect(await legend.evaluate(size)).toBeGreaterThanOrEqual(32);
    await expect(page.locator('.presentation-stage')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
