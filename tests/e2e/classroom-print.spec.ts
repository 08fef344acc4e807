/** The print handout: what it prints of the screen, its pages, figure and quotations. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, waitForTimeline, seriousViolations } from './fixtures';
import { data, events, EVENT_COUNT } from './classroom-data';

test.use({ viewport: { width: 1280, height: 720 } });

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
