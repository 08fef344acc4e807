/** French strings of the PNG export (spread into `fr`). */
import type { enPng } from './en-png';

export const frPng: Record<keyof typeof enPng, string> = {
  'export.pngSelected': 'Sélection : {title} ({date})',
  'export.pngSources': 'Sources des événements affichés :',
  'export.pngDots': 'Points : événements sans place pour leur titre ({count}).',
  'export.pngDone': '{file} téléchargé : {alt}',
};
