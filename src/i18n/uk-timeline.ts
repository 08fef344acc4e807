/** Ukrainian strings of the timeline (spread into `uk`). */
import type { enTimeline } from './en-timeline';
import type { Message } from './message';

export const ukTimeline: Record<keyof typeof enTimeline, Message> = {
  'timeline.skip': 'Перейти до часової шкали',
  'timeline.listTitle': {
    one: '{count} подія {date}',
    few: '{count} події {date}',
    many: '{count} подій {date}',
    other: '{count} події {date}',
  },
  'legend.label': 'Умовні позначення',
  'legend.show': 'Позначення',
  'legend.kinds': 'Типи подій (колір точки)',
  'legend.approximate': 'Приблизна дата (пунктирна рамка)',
  'legend.aggregate': 'Тут ще події: виберіть, щоб наблизити або показати їх списком',
  'legend.range': 'Багатоденна подія',
  'legend.selected': 'Відкрита вами подія',
  'menu.views': 'Меню',
};
