import type { Page } from '@playwright/test';
import { test, expect, waitForTimeline, seriousViolations } from './fixtures';
import {
  click,
  events,
  EVENT_COUNT,
  expectSelectedItemInView,
  position,
  stage,
  startPresenting,
  story,
} from './classroom-data';

test.use({ viewport: { width: 1280, height: 720 } });

test.describe('presentation mode', () => {
  test('steps with the clicker keys and shows "Event N of M"', async ({ page }) => {
    await startPresenting(page);
    await position(page, 1);
    const title = stage(page).getByRole('heading', { level: 2 });
    await expect(title).toHaveText(events[0]!.title);
    await click(page, 'PageDown');
    await position(page, 2);
    await click(page, 'Space');
    await position(page, 3);
    await click(page, 'PageUp');
    await position(page, 2);
    await click(page, 'ArrowRight');
    await position(page, 3);
    await click(page, 'Shift+Space');
    await position(page, 2);
    await click(page, 'ArrowLeft');
    await position(page, 1);
    await click(page, 'End');
    await position(page, EVENT_COUNT);
    await expect(title).toHaveText(events.at(-1)!.title);
    await click(page, 'Home');
    await position(page, 1);
  });

  test('steps through every event (the dataset shown unfiltered), the timeline following', async ({
    page,
  }) => {
    test.slow(); // some 95 steps, each checked for a quotation moved to its own step
    await startPresenting(page);
    const title = stage(page).getByRole('heading', { level: 2 });
    // Events in lanes far down the list (AIIB, NATO…): the lanes scroll to show them. The
    // longest summary (event 96): the stage still does not scroll.
    let current = 1;
    for (const n of [1, 12, 36, 45, 81, 96]) {
      for (; current < n; current++) await click(page, 'PageDown');
      await position(page, n);
      await expect(title).toHaveText(events[n - 1]!.title);
      await expect(page.locator('.vis-item.vis-selected:not(.vis-dot)')).toContainText(
        events[n - 1]!.title.slice(0, 12),
      );
      await expectSelectedItemInView(page);
      expect(
        await stage(page).evaluate((el) => el.scrollHeight <= el.clientHeight + 1),
        `the stage scrolls at event ${n}`,
      ).toBe(true);
    }
  });

  test('large type at 1280×720: title ≥ 28 px, body ≥ 20 px; little chrome', async ({ page }) => {
    await startPresenting(page);
    const px = (selector: string) =>
      stage(page)
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px('.stage-title')).toBeGreaterThanOrEqual(28);
    expect(await px('.stage-body')).toBeGreaterThanOrEqual(20);
    expect(await px('blockquote')).toBeGreaterThanOrEqual(20);
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Zoom to' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Exit' })).toBeVisible();
    await expect(page.locator('.vis-timeline')).toBeVisible();
    await expectSelectedItemInView(page);
  });

  test('announces the current event, date and title', async ({ page }) => {
    await startPresenting(page);
    await click(page, 'PageDown');
    const live = stage(page).locator('[aria-live="polite"]');
    await expect(live).toHaveText(new RegExp(`^\\d.*\\d{4}: ${escape(events[1]!.title)}$`));
  });

  test('Esc leaves, and the Present button has the focus again', async ({ page }) => {
    await startPresenting(page);
    await click(page, 'PageDown');
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).not.toHaveAttribute('data-mode', 'present');
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    // The event presented last is open in the detail panel.
    await expect(
      page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(events[1]!.title);
  });

  test('leaving full screen by other means leaves the mode', async ({ page }) => {
    await startPresenting(page);
    const full = await page.evaluate(() => document.fullscreenElement !== null);
    test.skip(!full, 'this browser refused full screen');
    await page.evaluate(() => document.exitFullscreen());
    await expect(page.locator('.app')).not.toHaveAttribute('data-mode', 'present');
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    await startPresenting(page);
    await click(page, 'PageDown');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('the guided story', () => {
  test('plays through every step in the normal view, then explores from there', async ({
    page,
  }) => {
    // Every step of the story and axe at its end: about 17 s alone on 2 cores, over 30 s loaded.
    test.slow();
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Story' }).click();
    const bar = page.getByRole('region', { name: 'Guided story' });
    const m = story.steps.length;
    for (const [i, step] of story.steps.entries()) {
      await expect(bar.getByRole('heading', { level: 2 })).toHaveText(step.title);
      await expect(bar.getByText(`Step ${i + 1} of ${m}`)).toBeVisible();
      await expect(bar.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(i + 1));
      if (step.event) await expectSelectedItemInView(page);
      if (i < m - 1) await bar.getByRole('button', { name: 'Next' }).click();
    }
    await expect(bar.getByRole('button', { name: 'Next' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await bar.getByRole('button', { name: 'Explore from here' }).click();
    await expect(bar).toBeHidden();
    // Exploring starts where the story ended: its last event selected and open.
    const last = events.find((e) => e.id === story.steps.at(-1)!.event)!;
    await expect(page.locator('.vis-item.vis-selected:not(.vis-dot)')).toContainText(
      last.title.slice(0, 12),
    );
    await expect(
      page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(last.title);
  });

  test('plays through in presentation mode with the clicker keys', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Story' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    const m = story.steps.length;
    const stageRegion = stage(page);
    for (const [i, step] of story.steps.entries()) {
      await expect(page.getByText(`Step ${i + 1} of ${m}`, { exact: true })).toBeVisible();
      await expect(stageRegion.locator('.stage-step')).toHaveText(step.title);
      await click(page, i % 2 ? 'PageDown' : 'Space');
    }
    await expect(page.getByText(`Step ${m} of ${m}`, { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Explore from here' }).click();
    await expect(page.getByText(/^Event \d+ of \d+$/)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).not.toHaveAttribute('data-mode', 'present');
  });
});

/**
 * The clicker's keys, one after another, and the story step each should land on (1-based):
 * forward with each of →, PageDown and Space, back with each of ←, PageUp and Shift+Space.
 */
const CLICKS: readonly [key: string, step: number][] = [
  ['PageDown', 2],
  ['ArrowRight', 3],
  ['Space', 4],
  ['PageUp', 3],
  ['Shift+Space', 2],
  ['ArrowLeft', 1],
  ['End', story.steps.length],
];

/** Step, narration, the selected event on the timeline and the link agree on step `n`. */
async function expectStoryAt(page: Page, n: number, narration: (text: string) => Promise<void>) {
  const step = story.steps[n - 1]!;
  await expect(page.getByText(`Step ${n} of ${story.steps.length}`, { exact: true })).toBeVisible();
  await narration(step.narration);
  const event = events.find((e) => e.id === step.event);
  if (event)
    await expect(page.locator('.vis-item.vis-selected:not(.vis-dot)')).toContainText(
      event.title.slice(0, 12),
    );
  await expect
    .poll(() => new URL(page.url()).searchParams.get('step'))
    .toBe(n === 1 ? null : String(n));
  expect(new URL(page.url()).searchParams.get('story')).toBe(story.id);
}

test.describe('one stepping rule for stories', () => {
  // Many steps, a PDF, and axe: slow on a busy machine.
  test.slow();

  test('the clicker keys step the story in the normal view, not the events', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    // The Story button keeps the focus: Space must step, not press it again.
    await page.getByRole('button', { name: 'Story' }).click();
    const bar = page.getByRole('region', { name: 'Guided story' });
    await expectStoryAt(page, 1, (text) =>
      expect(bar.locator('.story-narration')).toHaveText(text),
    );
    for (const [key, n] of CLICKS) {
      await page.keyboard.press(key);
      await expectStoryAt(page, n, async (text) => {
        await expect(bar.locator('.story-narration')).toHaveText(text);
        const event = events.find((e) => e.id === story.steps[n - 1]!.event);
        if (event)
          await expect(
            page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }),
          ).toHaveText(event.title);
      });
    }
    expect(await seriousViolations(page)).toEqual([]);
    // Outside a story the arrows step events again.
    await bar.getByRole('button', { name: 'Explore from here' }).click();
    await page.keyboard.press('ArrowLeft');
    const before = events.findIndex((e) => e.id === story.steps.at(-1)!.event) - 1;
    await expect(page.locator('.vis-item.vis-selected:not(.vis-dot)')).toContainText(
      events[before]!.title.slice(0, 12),
    );
  });

  test('the clicker keys step the story in presentation mode', async ({ page }) => {
    await page.goto(`./?story=${story.id}&present=1`);
    await waitForTimeline(page);
    const stageRegion = stage(page);
    const check = (n: number) =>
      expectStoryAt(page, n, async (text) => {
        await expect(stageRegion.locator('.stage-step')).toHaveText(story.steps[n - 1]!.title);
        await expect(stageRegion.locator('.stage-body')).toHaveText(text);
        const event = events.find((e) => e.id === story.steps[n - 1]!.event);
        if (event)
          await expect(stageRegion.getByRole('heading', { level: 2 })).toHaveText(event.title);
      });
    await check(1);
    for (const [key, n] of CLICKS) {
      await click(page, key);
      await check(n);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
