/** Russian strings of the timeline (spread into `ru`). */
import type { enTimeline } from './en-timeline';
import type { Message } from './message';

export const ruTimeline: Record<keyof typeof enTimeline, Message> = {
  'timeline.skip': 'Перейти к шкале времени',
  'timeline.listTitle': {
    one: '{count} событие {date}',
    few: '{count} события {date}',
    many: '{count} событий {date}',
    other: '{count} события {date}',
  },
  'legend.label': 'Условные обозначения',
  'legend.show': 'Обозначения',
  'legend.kinds': 'Типы событий (цвет точки)',
  'legend.approximate': 'Приблизительная дата (пунктирная рамка)',
  'legend.aggregate': 'Здесь ещё события: выберите, чтобы приблизить или показать их списком',
  'legend.range': 'Многодневное событие',
  'legend.selected': 'Открытое вами событие',
  'menu.views': 'Меню',
};
