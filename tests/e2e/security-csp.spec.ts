/**
 * The built app served with the strict Content Security Policy as an HTTP header (the one the
 * README asks a host to send): every view, panel, mode and export runs without a single
 * `securitypolicyviolation`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { exported, settled, sweepSteps } from './security-sweep';

const CSP_APP = '/csp/hosted/parley/';
const README = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

const steps = sweepSteps({
  event: '2023-02-24-china-position-paper',
  actor: 'china',
  story: 'invasion-to-moscow',
  doc: 'doc-china-position-paper-2023',
});

test.describe('the strict CSP, sent as a header', () => {
  test.describe.configure({ timeout: 60_000 });

  test('is the header README tells a host to send, with nosniff and a referrer policy', async ({
    page,
  }) => {
    const response = await page.goto(CSP_APP);
    const headers = response!.headers();
    const csp = headers['content-security-policy']!;
    expect(csp).toContain("script-src 'self'");
    expect(README).toContain(`Content-Security-Policy: ${csp}`);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(README).toContain(`Referrer-Policy: ${headers['referrer-policy']}`);
    // The same policy, minus frame-ancestors, ships in the page itself.
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(`${meta}; frame-ancestors *`).toBe(csp);
  });

  for (const step of steps) {
    test(`causes no violation: ${step.name}`, async ({ page }) => {
      await recordViolations(page);
      await page.goto(CSP_APP + step.search);
      await settled(page);
      await step.act?.(page);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('causes no violation: a favicon that is a file, not a data: URL', async ({ page }) => {
    await recordViolations(page);
    await page.goto(CSP_APP);
    await settled(page);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toBe('./favicon.svg');
    const icon = await page.request.get(new URL(href!, page.url()).href);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
    expect(await violations(page)).toEqual([]);
  });

  // The picture is drawn on a canvas from the store: no style attribute, no data: image.
  test('causes no violation: PNG export', async ({ page }) => {
    await recordViolations(page);
    await page.goto(`${CSP_APP}?event=2023-02-24-china-position-paper`);
    await settled(page);
    const body = await exported(page, 'Timeline as PNG');
    expect(body.slice(1, 4)).toBe('PNG');
    expect(await violations(page)).toEqual([]);
  });
});
