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
};
