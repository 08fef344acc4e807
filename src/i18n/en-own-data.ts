/** English strings of "your own data" (spread into `en`; kept apart to keep `en.ts` short). */
export const enOwnData = {
  'ownData.open': 'Open a file…',
  'ownData.openAnother': 'Open another file…',
  'ownData.openHint': 'A Parley JSON file, a TimelineJS JSON file, or a spreadsheet saved as CSV',
  'ownData.bundled': 'Back to the bundled dataset',
  'ownData.label': 'Dataset shown',
  'ownData.fromFile': 'You are looking at your file “{name}”, kept in this browser.',
  'ownData.fromUrl': 'You are looking at data from {url}.',
  'ownData.madeIds': {
    one: 'Your file gives no id for {count} event: Parley made its id from date and headline, so links to it change if either is edited. Add ids (unique_id, or the ID column) to keep links stable.',
    other:
      'Your file gives no id for {count} events: Parley made their ids from date and headline, so links to them change if either is edited. Add ids (unique_id, or the ID column) to keep links stable.',
  },
  'ownData.unused':
    'Parley does not use these parts of your file, which it read but does not show: {names}.',
  'ownData.drop': 'Drop the file to open it',
  'ownData.notKept':
    'This browser could not keep the file: it is shown now, but a reload will not show it again.',
  'ownData.errorsHint':
    'None of the bundled chronology is shown instead. Fix the file and open it again, or go back to the bundled dataset.',
  'export.timelinejs': 'Events as TimelineJS JSON',
  'export.csvTemplate': 'Events as a spreadsheet (CSV template)',
} as const;
