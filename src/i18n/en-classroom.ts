/** English strings of the classroom: the handout and presentation mode (spread into `en`). */
export const enClassroom = {
  /** A label before its value ("Who: …"): French puts a narrow no-break space before the colon, Chinese a full-width colon. */
  'punct.labelled': '{label}:',
  'present.look': 'Look',
  'present.look.default': 'Standard',
  'present.look.contrast': 'High contrast',
  'present.look.dark': 'Dark room',
  'print.asShown':
    'This handout prints what the screen showed: the events in the timeline’s window that pass the filters and the search.',
  'print.window': 'Timeline window: {range}',
  'print.search': 'matching the search “{query}”',
  'print.page': 'Page {page} of {pages}',
  'print.figure': 'The window on a timeline; each number is an event listed below.',
  'print.figureLabel': 'Timeline from {range}: {count} events',
  'print.quotes': 'In their words',
  'print.questions': 'Questions for discussion',
  'print.questionsIntro':
    'From quiz number {seed}. Each question has one answer the sources support; discuss why.',
} as const;
