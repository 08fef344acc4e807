// Takes a screenshot of a page in Debian's Chromium, to look at what the app shows:
//   node tests/helpers/screenshot.mjs URL OUT.png [WxH] [async script body using `page`]
import { chromium } from 'playwright-core';
import launch from './chromium.json' with { type: 'json' };

const [url, out, size = '1366x768', script] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath,
  headless: true,
  args: launch.args,
});
const page = await browser.newPage({ viewport: { width, height } });
page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
if (script) {
  const fn = new Function('page', `return (async () => { ${script} })()`);
  await fn(page);
  await page.waitForTimeout(800);
}
await page.screenshot({ path: out });
await browser.close();
