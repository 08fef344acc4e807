import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { test, expect, waitForTimeline, seriousViolations } from './fixtures';
import { parseCsv } from '../helpers/csv';

const PAPER = '2023-02-24-china-position-paper';
const VOTE = '2022-10-12-unga-es-11-4';

const wire = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../../data/parley.json'), 'utf8'),
) as { events: { id: string; kind: string; title: string }[] };
const titleOf = (id: string) => wire.events.find((e) => e.id === id)!.title;
const voteCount = wire.events.filter((e) => e.kind === 'vote').length;

/** The height a frame has on the host page, and the height of the document inside it. */
async function heights(page: Page, selector: string) {
  const frameHeight = await page
    .locator(selector)
    .evaluate((f) => Math.round(f.getBoundingClientRect().height));
  const frame = page.frameLocator(selector);
  const documentHeight = await frame
    .locator(':root')
    .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
  return { frameHeight, documentHeight };
}

async function download(page: Page, button: string): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { file, body: fs.readFileSync(await file.path()) };
}

test.describe('embeds on a host page', () => {
  test('each iframe receives its height messages and follows its document with embed.js', async ({
    page,
  }) => {
    // Record what the host page receives, from the start.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      Object.assign(window, { parleyMessages: seen });
      window.addEventListener('message', (e) => seen.push(e.data));
    });
    await page.goto('/host/host.html');
    const paper = page.frameLocator('#paper');
    await expect(paper.getByRole('heading', { level: 2, name: titleOf(PAPER) })).toBeVisible();
    await expect(paper.locator('.vis-item').first()).toBeVisible();

    // The frame grows from its 150 px to exactly the height of the embedded document.
    await expect.poll(async () => (await heights(page, '#paper')).frameHeight).toBeGreaterThan(400);
    let h = await heights(page, '#paper');
    expect(h.frameHeight).toBe(h.documentHeight);
    const messages = (await page.evaluate(() =>
      (window as unknown as { parleyMessages: unknown[] }).parleyMessages.filter(
        (m) => (m as { type?: string }).type === 'parley:height',
      ),
    )) as { type: string; version: number; height: number; id: string | null }[];
    const fromPaper = messages.filter((m) => m.id === 'parley-paper');
    expect(fromPaper.length).toBeGreaterThan(0);
    expect(fromPaper.at(-1)).toEqual({
      type: 'parley:height',
      version: 1,
      height: h.documentHeight,
      id: 'parley-paper',
    });

    // Content that changes the document's height (closing the event) resizes the frame again.
    const before = h.frameHeight;
    await paper
      .getByRole('complementary', { name: 'Details' })
      .getByRole('button', { name: 'Close' })
      .click();
    await expect.poll(async () => (await heights(page, '#paper')).frameHeight).toBeLessThan(before);
    h = await heights(page, '#paper');
    expect(h.frameHeight).toBe(h.documentHeight);

    // The second frame, unnamed and dark, is sized on its own.
    await page.locator('#votes').scrollIntoViewIfNeeded();
    const votes = page.frameLocator('#votes');
    await expect(votes.locator('.vis-item').first()).toBeVisible();
    await expect.poll(async () => (await heights(page, '#votes')).frameHeight).toBeGreaterThan(300);
    const v = await heights(page, '#votes');
    expect(v.frameHeight).toBe(v.documentHeight);
    expect(await votes.locator(':root').getAttribute('data-theme')).toBe('dark');
    await votes.getByRole('button', { name: /^Sources \(\d+\)$/ }).click();
    await expect
      .poll(async () => (await heights(page, '#votes')).frameHeight)
      .toBeGreaterThan(v.frameHeight);
  });
});

