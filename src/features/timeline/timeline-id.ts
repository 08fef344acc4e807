/** The id of the timeline's element: the "Skip to timeline" link's target (kept out of the lazy chunk). */
export const TIMELINE_ID = 'timeline-items';
