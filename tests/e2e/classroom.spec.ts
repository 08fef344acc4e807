import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForTimeline, seriousViolations } from './fixtures';

/** The real dataset, to know what the app should show (its events and its story). */
const data = JSON.parse(
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
const events = [...data.events].sort(
  (a, b) =>
    a.date.localeCompare(b.date) ||
    (a.endDate ?? a.date).localeCompare(b.endDate ?? b.date) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);
const EVENT_COUNT = events.length;
const story = data.stories[0]!;

test.use({ viewport: { width: 1280, height: 720 } });

async function startPresenting(page: Page) {
  await page.goto('./');
  await waitForTimeline(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'present');
}

const stage = (page: Page) => page.getByRole('region', { name: 'Current event' });

const FORWARD = new Set(['PageDown', 'ArrowRight', 'Space']);

/**
 * A clicker press in presentation mode. Forward from a slide whose quotation did not fit beside
 * the text, the first press shows the quotation on a slide of its own (checked here: same
 * event, the quote large), and the second moves on.
 */
async function click(page: Page, key: string) {
  const region = stage(page);
  if (FORWARD.has(key) && (await region.getAttribute('data-quote')) === 'apart') {
    const title = await region.getByRole('heading', { level: 2 }).textContent();
    await page.keyboard.press(key);
    await expect(region.locator('.stage-quote blockquote')).toBeVisible();
    await expect(region.getByRole('heading', { level: 2 })).toHaveText(title ?? '');
  }
  await page.keyboard.press(key);
}
const position = (page: Page, n: number, m = EVENT_COUNT) =>
  expect(page.getByText(`Event ${n} of ${m}`, { exact: true })).toBeVisible();

/** The selected item is drawn inside the timeline's visible area (not in a lane scrolled away). */
async function expectSelectedItemInView(page: Page) {
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

test.describe('the print handout', () => {
  // Nothing to press on paper: the quotes' "Show the original" toggles stay on screen.
  test('prints the events with their sources, and no timeline or buttons', async ({ page }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const handout = page.getByRole('article', { name: 'Handout' });
    // Rendered only while printing: the screen carries none of it.
    await expect(page.locator('.print-handout')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(handout).toBeVisible();
    await expect(page.locator('.vis-timeline')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    const titles = handout.getByRole('heading', { level: 2 });
    await expect(titles).toHaveCount(EVENT_COUNT);
    await expect(titles.first()).toHaveText(events[0]!.title);
    await expect(titles.last()).toHaveText(events.at(-1)!.title);
    await expect(handout.getByText(/all events in the dataset/)).toBeVisible();
    await expect(handout.getByText(/^\s*https:\/\//).first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(100_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(10);
  });
});

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

/** The text of a PDF, page by page (poppler's pdftotext), or `null` where it is not installed. */
function pdfPages(pdf: Buffer): string[] | null {
  const file = path.join(os.tmpdir(), `parley-handout-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
  } catch {
    return null;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

test.describe('the handout of a zoomed window', () => {
  // Many steps, a PDF, and axe: slow on a busy machine.
  test.slow();

  const visit = data.meta.presets.find((p) => p.id === 'visit')!;
  const inVisit = events.filter(
    (e) => e.date <= visit.end && (e.endDate ?? e.date) >= visit.start,
  ) as ((typeof events)[number] & { quotes?: { text: string }[] })[];
  const quotes = inVisit.flatMap((e) => e.quotes ?? []);

  test('the visit fortnight: its events and quotations, a figure, page numbers, ≤ 6 A4 pages', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page
      .getByRole('group', { name: 'Zoom to' })
      .getByRole('button', { name: visit.label })
      .click();
    await expect(page).toHaveURL(/start=2023-03-13&end=2023-03-24/);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('article', { name: 'Handout' });
    await expect(handout).toBeVisible();
    await expect(handout.getByText(/prints what the screen showed/)).toBeVisible();
    await expect(handout.getByText(/Timeline window: 13\s*–\s*24 March 2023\./)).toContainText(
      `${inVisit.length} events`,
    );
    await expect(handout.getByRole('heading', { level: 2 })).toHaveCount(inVisit.length);
    await expect(handout.locator('blockquote')).toHaveCount(quotes.length);
    await expect(handout.getByRole('img', { name: /Timeline from/ })).toBeVisible();
    expect(await handout.getByText(/page address/).count()).toBe(0);
    const sourcePt = await handout
      .locator('.handout-sources li')
      .first()
      .evaluate((el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96);
    expect(sourcePt).toBeGreaterThanOrEqual(9);
    expect(await seriousViolations(page)).toEqual([]);

    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pageCount).toBeGreaterThan(1);
    expect(pageCount).toBeLessThanOrEqual(6);
    const text = pdfPages(pdf);
    test.skip(
      text === null,
      'pdftotext (poppler-utils) is not installed: the PDF text is unchecked',
    );
    const pages = text!.filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(pageCount);
    for (const [i, p] of pages.entries()) expect(p).toContain(`Page ${i + 1} of ${pageCount}`);
    const flat = pages.join(' ').replace(/\s+/g, ' ');
    for (const q of quotes) expect(flat).toContain(q.text.replace(/\s+/g, ' ').slice(0, 40));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