test.describe('embed mode', () => {
  test('has no app chrome, a credits line and a link to the full view; no history entries', async ({
    page,
  }) => {
    await page.goto(`./?event=${PAPER}&kinds=document&embed=1`);
    await waitForTimeline(page);
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Zoom to' })).toBeVisible();
    const credits = page.getByRole('contentinfo');
    await expect(credits).toContainText('Parley — China and the diplomacy');
    await expect(credits.getByRole('link', { name: /Open in Parley/ })).toHaveAttribute(
      'href',
      /\/hosted\/parley\/\?event=2023-02-24-china-position-paper&kinds=document$/,
    );
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'The visit fortnight' }).click();
    // A document of the visit's days (vis also draws items just outside the window, under the
    // lane names: the reader clicks one in the window).
    await page.locator('[data-focus-key="2023-03-21-joint-statements-signed"]').click();
    await expect(page).toHaveURL(/event=2023-03-21-joint-statements-signed/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test.describe('has no serious accessibility violations', () => {
    test.use({ viewport: { width: 600, height: 900 } });

    test('with an event chosen', async ({ page }) => {
      await page.goto(`./?event=${PAPER}&embed=1`);
      await waitForTimeline(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('with the sources open', async ({ page }) => {
      // The sources of a fortnight: axe takes seconds per hundred sources listed.
      await page.goto('./?start=2023-03-13&end=2023-03-24&embed=1');
      await waitForTimeline(page);
      await page.getByRole('button', { name: /^Sources \(\d+\)$/ }).click();
      await expect(
        page.getByRole('region', { name: /Sources of the \d+ events shown/ }),
      ).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('dark', async ({ page }) => {
      await page.goto(`./?kinds=vote&embed=1&theme=dark`);
      await waitForTimeline(page);
      await expect(page.locator(':root')).toHaveAttribute('data-theme', 'dark');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});

test.describe('the share dialog', () => {
  test('its snippet reproduces the view when loaded', async ({ page, context }) => {
    await page.goto(`./?event=${VOTE}&kinds=vote`);
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'Dark' }).check();
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(`title="Parley: ${titleOf(VOTE)}`);
    // Read here, not with the page's DOMParser: parsing the snippet's style attribute inside the
    // app would itself be inline style under the app's CSP.
    const src = (/<iframe[^>]*\ssrc="([^"]+)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
    expect(src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hosted\/parley\/\?/);
    expect(new URL(src).searchParams.get('embed')).toBe('1');

    const embed = await context.newPage();
    await embed.goto(src);
    await waitForTimeline(embed);
    await expect(embed.getByRole('heading', { level: 2, name: titleOf(VOTE) })).toBeVisible();
    await expect(embed.locator(':root')).toHaveAttribute('data-theme', 'dark');
    // Only UN votes are drawn: every single item is a vote.
    const kinds = await embed
      .locator('.vis-item:not(.is-aggregate)')
      .evaluateAll((items) => items.map((i) => i.classList.contains('kind-vote')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(Boolean)).toBe(true);
    await embed.close();
  });

  test('copies the link, and is keyboard-operable and accessible', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`./?event=${VOTE}`);
    await waitForTimeline(page);
    const share = page.getByRole('button', { name: 'Share' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/hosted/parley/\\?event=${VOTE}$`),
    );
    await expect(dialog.frameLocator('iframe').locator('.vis-item').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(share).toBeFocused();
  });
});

test.describe('export', () => {
  test('the CSV has one row per filtered event', async ({ page }) => {
    await page.goto('./?kinds=vote');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByText(`${voteCount} events, with the current filters`)).toBeVisible();
    const { file, body } = await download(page, 'Events as CSV');
    expect(file.suggestedFilename()).toMatch(/^parley-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(body.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([
      'id',
      'date',
      'end_date',
      'title',
      'kind',
      'actors',
      'location',
      'summary',
      'sources',
    ]);
    expect(rows).toHaveLength(voteCount + 1);
    expect(rows.slice(1).every((r) => r[4] === 'vote')).toBe(true);
    expect(rows.slice(1).map((r) => r[0])).toContain(VOTE);
  });

  test('the JSON carries the filtered events with their sources', async ({ page }) => {
    await page.goto('./?kinds=vote');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const { body } = await download(page, 'Events as JSON');
    const json = JSON.parse(body.toString('utf8'));
    expect(json.count).toBe(voteCount);
    expect(json.events[0].sources[0]).toHaveProperty('publisher');
  });

  test('the PNG is the whole view, drawn from state at 2x, with no CSP violation', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    const visit = '2023-03-20-xi-state-visit-moscow';
    await page.goto(`./?start=2023-03-13&end=2023-03-24&event=${visit}`);
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const { file, body } = await download(page, 'Timeline as PNG');
    expect(file.suggestedFilename()).toMatch(/^parley-timeline-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian: 2x the 1200 CSS px picture, and lanes make it tall.
    expect(body.readUInt32BE(16)).toBe(2400);
    expect(body.readUInt32BE(20)).toBeGreaterThan(2 * 400);
    expect(body.length).toBeGreaterThan(30_000);
    // The status gives the picture in words (its alt text), with the selected event's title.
    const status = page.getByRole('status').filter({ hasText: 'Downloaded' });
    await expect(status).toContainText(`Selected: ${titleOf(visit)}`);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    fs.mkdirSync(path.join(import.meta.dirname, '../screenshots'), { recursive: true });
    fs.writeFileSync(path.join(import.meta.dirname, '../screenshots/export-png.png'), body);
  });
});
