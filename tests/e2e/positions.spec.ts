import fs from 'node:fs';
import { test, expect, waitForTimeline, seriousViolations } from './fixtures';
import type { Page } from '@playwright/test';

interface WirePosition {
  actor: string;
  topic: string;
  date: string;
  evidence: { events: string[] };
}
interface WireEvent {
  id: string;
  title: string;
}
const data = JSON.parse(
  fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8'),
) as { positions: WirePosition[]; events: WireEvent[] };

/** The title of the first evidence event of `actor`'s record on `topic` in force on `day`. */
function evidenceTitle(actor: string, topic: string, day: string): string {
  const record = data.positions
    .filter((p) => p.actor === actor && p.topic === topic && p.date <= day)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .at(-1);
  const id = record?.evidence.events[0];
  const title = data.events.find((e) => e.id === id)?.title;
  if (!title) throw new Error(`No evidence for ${actor} on ${topic} as of ${day}`);
  return title;
}

async function openView(page: Page, name: string) {
  await page.goto('./');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name, exact: true })
    .click();
}

/** The matrix cell of `actor`'s row under `topic`'s column. */
async function matrixCell(page: Page, actor: string, topic: string) {
  const table = page.getByRole('table');
  const headers = await table.getByRole('columnheader').allTextContents();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: actor }) });
  return row.getByRole('cell').nth(headers.indexOf(topic) - 1);
}

test.describe('positions', () => {
  test('moving the "as of" date changes what the matrix shows', async ({ page }) => {
    await openView(page, 'Positions');
    const asOf = page.getByLabel('As of', { exact: true });
    await asOf.fill('2022-02-24');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Positions as of 24 February 2022',
    );
    const sovereignty = await matrixCell(page, 'China', 'Sovereignty and territorial integrity');
    await expect(sovereignty).toContainText('Ambivalent');
    await asOf.fill('2022-09-30');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Positions as of 30 September 2022',
    );
    await expect(sovereignty).toContainText('Abstains');
    await expect(await matrixCell(page, 'China', 'Nuclear risk')).toContainText(
      'No recorded position',
    );
    await asOf.fill('2023-03-01');
    await expect(await matrixCell(page, 'China', 'Nuclear risk')).toContainText('Supports');
    await expect(page.getByRole('button', { name: 'Follow the timeline' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('a click on a matrix cell opens the evidence event on the timeline', async ({ page }) => {
    await openView(page, 'Positions');
    await page.getByLabel('As of', { exact: true }).fill('2022-09-30');
    const cell = await matrixCell(page, 'China', 'Sanctions');
    await expect(cell).toContainText('Opposes');
    await cell.getByRole('button').click();
    await waitForTimeline(page);
    await expect(page.getByRole('button', { name: 'Timeline', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const heading = page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(evidenceTitle('china', 'sanctions', '2022-09-30'));
    await expect(heading).toBeFocused();
    await expect(page.locator('.vis-item.vis-selected').first()).toBeVisible();
  });

  test('the "as of" marker on the timeline can be dragged and moved from the keyboard', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForTimeline(page);
    const marker = page.getByRole('slider', { name: 'As of date' });
    await marker.focus();
    await marker.press('Home');
    await expect(marker).toHaveAttribute('aria-valuetext', '4 February 2022');
    await marker.press('ArrowRight');
    await expect(marker).toHaveAttribute('aria-valuetext', '5 February 2022');
    await expect(page.locator('.vis-custom-time-marker')).toHaveText('As of 5 Feb 2022');
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 200, { steps: 10 });
    await page.mouse.up();
    await expect(marker).not.toHaveAttribute('aria-valuetext', '5 February 2022');
    const pinned = await marker.getAttribute('aria-valuetext');
    await page.getByRole('button', { name: 'Positions', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Positions as of ${pinned}`);
  });

  test('the paper view lists all 12 points of the paper, with reactions', async ({ page }) => {
    await openView(page, 'Position paper');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      "China's Position on the Political Settlement of the Ukraine Crisis",
    );
    await expect(page.getByRole('heading', { level: 3, name: 'The 12 points' })).toBeVisible();
    const points = page.locator('.paper-points > li');
    await expect(points).toHaveCount(12);
    await expect(points.first().getByRole('heading', { level: 4 })).toContainText(
      'Respecting the sovereignty of all countries',
    );
    await expect(points.last().getByRole('heading', { level: 4 })).toContainText(
      'Promoting post-conflict reconstruction',
    );
    await expect(points.first()).toContainText('Ukraine');
    await expect(points.first()).toContainText('Qualified');
    await expect(
      page.getByRole('heading', { level: 3, name: 'Reactions to the whole document' }),
    ).toBeVisible();
  });

  test('an event links to the document it concerns', async ({ page }) => {
    await openView(page, 'Position paper');
    await page.getByRole('button', { name: 'Show the event', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await panel.getByRole('button', { name: /^Open the document/ }).click();
    await expect(page.getByRole('button', { name: 'Position paper', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page
      .getByLabel('Document')
      .selectOption({ label: 'China–Russia joint statement on economic cooperation to 2030' });
    await expect(page.getByRole('heading', { level: 3, name: 'The 8 points' })).toBeVisible();
  });

  test('what changed lists the changes from the invasion to the visit', async ({ page }) => {
    await openView(page, 'What changed');
    await expect(page.getByLabel('From (as of)')).toHaveValue('2022-02-23');
    await expect(page.getByRole('status')).toContainText(/changed stances/);
    await expect(page.getByRole('article', { name: /^China/ })).toBeVisible();
  });

  test('the votes view shows China’s pattern', async ({ page }) => {
    await openView(page, 'UN votes');
    await expect(page.getByRole('heading', { name: 'China’s pattern' })).toBeVisible();
    await expect(page.locator('.pattern-lead')).toContainText(/China: \d+ abstentions/);
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(
      data.events.filter((e) => 'vote' in e).length + 1,
    );
  });

  for (const view of ['Positions', 'What changed', 'Position paper', 'UN votes']) {
    test(`the ${view} view has no serious accessibility violations`, async ({ page }) => {
      await openView(page, view);
      await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('the actor panel, with positions, has no serious accessibility violations', async ({
    page,
  }) => {
    await openView(page, 'Positions');
    await page.getByRole('rowheader', { name: 'China' }).getByRole('button').click();
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect(panel.getByRole('heading', { level: 3, name: /^Positions as of/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('positions on a narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const view of ['Positions', 'UN votes', 'Position paper']) {
    test(`the ${view} view scrolls its table, not the page, sideways`, async ({ page }) => {
      // On a phone the views sit in the header's menu.
      await page.goto('./');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('button', { name: view, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
      const widths = await page.evaluate(() => ({
        page: document.scrollingElement!.scrollWidth,
        view: document.querySelector('.main-view')!.scrollWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(390);
      expect(widths.view).toBeLessThanOrEqual(390);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('positions in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  for (const view of ['Positions', 'What changed', 'Position paper', 'UN votes']) {
    test(`the ${view} view keeps its contrast`, async ({ page }) => {
      await openView(page, view);
      await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
