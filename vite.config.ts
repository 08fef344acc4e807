/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { linkPreviews } from './scripts/link-previews/vite-plugin';
import { offlineSupport } from './build-plugins/offline.ts';
import { preloadCriticalPath } from './build-plugins/preload.ts';
import { prerenderDefaultView } from './build-plugins/prerender.ts';

/**
 * Serves `data/parley.json` and `data/schema.json` at `./data/…` (and `embed.js`, below) in dev and
 * copies them into the build, unbundled: a school can swap in its own dataset file without rebuilding, and anyone can
 * validate a file against the published schema.
 */
const DATASET_FILES = ['parley.json', 'schema.json'] as const;
/**
 * The host-page script of embeds, served as `embed.js` next to `index.html` at a stable name
 * (newsrooms paste its address into articles). Hand-written ES5, copied as is, never hashed.
 */
const EMBED_SCRIPT = path.resolve(import.meta.dirname, 'src/features/newsroom/embed-host.js');

function datasetAssets(dataDir = path.resolve(import.meta.dirname, 'data')): Plugin {
  return {
    name: 'parley-dataset-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = req.url?.split('?')[0] ?? '';
        if (pathname.endsWith('/embed.js')) {
          res.setHeader('Content-Type', 'text/javascript');
          return res.end(fs.readFileSync(EMBED_SCRIPT));
        }
        const name = pathname.match(/\/data\/([a-z]+\.json)$/)?.[1];
        if (!name || !(DATASET_FILES as readonly string[]).includes(name)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(fs.readFileSync(path.join(dataDir, name)));
      });
    },
    generateBundle() {
      for (const name of DATASET_FILES) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: fs.readFileSync(path.join(dataDir, name)),
        });
      }
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: fs.readFileSync(EMBED_SCRIPT) });
    },
  };
}

/**
 * The dev server injects inline scripts (React Refresh) that the strict CSP of `index.html` would
 * block, so it serves the page without the policy; the build keeps it.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'parley-csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

// `base: './'` makes every asset URL relative, so the built app works from any sub-path
// (a school's /history/parley/ as well as a newsroom's /embeds/).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    datasetAssets(),
    cspOnlyInBuild(),
    linkPreviews(path.resolve(import.meta.dirname, 'data/parley.json')),
    preloadCriticalPath(),
    prerenderDefaultView(path.resolve(import.meta.dirname, 'data/parley.json')),
    offlineSupport(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 700,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/components/**/*.test.tsx'],
          setupFiles: ['tests/helpers/setup-dom.ts'],
        },
      },
    ],
  },
});
