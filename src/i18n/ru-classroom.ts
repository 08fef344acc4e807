/** Russian strings of the classroom: the handout and presentation mode (spread into `ru`). */
import type { enClassroom } from './en-classroom';
import type { Message } from './message';

export const ruClassroom: Record<keyof typeof enClassroom, Message> = {
  'punct.labelled': '{label}:',
  'present.look': 'Оформление',
  'present.look.default': 'Стандартное',
  'present.look.contrast': 'Высокий контраст',
  'present.look.dark': 'Тёмный зал',
  'print.asShown':
    'В раздаточном материале напечатано то, что было на экране: события в видимом отрезке шкалы времени, соответствующие фильтрам и поиску.',
  'print.window': 'Отрезок шкалы времени: {range}',
  'print.search': 'соответствующие поиску «{query}»',
  'print.page': 'Страница {page} из {pages}',
  'print.figure': 'Видимый отрезок шкалы времени; каждый номер — событие из списка ниже.',
  'print.figureLabel': {
    one: 'Шкала времени за {range}: {count} событие',
    few: 'Шкала времени за {range}: {count} события',
    many: 'Шкала времени за {range}: {count} событий',
    other: 'Шкала времени за {range}: {count} события',
  },
  'print.quotes': 'Из первых уст',
  'print.questions': 'Вопросы для обсуждения',
  'print.questionsIntro':
    'Из викторины № {seed}. У каждого вопроса один ответ, который подтверждают источники; обсудите почему.',
};
