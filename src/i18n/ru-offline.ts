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
  'load.tooBigTitle': 'Этот набор данных слишком велик для данного устройства',
  'load.tooBigFile': 'Размер файла — {size} МБ, событий: {events}.',
  'load.tooBigFileSize': 'Размер файла — {size} МБ.',
  'load.tooBigDevice':
    'Память устройства: {memory} ГБ. Допустимый предел: событий — около {maxEvents}, размер файла — до {maxSize} МБ.',
  'load.tooBigDeviceAssumed':
    'Браузер не сообщает объём памяти устройства; если принять его за {memory} ГБ, допустимый предел: событий — около {maxEvents}, размер файла — до {maxSize} МБ.',
  'load.tooBigAdvice':
    'Откройте его на компьютере с большим объёмом памяти или разделите на файлы меньшего размера.',
};
