/** English strings of the PNG export (spread into `en`). */
export const enPng = {
  'export.pngSelected': 'Selected: {title} ({date})',
  'export.pngSources': 'Sources of the events shown:',
  'export.pngDone': 'Downloaded {file}: {alt}',
} as const;
