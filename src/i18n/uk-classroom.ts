/** Ukrainian strings of the classroom: the handout and presentation mode (spread into `uk`). */
import type { enClassroom } from './en-classroom';
import type { Message } from './message';

export const ukClassroom: Record<keyof typeof enClassroom, Message> = {
  'punct.labelled': '{label}:',
  'present.look': 'Оформлення',
  'present.look.default': 'Стандартне',
  'present.look.contrast': 'Високий контраст',
  'present.look.dark': 'Темна зала',
  'print.asShown':
    'У роздатковому матеріалі надруковано те, що було на екрані: події у видимому відрізку часової шкали, які відповідають фільтрам і пошуку.',
  'print.window': 'Відрізок часової шкали: {range}',
  'print.search': 'які відповідають пошуку «{query}»',
  'print.page': 'Сторінка {page} з {pages}',
  'print.figure': 'Видимий відрізок часової шкали; кожен номер — подія зі списку нижче.',
  'print.figureLabel': {
    one: 'Часова шкала за {range}: {count} подія',
    few: 'Часова шкала за {range}: {count} події',
    many: 'Часова шкала за {range}: {count} подій',
    other: 'Часова шкала за {range}: {count} події',
  },
  'print.quotes': 'З перших вуст',
  'print.questions': 'Питання для обговорення',
  'print.questionsIntro':
    'З вікторини № {seed}. Кожне запитання має одну відповідь, яку підтверджують джерела; обговоріть чому.',
};
