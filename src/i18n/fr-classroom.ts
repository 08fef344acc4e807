/** French strings of the classroom: the handout and presentation mode (spread into `fr`). */
import type { enClassroom } from './en-classroom';

export const frClassroom: Record<keyof typeof enClassroom, string> = {
  'punct.labelled': '{label} :',
  'present.look': 'Apparence',
  'present.look.default': 'Standard',
  'present.look.contrast': 'Contraste élevé',
  'present.look.dark': 'Salle obscure',
  'print.asShown':
    'Ce document reprend ce que montrait l’écran : les événements de la fenêtre de la frise qui passent les filtres et la recherche.',
  'print.window': 'Fenêtre de la frise : {range}',
  'print.search': 'correspondant à la recherche « {query} »',
  'print.page': 'Page {page} sur {pages}',
  'print.figure': 'La fenêtre sur une frise ; chaque numéro renvoie à un événement ci-dessous.',
  'print.figureLabel': 'Frise du {range} : {count} événements',
  'print.quotes': 'Dans leurs mots',
  'print.questions': 'Questions pour la discussion',
  'print.questionsIntro':
    'Tirées du quiz numéro {seed}. Chaque question a une réponse qu’appuient les sources ; discutez pourquoi.',
};
