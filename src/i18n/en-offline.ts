/** English strings of offline support and of loading large files (spread into `en`). */
export const enOffline = {
  'offline.update': 'A new version of Parley is available.',
  'offline.reload': 'Reload',
  'offline.savedCopy':
    'The dataset could not be fetched, so this is the copy saved on {date}: it may be out of date.',
  'offline.appCopy':
    'The dataset could not be fetched, so this is the copy saved with the app: it may be out of date.',
  'load.downloading': 'Loading the dataset: {loaded} of {total} MB…',
  'load.downloadingSize': 'Loading the dataset: {loaded} MB…',
  'load.checking': 'Checking {events} events ({size} MB)…',
} as const;
