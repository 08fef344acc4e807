/**
 * Timeline rendering in real Chromium, on the bundled dataset and on 10,000 and 100,000 synthetic
 * events (served in place of data/parley.json): time to the first drawn item, items in the DOM, the
 * time a zoom, a selection and a search take to show, and the JS heap. Figures are printed, not
 * asserted: run `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, type Page } from '@playwright/test';
import { loadDatasetText } from '../../src/data/load-dataset';
import { syntheticFile } from '../helpers/synthetic-file';

function loadedReal() {
  const text = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
  const loaded = loadDatasetText(text);
  if (!loaded.ok) throw new Error('the bundled dataset does not load');
  return loaded.dataset;
}

const real = loadedReal();
/** Where the synthetic files are written, inside the built app the test server serves. */
const BENCH_DIR = path.resolve(import.meta.dirname, '../../dist/bench');

/** Milliseconds until `ready` holds, measured inside the page. */
async function timeInPage(
  page: Page,
  act: () => Promise<void>,
  ready: string | (() => boolean),
): Promise<number> {
  await page.evaluate(() => ((window as unknown as { t0: number }).t0 = performance.now()));
  await act();
  await page.waitForFunction(ready, undefined, { timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          resolve(performance.now() - (window as unknown as { t0: number }).t0),
        ),
      ),
  );
}

/** An element that shows the outcome, with an attribute's value where it must have one. */
interface Ready {
  readonly selector: string;
  readonly attribute?: string;
  readonly value?: string;
}

/**
 * Milliseconds from the reader's input (the `type` event's `timeStamp`, as INP counts it) to the
 * frame after `ready` holds, polled each frame inside the page: Playwright's own waits (a click's
 * actionability checks, its polling) are not counted. Never waits more than 10 s.
 */
async function timeFromInput(
  page: Page,
  type: 'pointerdown' | 'keydown',
  act: () => Promise<void>,
  ready: Ready,
): Promise<number> {
  await page.evaluate(
    ([type, ready]) => {
      const w = window as unknown as { input?: Promise<number> };
      // The page's CSP allows no eval: the condition is data, an element and an attribute's value.
      const holds = () => {
        const el = document.querySelector(ready.selector);
        return (
          el !== null && (!ready.attribute || el.getAttribute(ready.attribute) === ready.value)
        );
      };
      w.input = new Promise((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`not ready 10 s after ${type}`)), 10_000);
        addEventListener(
          type,
          (e) => {
            const t0 = e.timeStamp;
            const poll = () => {
              if (!holds()) return void requestAnimationFrame(poll);
              requestAnimationFrame(() => {
                clearTimeout(timeout);
                resolve(performance.now() - t0);
              });
            };
            poll();
          },
          { capture: true, once: true },
        );
      });
    },
    [type, ready] as const,
  );
  await act();
  return page.evaluate(() => (window as unknown as { input: Promise<number> }).input);
}

/**
 * Clicks the first event item drawn wholly inside the lanes' visible area (an item starting before
 * the window is drawn partly under the lane labels, which take the click).
 */
async function clickDrawnEvent(page: Page): Promise<void> {
  const key = await page.evaluate(() => {
    const area = document.querySelector('.timeline .vis-panel.vis-center')!.getBoundingClientRect();
    const inside = [...document.querySelectorAll('.vis-item:not(.is-aggregate)')].find((n) => {
      const r = n.getBoundingClientRect();
      return r.left >= area.left && r.top >= area.top && r.bottom <= area.bottom && r.width > 0;
    });
    return inside?.querySelector('[data-focus-key]')?.getAttribute('data-focus-key') ?? null;
  });
  if (key === null) throw new Error('no event item is drawn in view');
  await page.locator(`[data-focus-key="${key}"]`).click();
}

async function measure(page: Page, label: string): Promise<void> {
  const start = Date.now();
  await page.goto('./');
  await page.locator('.vis-item, .dataset-errors').first().waitFor();
  if (await page.locator('.dataset-errors').count())
    throw new Error(`${label}: the dataset failed to load`);
  const firstItem = Date.now() - start;
  const items = await page.locator('.vis-item').count();
  const zoom = await timeInPage(
    page,
    () => page.getByRole('button', { name: 'The visit fortnight' }).click(),
    `document.querySelectorAll('.vis-item').length > 0 && document.querySelector('[aria-pressed="true"]')?.textContent === 'The visit fortnight'`,
  );
  const zoomedItems = await page.locator('.vis-item').count();
  const select = await timeFromInput(page, 'pointerdown', () => clickDrawnEvent(page), {
    selector: '#event-panel-title',
  });
  const zoomOut = await timeInPage(
    page,
    () => page.getByRole('button', { name: 'Whole period' }).click(),
    `document.querySelector('[aria-pressed="true"]')?.textContent === 'Whole period'`,
  );
  const wheel = await wheelZoom(page);
  const visit = await visitDays(page);
  // Search: from the last keystroke of "sanctions" to the matches listed and drawn.
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.fill('sanction');
  await page.getByRole('list', { name: 'Best matches' }).waitFor();
  // Settled: the matches listed are those of the whole word (a worker may answer a step behind).
  const search = await timeFromInput(page, 'keydown', () => box.press('s'), {
    selector: '[aria-label="Best matches"]',
    attribute: 'data-query',
    value: 'sanctions',
  });
  const heap = await heapMb(page);
  console.log(
    `${label}: search settles ${search.toFixed(0)} ms after the last keystroke; ` +
      `JS heap ${heap.page} MB (page, after GC)` +
      (heap.workers ? `, search worker ${heap.workers} MB` : " (a worker's heap is not reported)"),
  );
  console.log(
    `${label}: first item after ${firstItem} ms (navigation included); ${items} items drawn; ` +
      `zoom to the visit fortnight ${zoom.toFixed(0)} ms (${zoomedItems} items); ` +
      `zoom out ${zoomOut.toFixed(0)} ms; select an event ${select.toFixed(0)} ms (zoomed in)`,
  );
  console.log(
    `${label}: one Ctrl+wheel zoom step (whole period, a panel open) ${wheel.step.toFixed(0)} ms ` +
      `from the wheel event to the frame after the timeline took the new window ` +
      `(vis's own redraw at the new scale ${wheel.scaled.toFixed(0)} ms; ${wheel.items} items)`,
  );
  console.log(
    `${label}: zoom to the visit's days (20–22 March 2023) ${visit.zoom.toFixed(0)} ms ` +
      `(${visit.items} items), then open an event ${visit.open.toFixed(0)} ms`,
  );
}

