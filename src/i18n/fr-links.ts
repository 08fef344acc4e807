/** French strings of links, embeds and citations (spread into `fr`). */
import type { enLinks } from './en-links';

export const frLinks: Record<keyof typeof enLinks, string> = {
  'share.followHeight': 'La hauteur suit le contenu (ajoute un petit script)',
  'share.eventPage':
    'Lien qui donne un aperçu de cet événement dans les réseaux sociaux et messageries',
  'share.copyEventPage': 'Copier le lien d’aperçu',
  'cite.open': 'Citer',
  'cite.title': 'Citer cette vue',
  'cite.intro': 'Consulté le {date}. Copiez le style qu’utilise votre publication.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago',
  'cite.mla': 'MLA',
  'cite.bibtex': 'BibTeX',
  'cite.copy': 'Copier {style}',
};
