/**
 * Shortens the critical path: index.html itself starts fetching what the first frame needs
 * besides the entry script — the dataset, its loader chunk, and the timeline chunk (vis-timeline)
 * with its CSS — so they download in parallel with the entry script instead of one after the other.
 * The hashed names are known only after bundling, hence a plugin.
 */
import type { Plugin } from 'vite';

/** The lazy modules on the first frame's path, by their source file. */
const FIRST_FRAME_MODULES = ['src/features/timeline/TimelineView.tsx', 'src/data/load-dataset.ts'];
const DATASET = 'data/parley.json';

export function preloadCriticalPath(): Plugin {
  return {
    name: 'parley-preload-critical-path',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const links = [
          `<link rel="preload" href="./${DATASET}" as="fetch" type="application/json" crossorigin />`,
        ];
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          const id = chunk.facadeModuleId.replaceAll('\\', '/');
          if (!FIRST_FRAME_MODULES.some((m) => id.endsWith(m))) continue;
          links.push(`<link rel="modulepreload" crossorigin href="./${chunk.fileName}" />`);
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            links.push(`<link rel="preload" as="style" crossorigin href="./${css}" />`);
        }
        const block = `    <!-- Critical path: fetched in parallel with the entry script. -->\n    ${links.join('\n    ')}\n`;
        return html.replace('</head>', `${block}  </head>`);
      },
    },
  };
}