/**
 * One Ctrl+wheel step zooming in over the middle of the items, timed in the page from the wheel
 * event (its `timeStamp`): `scaled` to the first frame after it (vis redraws at the new scale at
 * once), `step` to the frame after the controller gave the timeline its items for the store's new
 * window (its `parley:timeline-items` mark). Never waits more than 10 s: it reports a failure.
 */
async function wheelZoom(page: Page): Promise<{ step: number; scaled: number; items: number }> {
  const area = await page.locator('.timeline .vis-panel.vis-center').boundingBox();
  if (!area) throw new Error('no items area to zoom over');
  // Inside the items area, below the axis: vis zooms only over its range.
  await page.mouse.move(area.x + area.width / 2, area.y + Math.min(area.height / 2, 80));
  await page.evaluate(() => {
    const w = window as unknown as { wheel?: Promise<{ step: number; scaled: number }> };
    w.wheel = new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error('the wheel did not zoom in 10 s')), 10_000);
      addEventListener(
        'wheel',
        (e) => {
          const t0 = e.timeStamp;
          let scaled = 0;
          requestAnimationFrame(() => (scaled = performance.now() - t0));
          const poll = () => {
            const marks = performance.getEntriesByName('parley:timeline-items');
            if (marks.some((m) => m.startTime >= t0)) {
              requestAnimationFrame(() => {
                clearTimeout(timeout);
                resolve({ step: performance.now() - t0, scaled });
              });
            } else requestAnimationFrame(poll);
          };
          poll();
        },
        { capture: true, once: true },
      );
    });
  });
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -120);
  await page.keyboard.up('Control');
  const times = await page.evaluate(
    () => (window as unknown as { wheel: Promise<{ step: number; scaled: number }> }).wheel,
  );
  return { ...times, items: await page.locator('.vis-item').count() };
}

/**
 * Zoom to the visit's three days the way Back does (a URL with the window, then `popstate`), then
 * open the first event drawn there: the two times, and the items drawn at that zoom.
 */
async function visitDays(page: Page): Promise<{ zoom: number; open: number; items: number }> {
  await page.locator('.panel-close').click();
  await page.locator('#event-panel-title').waitFor({ state: 'detached' });
  const zoom = await timeInPage(
    page,
    () =>
      page.evaluate(() => {
        history.pushState(null, '', '?start=2023-03-20&end=2023-03-22');
        dispatchEvent(new PopStateEvent('popstate'));
      }),
    `document.querySelector('.vis-item:not(.is-aggregate)') !== null && ` +
      `!document.querySelector('.zoom-bar [aria-pressed="true"]')`,
  );
  const items = await page.locator('.vis-item').count();
  const open = await timeFromInput(page, 'pointerdown', () => clickDrawnEvent(page), {
    selector: '#event-panel-title',
  });
  return { zoom, open, items };
}

/** The JS heap after a garbage collection, by CDP: the page's, and its workers' together. */
async function heapMb(page: Page): Promise<{ page: number; workers: number }> {
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  let workers = 0;
  for (const worker of page.workers()) {
    workers += await worker.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    );
  }
  await cdp.detach();
  return { page: mb(usedSize), workers: mb(workers) };
}

test('timeline on the bundled dataset', async ({ page }) => {
  await measure(page, `bundled (${real.events.length} events)`);
});

/**
 * Serves `body` in place of data/parley.json from the test server, over HTTP as a host would.
 * (`route.fulfill` would pass the file through the DevTools protocol: at 100,000 events, 66 MB
 * and some 5 s that no reader waits.)
 */
async function serveDataset(page: Page, baseURL: string, events: number): Promise<void> {
  const name = `synthetic-${events}.json`;
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  fs.writeFileSync(path.join(BENCH_DIR, name), syntheticFile(events));
  const url = new URL(`bench/${name}`, baseURL).href;
  await page.route('**/data/parley.json', (route) => route.continue({ url }));
}

test('timeline on 10,000 synthetic events', async ({ page, baseURL }) => {
  await serveDataset(page, baseURL!, 10_000);
  await measure(page, 'synthetic (10,000 events)');
});

test('timeline on 100,000 synthetic events', async ({ page, baseURL }) => {
  test.setTimeout(900_000);
  await serveDataset(page, baseURL!, 100_000);
  await measure(page, 'synthetic (100,000 events)');
});
