/**
 * First event visible after navigation, Parley against TimelineJS 3.9.11 on the same events, in
 * one browser, alternating A B A B; prints the median of the per-pair ratios (Parley / TimelineJS).
 * TimelineJS's files and the converted events are copied next to the built app for the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { loadDatasetText } from '../../src/data/load-dataset';
import { toTimelineJs } from './to-timelinejs';

const PAIRS = 7;
const root = path.resolve(import.meta.dirname, '../..');
const tlDir = path.join(root, 'dist/bench-timelinejs');

function prepareTimelineJs(): void {
  const text = fs.readFileSync(path.join(root, 'data/parley.json'), 'utf8');
  const loaded = loadDatasetText(text);
  if (!loaded.ok) throw new Error('the bundled dataset does not load');
  fs.cpSync(path.join(root, 'node_modules/@knight-lab/timelinejs/dist'), tlDir, {
    recursive: true,
  });
  fs.writeFileSync(path.join(tlDir, 'events.json'), JSON.stringify(toTimelineJs(loaded.dataset)));
  fs.writeFileSync(
    path.join(tlDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:100vh"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', 'events.json');</script></body></html>`,
  );
}

/** Milliseconds from navigation start to the first visible element matching `selector`. */
async function firstVisible(page: Page, url: string, selector: string): Promise<number> {
  await page.addInitScript((sel) => {
    const w = window as unknown as { firstSeen?: number };
    const check = () => {
      if (w.firstSeen !== undefined) return;
      for (const el of document.querySelectorAll<HTMLElement>(sel)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth) {
          w.firstSeen = performance.now();
          return;
        }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { firstSeen?: number }).firstSeen, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => (window as unknown as { firstSeen: number }).firstSeen);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('first event: Parley against TimelineJS 3.9.11, side by side', async ({
  browser,
  baseURL,
}) => {
  prepareTimelineJs();
  const tlUrl = new URL('bench-timelinejs/index.html', baseURL).href;
  const parley: number[] = [];
  const timelinejs: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    for (const [list, url, selector] of [
      [parley, baseURL!, '.vis-item'],
      [timelinejs, tlUrl, '.tl-timemarker'],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      list.push(await firstVisible(page, url, selector));
      await context.close();
    }
  }
  const ratios = parley.map((p, i) => p / timelinejs[i]!);
  console.log(
    `first event visible (median of ${PAIRS} alternating pairs): Parley ${median(parley).toFixed(0)} ms, ` +
      `TimelineJS ${median(timelinejs).toFixed(0)} ms; ratio Parley / TimelineJS ${median(ratios).toFixed(2)}× ` +
      `(pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
});
