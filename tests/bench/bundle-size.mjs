// Reports the gzip sizes of what the first paint loads (the entry script, its static imports and
// CSS) and of the lazily loaded timeline chunk. Run after `vite build`: node tests/bench/bundle-size.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
// What the page executes and applies before its first paint: the entry script and stylesheets
// (the preloads of the critical path are fetched in parallel but run only when needed).
const initial = [
  ...html.matchAll(/<script[^>]*\ssrc="\.\/(assets\/[^"]+\.js)"/g),
  ...html.matchAll(/<link rel="stylesheet"[^>]*\shref="\.\/(assets\/[^"]+\.css)"/g),
].map((m) => m[1]);
const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const rows = [];
let initialTotal = 0;
for (const file of initial) {
  const size = gz(file);
  initialTotal += size;
  rows.push(['initial', file, kb(size)]);
}
for (const file of fs.readdirSync(path.join(dist, 'assets'))) {
  if (/^TimelineView-.*\.(js|css)$/.test(file))
    rows.push(['timeline chunk', `assets/${file}`, kb(gz(`assets/${file}`))]);
  if (/^load-dataset-.*\.js$/.test(file))
    rows.push(['loader chunk', `assets/${file}`, kb(gz(`assets/${file}`))]);
}
// The app's own modules, preloaded from index.html and run right after the first paint (the
// prerendered frame shows until then): the entry alone is no longer the app.
const preloaded = [
  ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/(assets\/[^"]+\.js)"/g),
]
  .map((m) => m[1])
  .filter((f) => !/\/(TimelineView|load-dataset|problems|problem-text)-/.test(f));
let appTotal = initial.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
for (const file of preloaded) appTotal += gz(file);
rows.push(['app chunks', `${preloaded.length} preloaded modules`, kb(appTotal)]);
rows.push(['dataset', 'data/parley.json', kb(gz('data/parley.json'))]);
console.log('Bundle sizes (gzip -9):');
for (const [what, file, size] of rows)
  console.log(`  ${what.padEnd(15)} ${file.padEnd(44)} ${size}`);
console.log(`  initial total   ${kb(initialTotal)}   (before the first paint)`);
console.log(
  `  app JS total    ${kb(appTotal)}   (entry + the app's preloaded modules, before it answers)`,
);
