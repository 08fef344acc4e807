/**
 * First event visible after navigation, Parley against TimelineJS 3.9.11 on the same events, in
 * one browser, alternating A B A B; prints the median of the per-pair ratios (Parley / TimelineJS)
 * for two moments of Parley's load: the first event of the dataset on screen, prerendered or drawn
 * (an element whose text is an event's title: never an aggregate's "+N"), and the first item of
 * the interactive timeline (a `.vis-item` with an event's title).
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

function prepareTimelineJs(): string[] {
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
  return loaded.dataset.events.map((e) => e.title);
}

interface Probe {
  /** What to look for, by name: elements matching `selector` (and, if given, with a title). */
  readonly [name: string]: { readonly selector: string; readonly titles?: readonly string[] };
}

/**
 * Milliseconds from navigation start to the first visible element of each probe: a nonzero box
 * inside the viewport, with no hidden ancestor (`checkVisibility`), and, when the probe names
 * titles, a text that is one of them.
 */
async function firstVisible(
  page: Page,
  url: string,
  probes: Probe,
): Promise<Record<string, number>> {
  await page.addInitScript((probes: Probe) => {
    const w = window as unknown as { firstSeen?: Record<string, number> };
    const seen: Record<string, number> = {};
    w.firstSeen = seen;
    const sets = Object.entries(probes).map(
      ([name, p]) => [name, p.selector, p.titles && new Set(p.titles)] as const,
    );
    const visible = (el: HTMLElement) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.height > 0 &&
        r.right > 0 &&
        r.left < innerWidth &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      );
    };
    const check = () => {
      for (const [name, selector, titles] of sets) {
        if (seen[name] !== undefined) continue;
        for (const el of document.querySelectorAll<HTMLElement>(selector)) {
          if (titles && !titles.has(el.textContent.trim())) continue;
          if (visible(el)) {
            seen[name] = performance.now();
            break;
          }
        }
      }
      if (Object.keys(seen).length < sets.length) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, probes);
  await page.goto(url);
  await page.waitForFunction(
    (n) => Object.keys((window as unknown as { firstSeen: object }).firstSeen).length === n,
    Object.keys(probes).length,
    { timeout: 60_000 },
  );
  return page.evaluate(
    () => (window as unknown as { firstSeen: Record<string, number> }).firstSeen,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

test('first event: Parley against TimelineJS 3.9.11, side by side', async ({
  browser,
  baseURL,
}) => {
  const titles = prepareTimelineJs();
  const tlUrl = new URL('bench-timelinejs/index.html', baseURL).href;
  const parleyProbes: Probe = {
    // The prerendered frame's labels (.pre-text) or the timeline's (.item-text).
    event: { selector: '.pre-event .pre-text, .vis-item .item-text', titles },
    interactive: { selector: '.vis-item .item-text', titles },
  };
  const timelineJsProbes: Probe = { event: { selector: '.tl-timemarker' } };
  const parley: Record<string, number>[] = [];
  const timelinejs: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    for (const run of [
      async (page: Page) => parley.push(await firstVisible(page, baseURL!, parleyProbes)),
      async (page: Page) =>
        timelinejs.push((await firstVisible(page, tlUrl, timelineJsProbes)).event!),
    ]) {
      const context = await browser.newContext();
      await run(await context.newPage());
      await context.close();
    }
  }
  const report = (label: string, key: string) => {
    const times = parley.map((p) => p[key]!);
    const ratios = times.map((p, i) => p / timelinejs[i]!);
    console.log(
      `${label} (median of ${PAIRS} alternating pairs): Parley ${median(times).toFixed(0)} ms, ` +
        `TimelineJS ${median(timelinejs).toFixed(0)} ms; ratio Parley / TimelineJS ${median(ratios).toFixed(2)}× ` +
        `(pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
    );
  };
  report('first event (prerendered)', 'event');
  report('first interactive timeline item (.vis-item)', 'interactive');
});
