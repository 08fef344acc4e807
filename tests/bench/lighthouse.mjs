// Lighthouse 12 (mobile: its default emulated phone and throttling) on the built app and on its
// embed, behind a server that gzips as a real host does. Prints the median of RUNS runs of each
// score and of LCP and TBT. Figures, not assertions. Run after `vite build`:
//   node tests/bench/lighthouse.mjs [RUNS]
import { spawn } from 'node:child_process';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import launch from '../helpers/chromium.json' with { type: 'json' };

const RUNS = Number(process.argv[2] ?? 3);
const PORT = 4390;
const BASE = `http://127.0.0.1:${PORT}/hosted/parley/`;
const PAGES = [
  ['app', BASE],
  ['embed', `${BASE}?embed=1`],
];

const server = spawn(
  process.execPath,
  [path.join(import.meta.dirname, '../helpers/static-server.mjs'), String(PORT)],
  { env: { ...process.env, PARLEY_GZIP: '1' }, stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve) => server.stdout.once('data', resolve));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? launch.executablePath,
  chromeFlags: ['--headless=new', ...launch.args],
});
try {
  for (const [label, url] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
      });
    }
    const m = (key) => median(runs.map((r) => r[key]));
    console.log(
      `lighthouse mobile, ${label} (median of ${RUNS}): performance ${m('performance')} ` +
        `(runs ${runs.map((r) => r.performance).join(', ')}), accessibility ${m('accessibility')}, ` +
        `best practices ${m('bestPractices')}; FCP ${(m('fcp') / 1000).toFixed(2)} s, ` +
        `LCP ${(m('lcp') / 1000).toFixed(2)} s, TBT ${m('tbt').toFixed(0)} ms`,
    );
  }
} finally {
  await chrome.kill();
  server.kill();
}
