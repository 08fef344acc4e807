/** English strings of the PNG export (spread into `en`). */
export const enPng = {
  'export.pngSelected': 'Selected: {title} ({date})',
  'export.pngSources': 'Sources of the events shown:',
  'export.pngDots': 'Dots: events without room for a label ({count}).',
  'export.pngDone': 'Downloaded {file}: {alt}',
} as const;
