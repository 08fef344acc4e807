/**
 * Shortens the critical path: index.html itself starts fetching what the first frame needs
 * besides the entry script — the dataset, its loader chunk, and the timeline chunk (vis-timeline)
 * with its CSS — so they download in parallel with the entry script instead of one after the other.
 * The hashed names are known only after bundling, hence a plugin.
 */
import type { Plugin } from 'vite';

/** The lazy modules on the first frame's path, by their source file. */
const FIRST_FRAME_MODULES = [
  'src/app/mount.tsx',
  'src/features/timeline/TimelineView.tsx',
  'src/data/load-dataset.ts',
];
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
        const bundle = ctx.bundle ?? {};
        const seen = new Set<string>();
        // A chunk and the chunks it imports statically (a modulepreload fetches only its own file);
        // those index.html already names are skipped.
        const preload = (fileName: string) => {
          const chunk = bundle[fileName];
          if (seen.has(fileName) || chunk?.type !== 'chunk') return;
          seen.add(fileName);
          if (!html.includes(`/${fileName}"`))
            links.push(`<link rel="modulepreload" crossorigin href="./${fileName}" />`);
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            if (!html.includes(`/${css}"`))
              links.push(`<link rel="preload" as="style" crossorigin href="./${css}" />`);
          chunk.imports.forEach(preload);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          const id = chunk.facadeModuleId.replaceAll('\\', '/');
          if (FIRST_FRAME_MODULES.some((m) => id.endsWith(m))) preload(chunk.fileName);
        }
        const block = `    <!-- Critical path: fetched in parallel with the entry script. -->\n    ${links.join('\n    ')}\n`;
        return html.replace('</head>', `${block}  </head>`);
      },
    },
  };
}
