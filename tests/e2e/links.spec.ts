/**
 * Links reproduce what was shown: a fresh browser opened on a copied link shows the same items,
 * axis and "as of" day; closing a panel removes it from the link; preview pages forward readers.
 */
import type { Browser, Page } from '@playwright/test';
import { test, expect, waitForTimeline } from './fixtures';

/** What a reader sees of the timeline: the item labels in view, the axis, the "as of" day. */
async function seen(page: Page) {
  return page.evaluate(() => {
    const timeline = document.querySelector('[data-testid="timeline"]')!;
    const centre = timeline.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > centre.left && r.left < centre.right;
    };
    return {
      items: [...timeline.querySelectorAll('.vis-item')]
        .filter(inView)
        .map((el) => el.textContent.trim())
        .sort(),
      // In the order they read (vis-timeline reuses its label elements, so DOM order is not it).
      axis: [...timeline.querySelectorAll('.vis-time-axis.vis-foreground .vis-text')]
        .filter(inView)
        .map((el) => ({ text: el.textContent.trim(), r: el.getBoundingClientRect() }))
        .sort((a, b) => a.r.top - b.r.top || a.r.left - b.r.left)
        .map(({ text }) => text),
      asOf: timeline.querySelector('[role="slider"]')?.getAttribute('aria-valuetext') ?? null,
    };
  });
}

/** The view once the timeline has stopped redrawing. */
async function settled(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await seen(page));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return JSON.parse(last) as Awaited<ReturnType<typeof seen>>;
}

/** The address once the pending (debounced) write has landed. */
async function copiedLink(page: Page) {
  let last = '';
  await expect
    .poll(() => {
      const same = page.url() === last;
      last = page.url();
      return same;
    })
    .toBe(true);
  return last;
}

async function reopened(browser: Browser, link: string) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator('.vis-item').filter({ visible: true }).first()).toBeVisible();
  const view = await settled(page);
  await context.close();
  return view;
}

test.describe('a copied link reopens exactly what was shown', () => {
  for (const preset of ['Whole period', '2022', 'Early 2023', 'The visit fortnight']) {
    test(`preset "${preset}"`, async ({ page, browser }) => {
      await page.goto('./');
      await waitForTimeline(page);
      await page.getByRole('button', { name: preset, exact: true }).click();
      const shown = await settled(page);
      expect(shown.items.length).toBeGreaterThan(0);
      expect(await reopened(browser, await copiedLink(page))).toEqual(shown);
    });
  }

  test('after a pan', async ({ page, browser }) => {
    await page.goto('./');
    await waitForTimeline(page);
    await page.getByRole('button', { name: 'Early 2023' }).click();
    const before = page.url();
    const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 317, box.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.url()).not.toBe(before);
    const shown = await settled(page);
    expect(await reopened(browser, await copiedLink(page))).toEqual(shown);
  });

  for (const button of ['Zoom in', 'Zoom out', 'Fit events']) {
    test(`after "${button}"`, async ({ page, browser }) => {
      await page.goto('./');
      await waitForTimeline(page);
      await page.getByRole('button', { name: 'Early 2023' }).click();
      const before = await copiedLink(page);
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect.poll(() => page.url()).not.toBe(before);
      const shown = await settled(page);
      expect(await reopened(browser, await copiedLink(page))).toEqual(shown);
    });
  }
});

test.describe('closing a panel', () => {
  for (const how of ['the close button', 'Escape']) {
    test(`with ${how} removes event= in one history entry; Back reopens it`, async ({ page }) => {
      await page.goto('./?view=list');
      await page.locator('.list-entry').nth(2).click();
      const panel = page.locator('#event-panel-title');
      await expect(panel).toBeVisible();
      const title = await panel.textContent();
      await expect(page).toHaveURL(/event=/);
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await page.getByRole('button', { name: 'Close', exact: true }).click();
      await expect(panel).toBeHidden();
      await expect(page).not.toHaveURL(/event=/);
      await page.goBack();
      await expect(page).toHaveURL(/event=/);
      await expect(panel).toHaveText(title ?? '');
    });
  }
});

test.describe('link previews', () => {
  test('index.html carries the card tags, and the picture and oEmbed answer exist', async ({
    page,
    request,
  }) => {
    await page.goto('./');
    const head = page.locator('head');
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /China/);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    const image = await head.locator('meta[property="og:image"]').getAttribute('content');
    const png = await request.get(new URL(image!, page.url()).href);
    expect(png.headers()['content-type']).toContain('image/png');
    const oembed = await head.locator('link[type="application/json+oembed"]').getAttribute('href');
    const json = (await (await request.get(new URL(oembed!, page.url()).href)).json()) as {
      type: string;
    };
    expect(json.type).toBe('rich');
  });

  test("an event's preview page forwards to the app with that event open", async ({ page }) => {
    const id = '2023-02-24-china-position-paper';
    await page.goto(`./e/${id}.html`);
    await expect(page).toHaveURL(new RegExp(`/hosted/parley/\\?event=${id}$`));
    await expect(page.locator('#event-panel-title')).toContainText('position paper');
  });
});

test('the share dialog keeps the focus inside, and Escape closes it', async ({ page }) => {
  await page.goto('./');
  await waitForTimeline(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    const inside = await dialog.evaluate((d) => d.contains(document.activeElement));
    const tag = await page.evaluate(() => document.activeElement?.tagName);
    expect(tag).not.toBe('IFRAME');
    if (tag !== 'BODY') expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
