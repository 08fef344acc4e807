/** English strings of the timeline (spread into `en`; kept apart to keep `en.ts` short). */
export const enTimeline = {
  'timeline.skip': 'Skip to timeline',
  'timeline.listTitle': '{count} events on {date}',
  'legend.label': 'Legend',
  'legend.show': 'Legend',
  'legend.kinds': 'Kinds of event (colour of the dot)',
  'legend.approximate': 'Approximate date (dashed border)',
  'legend.aggregate': 'More events here: choose to zoom in or list them',
  'legend.range': 'Event over several days',
  'legend.selected': 'The event you opened',
  'menu.views': 'Menu',
} as const;
