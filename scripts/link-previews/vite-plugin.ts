/**
 * The Vite plugin that adds link previews to the build (see `link-previews.ts`): the tags in
 * `index.html` where `HEAD_MARKER` stands, and the picture, the oEmbed answer and the per-event
 * pages as assets. The public address, when the host knows it, comes from `PARLEY_PUBLIC_URL`.
 */
import fs from 'node:fs';
import type { Plugin } from 'vite';
import { loadDatasetText } from '../../src/data/load-dataset';
import type { Dataset } from '../../src/domain/types';
import { HEAD_MARKER, indexHeadTags, linkPreviewFiles } from './link-previews';

function readDataset(file: string): Dataset {
  const result = loadDatasetText(fs.readFileSync(file, 'utf8'));
  if (!result.ok)
    throw new Error(`Link previews: ${file} has ${result.problems.length} problems; not building.`);
  return result.dataset;
}

export function linkPreviews(
  datasetFile: string,
  publicUrl = process.env.PARLEY_PUBLIC_URL,
): Plugin {
  let dataset: Dataset | undefined;
  const load = () => (dataset ??= readDataset(datasetFile));
  const base = publicUrl ? (publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`) : undefined;
  return {
    name: 'parley-link-previews',
    transformIndexHtml(html) {
      return html.replace(HEAD_MARKER, indexHeadTags(load(), base));
    },
    generateBundle() {
      for (const file of linkPreviewFiles(load(), base)) this.emitFile({ type: 'asset', ...file });
    },
  };
}
