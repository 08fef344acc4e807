/**
 * A sweep through every view, panel, mode and export of the app, for the security tests: each
 * step waits until its view is drawn. Used with the strict CSP header (security-csp.spec.ts) and
 * with a hostile dataset (security-hostile.spec.ts).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface SweepStep {
  readonly name: string;
  readonly search: string;
  /** What to do once the page has loaded (open a dialog, download…). */
  readonly act?: (page: Page) => Promise<void>;
}

/** Waits until the app has replaced the loading message, and the network is quiet. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('#root')).not.toBeEmpty();
  await expect(page.getByText('Loading the chronology…')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
}

/** Downloads what an Export menu item makes; returns its text. */
export async function exported(page: Page, item: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  return fs.readFileSync(await file.path(), 'utf8');
}

export function sweepSteps(ids: {
  event: string;
  actor: string;
  story: string;
  doc: string;
}): SweepStep[] {
  return [
    { name: 'timeline', search: '' },
    { name: 'event panel', search: `?event=${ids.event}` },
    { name: 'actor panel', search: `?actor=${ids.actor}` },
    { name: 'list', search: '?view=list' },
    { name: 'matrix', search: '?view=matrix' },
    { name: 'changes', search: '?view=changes' },
    { name: 'paper', search: `?view=paper&doc=${ids.doc}` },
    { name: 'votes', search: '?view=votes' },
    { name: 'quiz', search: '?view=quiz&seed=7' },
    { name: 'story', search: `?story=${ids.story}` },
    { name: 'present', search: `?present=1&event=${ids.event}` },
    { name: 'embed', search: `?embed=1&event=${ids.event}` },
    {
      name: 'print',
      search: '?view=list',
      act: async (page) => {
        await page.emulateMedia({ media: 'print' });
        await page.waitForTimeout(200);
        await page.emulateMedia({ media: 'screen' });
      },
    },
    {
      name: 'share',
      search: `?event=${ids.event}`,
      act: async (page) => {
        await page.getByRole('button', { name: 'Share' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        // The dialog's live preview is an embed of the view: give it time to load and draw.
        await page.waitForTimeout(2000);
      },
    },
    {
      name: 'CSV and JSON export',
      search: '',
      act: async (page) => {
        expect(await exported(page, 'Events as CSV')).toContain('id,date');
        await page.keyboard.press('Escape');
        expect(await exported(page, 'Events as JSON')).toContain('"events"');
      },
    },
  ];
}
