/**
 * The timeline at every zoom, as a student would try it: the visit's days, the keyboard, the phone.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForTimeline, seriousViolations } from './fixtures';

interface WireEvent {
  readonly id: string;
  readonly date: string;
  readonly title: string;
}
const data = JSON.parse(readFileSync('data/parley.json', 'utf8')) as {
  events: WireEvent[];
  actors: { id: string; name: string }[];
};
const visitDays = data.events.filter((e) => e.date >= '2023-03-20' && e.date <= '2023-03-22');

/**
 * An item of the timeline, scrolling the lanes down as a reader would until it is drawn
 * (vis-timeline draws only the items of the lanes in view).
 */
async function itemOf(page: Page, id: string): Promise<Locator> {
  const item = page.locator(`[data-focus-key="${id}"]`);
  const lanes = page.locator('.timeline .vis-panel.vis-center');
  for (let i = 0; i < 12 && !(await item.isVisible()); i++) {
    await lanes.hover();
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(100);
  }
  return item;
}

test.describe('the timeline', () => {
  test('at the visit’s three days, every event is its own item and opens on click', async ({
    page,
  }) => {
    test.slow();
    await page.goto('./?start=2023-03-20&end=2023-03-22');
    await waitForTimeline(page);
    expect(visitDays.length).toBeGreaterThanOrEqual(16);
    await expect(page.locator('.vis-item.is-aggregate')).toHaveCount(0);
    const panel = page.getByRole('complementary', { name: 'Details' });
    for (const e of visitDays) {
      const item = await itemOf(page, e.id);
      await expect(item, e.title).toBeVisible();
      await expect(item).toHaveAccessibleName(e.title);
      // Near its dot, as a reader would (the "as of" bar may cross the middle of a label).
      await item.click({ position: { x: 12, y: 8 } });
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(e.title);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('keyboard only: skip link, an item, Enter opens, Escape closes back on the item', async ({
    page,
  }) => {
    test.slow();
    await page.goto('./?start=2023-03-13&end=2023-03-24');
    await waitForTimeline(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to timeline' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    const focused = page.locator('[data-focus-key]:focus');
    await expect(focused).toHaveCount(1);
    const first = await focused.getAttribute('data-focus-key');
    // → to the next event (an aggregate would list its events or zoom).
    let second = first;
    for (let i = 0; i < 10 && (second === first || second!.startsWith('agg:')); i++) {
      await page.keyboard.press('ArrowRight');
      await expect(focused).toHaveCount(1);
      second = await focused.getAttribute('data-focus-key');
    }
    expect(second).not.toBe(first);
    expect(second).not.toMatch(/^agg:/);
    const name = (await focused.getAttribute('aria-label'))!;
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Details' });
    const heading = panel.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(name);
    await expect(heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.locator(`[data-focus-key="${second!}"]`)).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('beside the panel', () => {
  test('the lane labels: Tab from the items, ↓ to the next, Enter opens the actor', async ({
    page,
  }) => {
    await page.goto('./?start=2023-03-13&end=2023-03-24');
    await waitForTimeline(page);
    await page.getByRole('link', { name: 'Skip to timeline' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-focus-key]:focus')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const label = page.locator('[data-lane]:focus');
    await expect(label).toHaveCount(1);
    const first = (await label.getAttribute('data-lane'))!;
    await page.keyboard.press('ArrowDown');
    const lane = (await label.getAttribute('data-lane'))!;
    expect(lane).not.toBe(first);
    await expect(label).toHaveRole('button');
    await page.keyboard.press('Enter');
    const name = data.actors.find((a) => a.id === lane)!.name;
    await expect(page.locator('#actor-panel-title')).toHaveText(name);
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ]) {
    test(`at ${viewport.width}×${viewport.height}, the selected item is left of the open panel`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('./?start=2023-03-13&end=2023-03-24');
      await waitForTimeline(page);
      // The event drawn furthest right, the one nearest the panel.
      const key = await page.evaluate(() => {
        const drawn = [
          ...document.querySelectorAll('.vis-item:not(.is-aggregate) [data-focus-key]'),
        ];
        const right = (n: Element) => n.getBoundingClientRect().right;
        return drawn.sort((a, b) => right(b) - right(a))[0]!.getAttribute('data-focus-key')!;
      });
      const last = data.events.find((e) => e.id === key)!;
      await page.locator(`[data-focus-key="${key}"]`).click();
      const panel = page.getByRole('complementary', { name: 'Details' });
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(last.title);
      const selected = page.locator('.vis-item.vis-selected:not(.vis-dot)');
      await expect(async () => {
        const box = (await selected.boundingBox())!;
        const side = (await panel.boundingBox())!;
        expect(box.width).toBeGreaterThan(0);
        expect(box.x + box.width).toBeLessThanOrEqual(side.x);
        const lanes = (await page.locator('.timeline .vis-panel.vis-center').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(lanes.x);
        expect(box.x + box.width).toBeLessThanOrEqual(lanes.x + lanes.width);
      }).toPass();
      // Every dot, of a label running right or one flipped left of it, sits on its day's tick.
      const dayOf = Object.fromEntries(data.events.map((e) => [e.id, e.date]));
      const dots = await page.evaluate((days) => {
        const ticks = new Map(
          [...document.querySelectorAll('.vis-time-axis .vis-grid.vis-minor')].map((g, i) => [
            document.querySelectorAll('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')[i]
              ?.textContent,
            g.getBoundingClientRect().left,
          ]),
        );
        return [...document.querySelectorAll('.vis-item.vis-point:not(.is-aggregate)')].flatMap(
          (item) => {
            const day =
              days[item.querySelector('[data-focus-key]')!.getAttribute('data-focus-key')!];
            const tick = day?.startsWith('2023-03-')
              ? ticks.get(String(Number(day.slice(8))))
              : undefined;
            const dot = item.querySelector('.vis-dot')!.getBoundingClientRect();
            return tick === undefined
              ? []
              : [
                  {
                    day,
                    flipped: item.classList.contains('is-flipped'),
                    off: dot.left + dot.width / 2 - tick,
                  },
                ];
          },
        );
      }, dayOf);
      expect(dots.length).toBeGreaterThan(5);
      if (viewport.width === 1024) expect(dots.some((d) => d.flipped)).toBe(true);
      for (const d of dots) expect(Math.abs(d.off), JSON.stringify(d)).toBeLessThan(2.5);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the timeline starts in the top 40%, with day labels at the fortnight', async ({ page }) => {
    test.slow();
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'The visit fortnight' }).click();
    const box = await page.getByTestId('timeline').boundingBox();
    expect(box!.y).toBeLessThan(844 * 0.4);
    // The header is one row: the name, search and the menu side by side.
    const row = await Promise.all(
      [
        page.getByText('Parley', { exact: true }).first(),
        page.getByRole('searchbox'),
        page.getByRole('button', { name: 'Menu' }),
      ].map(async (l) => (await l.boundingBox())!),
    );
    const middles = row.map((b) => b.y + b.height / 2);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
    expect(row[0]!.x + row[0]!.width).toBeLessThanOrEqual(row[1]!.x);
    expect(row[1]!.x + row[1]!.width).toBeLessThanOrEqual(row[2]!.x);
    expect(row[2]!.x + row[2]!.width).toBeLessThanOrEqual(390);
    const header = (await page.getByRole('banner').boundingBox())!;
    expect(header.height).toBeLessThan(70);
    const minor = page.locator('.timeline .vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
    await expect(minor.filter({ hasText: /^\d{1,2}$/ }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // The views are in the menu.
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('button', { name: 'UN votes' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('touch: a finger pans the window, two fingers pinch it narrower', async ({ page }) => {
    await page.goto('./?start=2023-03-13&end=2023-03-24');
    await waitForTimeline(page);
    // As a reader would, once the page has settled (once, on a loaded machine, a gesture made right
    // after the first draw did not pan it).
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })),
    );
    const box = (await page.locator('.timeline .vis-panel.vis-center').boundingBox())!;
    const client = await page.context().newCDPSession(page);
    const touch = (type: string, points: [number, number][]) =>
      client.send('Input.dispatchTouchEvent', {
        type: type as 'touchStart',
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    const gesture = async (from: [number, number][], to: [number, number][]) => {
      await touch('touchStart', from);
      for (let i = 1; i <= 10; i++) {
        await touch(
          'touchMove',
          from.map(([x, y], k) => [x + ((to[k]![0] - x) * i) / 10, y]),
        );
        await page.waitForTimeout(16);
      }
      await touch('touchEnd', []);
    };
    const days = (url: string) => {
      const q = new URL(url).searchParams;
      return (Date.parse(q.get('end')!) - Date.parse(q.get('start')!)) / 86_400_000;
    };
    const y = box.y + 150;
    // Drag from right to left: later days come into view, the same width of window. (In a full
    // run on 2 cores one drag in several did not pan, and passed alone: a reader drags again.)
    await expect(async () => {
      await gesture([[box.x + box.width * 0.7, y]], [[box.x + box.width * 0.2, y]]);
      await expect(page).not.toHaveURL(/start=2023-03-13/, { timeout: 2000 });
    }).toPass({ timeout: 15_000 });
    const start = new URL(page.url()).searchParams.get('start')!;
    expect(start > '2023-03-13').toBe(true);
    expect(Math.abs(days(page.url()) - 11)).toBeLessThanOrEqual(1);
    // Two fingers apart: a narrower window.
    const cx = box.x + box.width / 2;
    await gesture(
      [
        [cx - 20, y],
        [cx + 20, y],
      ],
      [
        [cx - 80, y],
        [cx + 80, y],
      ],
    );
    await expect.poll(() => days(page.url())).toBeLessThan(8);
  });
});
