/** The real dataset and the presenter's moves, as the classroom tests need them (classroom*.spec.ts). */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, waitForTimeline } from './fixtures';
import path from 'node:path';

export const data = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../data/parley.json'), 'utf8'),
) as {
  events: {
    id: string;
    date: string;
    endDate?: string;
    title: string;
    quotes?: { text: string }[];
  }[];
  sources: { id: string; publisher: string }[];
  meta: { presets: { id: string; label: string; start: string; end: string }[] };
  stories: {
    id: string;
    title: string;
    steps: { title: string; narration: string; event?: string }[];
  }[];
};
/** In the app's order, as the loader sorts them: by start day, then end day, then id. */
export const events = [...data.events].sort(
  (a, b) =>
    a.date.localeCompare(b.date) ||
    (a.endDate ?? a.date).localeCompare(b.endDate ?? b.date) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);
export const EVENT_COUNT = events.length;
export const story = data.stories[0]!;

export async function startPresenting(page: Page) {
  await page.goto('./');
  await waitForTimeline(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'present');
}

export const stage = (page: Page) => page.getByRole('region', { name: 'Current event' });

export const FORWARD = new Set(['PageDown', 'ArrowRight', 'Space']);

/**
 * A clicker press in presentation mode. Forward from a slide whose quotation did not fit beside
 * the text, the first press shows the quotation on a slide of its own (checked here: same
 * event, the quote large), and the second moves on.
 */
export async function click(page: Page, key: string) {
  const region = stage(page);
  if (FORWARD.has(key) && (await region.getAttribute('data-quote')) === 'apart') {
    const title = await region.getByRole('heading', { level: 2 }).textContent();
    await page.keyboard.press(key);
    await expect(region.locator('.stage-quote blockquote')).toBeVisible();
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
  }
  await page.keyboard.press(key);
}
export const position = (page: Page, n: number, m = EVENT_COUNT) =>
  expect(page.getByText(`Event ${n} of ${m}`, { exact: true })).toBeVisible();

/** The selected item is drawn inside the timeline's visible area (not in a lane scrolled away). */
export async function expectSelectedItemInView(page: Page) {
  const item = page.locator('.vis-item.vis-selected:not(.vis-dot)');
  await expect(item).toBeVisible();
  await expect
    .poll(async () => {
      const box = await item.boundingBox();
      const centre = await page.locator('.vis-panel.vis-center').boundingBox();
      if (!box || !centre) return false;
      return (
        box.y >= centre.y - 1 &&
        box.y + box.height <= centre.y + centre.height + 1 &&
        box.x < centre.x + centre.width &&
        box.x + box.width > centre.x
      );
    })
    .toBe(true);
}
