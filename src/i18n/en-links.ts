/** English strings of links, embeds and citations (spread into `en`; kept apart to keep `en.ts` short). */
export const enLinks = {
  'share.followHeight': 'Height follows the content (adds a small script)',
  'share.eventPage': 'Link that previews this event in social media and chat apps',
  'share.copyEventPage': 'Copy preview link',
  'cite.open': 'Cite',
  'cite.title': 'Cite this view',
  'cite.intro': 'Accessed {date}. Copy the style your publication uses.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago',
  'cite.mla': 'MLA',
  'cite.bibtex': 'BibTeX',
  'cite.copy': 'Copy {style}',
} as const;
