/** French strings of offline support and of loading large files (spread into `fr`). */
import type { enOffline } from './en-offline';

export const frOffline: Record<keyof typeof enOffline, string> = {
  'offline.update': 'Une nouvelle version de Parley est disponible.',
  'offline.reload': 'Recharger',
  'offline.savedCopy':
    'Le jeu de données n’a pas pu être téléchargé : voici la copie enregistrée le {date}, peut-être dépassée.',
  'offline.appCopy':
    'Le jeu de données n’a pas pu être téléchargé : voici la copie enregistrée avec l’application, peut-être dépassée.',
  'load.downloading': 'Chargement du jeu de données : {loaded} Mo sur {total}…',
  'load.downloadingSize': 'Chargement du jeu de données : {loaded} Mo…',
  'load.checking': 'Vérification de {events} événements ({size} Mo)…',
  'load.tooBigTitle': 'Ce jeu de données est trop volumineux pour cet appareil',
  'load.tooBigFile': 'Le fichier pèse {size} Mo et contient {events} événements.',
  'load.tooBigFileSize': 'Le fichier pèse {size} Mo.',
  'load.tooBigDevice':
    'Cet appareil dispose de {memory} Go de mémoire : il peut contenir environ {maxEvents} événements ou un fichier de {maxSize} Mo.',
  'load.tooBigDeviceAssumed':
    'Ce navigateur n’indique pas la mémoire de l’appareil ; en supposant {memory} Go, il peut contenir environ {maxEvents} événements ou un fichier de {maxSize} Mo.',
  'load.tooBigAdvice':
    'Ouvrez-le sur un ordinateur disposant de plus de mémoire, ou divisez-le en fichiers plus petits.',
};
