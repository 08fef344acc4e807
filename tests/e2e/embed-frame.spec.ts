/**
 * A journalist's embed keeps the chosen event in frame: in an iframe 320, 600 or 1000 px wide,
 * the selected event's whole title is drawn inside the frame (never cut, never past an edge or
 * under the lane labels), and the credits line stays readable.
 */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const wire = JSON.parse(readFileSync('data/parley.json', 'utf8')) as {
  events: { id: string; date: string; title: string }[];
};
const byDate = [...wire.events].sort((a, b) => a.date.localeCompare(b.date));
const titleOf = (id: string) => wire.events.find((e) => e.id === id)!.title;

/** The views a journalist might set up: events at the left edge, the right edge, and between. */
const VIEWS = [
  `event=${byDate[0]!.id}`,
  `event=2023-02-24-china-position-paper`,
  `event=${byDate.at(-1)!.id}`,
  `start=2023-03-13&end=2023-03-24&event=${byDate.at(-1)!.id}`,
];

/** A host page with the embed in an iframe `width` px wide. */
async function embed(page: Page, baseURL: string, query: string, width: number) {
  await page.setContent(
    `<body style="margin:0"><iframe title="Parley" src="${baseURL}?${query}&embed=1"
      width="${width}" height="760" style="border:0;display:block"></iframe></body>`,
  );
  return page.frameLocator('iframe');
}

async function box(frame: FrameLocator, selector: string) {
  return (await frame.locator(selector).first().boundingBox())!;
}

for (const width of [320, 600, 1000]) {
  test(`in a ${width} px frame, the chosen event’s whole title is inside the frame`, async ({
    page,
    baseURL,
  }) => {
    for (const query of VIEWS) {
      const frame = await embed(page, baseURL!, query, width);
      const id = new URLSearchParams(query).get('event')!;
      const label = frame.locator('.vis-item.vis-selected:not(.vis-dot) .item-text');
      await expect(label, query).toHaveText(titleOf(id));
      await expect(async () => {
        const item = await box(frame, '.vis-item.vis-selected:not(.vis-dot)');
        const lanes = await box(frame, '.vis-panel.vis-center');
        expect(item.width, query).toBeGreaterThan(0);
        expect(item.x, query).toBeGreaterThanOrEqual(lanes.x);
        expect(item.x + item.width, query).toBeLessThanOrEqual(
          Math.min(lanes.x + lanes.width, width),
        );
        // The text is whole: nothing cut off by the room it was given.
        const cut = await label.evaluate(
          (el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        );
        expect(cut, query).toBe(false);
      }).toPass();
      // The credits line: whole, at a readable size, and nothing scrolls sideways.
      const credits = frame.getByRole('contentinfo');
      await expect(credits).toContainText('Parley');
      const { fontSize, overflow } = await credits.evaluate((el) => ({
        fontSize: parseFloat(getComputedStyle(el).fontSize),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(fontSize).toBeGreaterThanOrEqual(12);
      expect(overflow).toBeLessThanOrEqual(0);
      const c = (await credits.boundingBox())!;
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width).toBeLessThanOrEqual(width);
    }
  });
}
