/**
 * Build-time prerendering of the default view: `dist/index.html` carries the first frame of the
 * bundled dataset (prerender-frame.ts) so its events show before any JavaScript runs, with:
 *
 * - its stylesheet, a linked file (the CSP has `style-src 'self'`: no inline style),
 * - a tiny same-origin script before it (no inline script under the CSP) that hides it at once
 *   when the link has a query or the reader's own dataset is kept (prerender-gate.js),
 * - `<meta name="parley-dataset-sha256">`, the SHA-256 of the exact file it was drawn from and
 *   that this build validated: the app compares the file it is served against it, drops the frame
 *   the moment they differ (never stale events), and skips re-validating only a file that matches.
 *
 * The app retires the frame once it renders (src/app/prerender.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadDatasetText } from '../src/data/load-dataset';
import { en } from '../src/i18n/en';
import { DATASET_HASH_META } from '../src/app/prerender';
import { NOSCRIPT_MARKER, prerenderFrame } from './prerender-frame';

const hashed = (name: string, ext: string, content: string) =>
  `assets/${name}-${crypto.createHash('sha256').update(content).digest('hex').slice(0, 8)}.${ext}`;

export function prerenderDefaultView(datasetFile: string): Plugin {
  let files: { css: string; cssName: string; gate: string; gateName: string } | undefined;
  let html = '';
  let sha256 = '';
  return {
    name: 'parley-prerender-default-view',
    apply: 'build',
    buildStart() {
      const bytes = fs.readFileSync(datasetFile);
      const loaded = loadDatasetText(bytes.toString('utf8'));
      if (!loaded.ok)
        throw new Error(`Prerender: ${datasetFile} has ${loaded.problems.length} problems.`);
      sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      const frame = prerenderFrame(loaded.dataset, {
        appName: en.appName,
        timelineLabel: en['timeline.label'],
      });
      html = frame.html;
      const dir = import.meta.dirname;
      const css = `${fs.readFileSync(path.join(dir, 'prerender.css'), 'utf8')}\n${frame.css}\n`;
      const gate = fs.readFileSync(path.join(dir, 'prerender-gate.js'), 'utf8');
      files = {
        css,
        cssName: hashed('prerender', 'css', css),
        gate,
        gateName: hashed('prerender-gate', 'js', gate),
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(page) {
        if (!files) return page;
        // First in the head: the gate is parser-blocking, so it must be among the first requests.
        const head =
          `<meta name="${DATASET_HASH_META}" content="${sha256}" />\n` +
          `    <script src="./${files.gateName}"></script>\n` +
          `    <link rel="stylesheet" href="./${files.cssName}" />\n    <link rel="icon"`;
        // The page's "needs JavaScript" line moves into the frame, where it shows.
        const noScript = /\s*(<noscript>[\s\S]*?<\/noscript>)/.exec(page);
        const frame = html.replace(NOSCRIPT_MARKER, noScript?.[1] ?? '');
        const body = `<body>\n    ${frame}\n    <div id="root"></div>`;
        return page
          .replace(noScript?.[0] ?? '', '')
          .replace('<link rel="icon"', head)
          .replace(/<body>\s*<div id="root"><\/div>/, body);
      },
    },
    generateBundle() {
      if (!files) return;
      this.emitFile({ type: 'asset', fileName: files.cssName, source: files.css });
      this.emitFile({ type: 'asset', fileName: files.gateName, source: files.gate });
    },
  };
}
