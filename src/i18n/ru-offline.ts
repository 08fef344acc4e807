/** Russian strings of offline support and of loading large files (spread into `ru`). */
import type { enOffline } from './en-offline';
import type { Message } from './message';

export const ruOffline: Record<keyof typeof enOffline, Message> = {
  'offline.update': 'Доступна новая версия Parley.',
  'offline.reload': 'Перезагрузить',
  'offline.savedCopy':
    'Не удалось загрузить набор данных, поэтому показана копия, сохранённая {date}: она может быть устаревшей.',
  'offline.appCopy':
    'Не удалось загрузить набор данных, поэтому показана копия, сохранённая вместе с приложением: она может быть устаревшей.',
  'load.downloading': 'Загрузка набора данных: {loaded} из {total} МБ…',
  'load.downloadingSize': 'Загрузка набора данных: {loaded} МБ…',
  'load.checking': 'Проверка событий: {events} ({size} МБ)…',
};
