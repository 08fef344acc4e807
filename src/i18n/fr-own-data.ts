/** French strings of "your own data" (spread into `fr`). */
import type { enOwnData } from './en-own-data';
import type { Message } from './message';

export const frOwnData: Record<keyof typeof enOwnData, Message> = {
  'ownData.open': 'Ouvrir un fichier…',
  'ownData.openAnother': 'Ouvrir un autre fichier…',
  'ownData.openHint':
    'Un fichier JSON de Parley, un fichier JSON de TimelineJS ou un tableur enregistré en CSV',
  'ownData.bundled': 'Revenir au jeu de données fourni',
  'ownData.label': 'Jeu de données affiché',
  'ownData.fromFile': 'Vous consultez votre fichier « {name} », conservé dans ce navigateur.',
  'ownData.fromUrl': 'Vous consultez les données de {url}.',
  'ownData.madeIds': {
    one: 'Votre fichier ne donne pas d’identifiant à {count} événement : Parley l’a formé à partir de la date et du titre, si bien que les liens vers cet événement changent si l’un ou l’autre est modifié. Ajoutez des identifiants (unique_id, ou la colonne ID) pour garder des liens stables.',
    other:
      'Votre fichier ne donne pas d’identifiant à {count} événements : Parley les a formés à partir de la date et du titre, si bien que les liens vers eux changent si l’un ou l’autre est modifié. Ajoutez des identifiants (unique_id, ou la colonne ID) pour garder des liens stables.',
  },
  'ownData.unused':
    'Parley n’utilise pas ces parties de votre fichier, lues mais non affichées : {names}.',
  'ownData.drop': 'Déposez le fichier pour l’ouvrir',
  'ownData.notKept':
    'Ce navigateur n’a pas pu conserver le fichier : il est affiché maintenant, mais ne le sera plus après un rechargement.',
  'ownData.errorsHint':
    'La chronologie fournie n’est pas affichée à sa place. Corrigez le fichier et ouvrez-le de nouveau, ou revenez au jeu de données fourni.',
  'export.timelinejs': 'Événements en JSON TimelineJS',
  'export.csvTemplate': 'Événements pour tableur (modèle CSV)',
};
