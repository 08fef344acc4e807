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
  'load.tooBigTitle': 'This dataset is too big for this device',
  'load.tooBigFile': 'The file is {size} MB and holds {events} events.',
  'load.tooBigFileSize': 'The file is {size} MB.',
  'load.tooBigDevice':
    'This device has {memory} GB of memory: it can hold about {maxEvents} events or a file of {maxSize} MB.',
  'load.tooBigDeviceAssumed':
    'This browser does not report the device’s memory; assuming {memory} GB, it can hold about {maxEvents} events or a file of {maxSize} MB.',
  'load.tooBigAdvice': 'Open it on a computer with more memory, or split it into smaller files.',
} as const;
