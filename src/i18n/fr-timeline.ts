/** French strings of the timeline (spread into `fr`). */
import type { enTimeline } from './en-timeline';

export const frTimeline: Record<keyof typeof enTimeline, string> = {
  'timeline.skip': 'Aller à la frise',
  'timeline.listTitle': '{count} événements le {date}',
  'legend.label': 'Légende',
  'legend.show': 'Légende',
  'legend.kinds': 'Types d’événement (couleur du point)',
  'legend.approximate': 'Date approximative (bordure en tirets)',
  'legend.aggregate': 'D’autres événements ici : choisir pour zoomer ou les lister',
  'legend.range': 'Événement sur plusieurs jours',
  'legend.selected': 'L’événement ouvert',
  'menu.views': 'Menu',
};
