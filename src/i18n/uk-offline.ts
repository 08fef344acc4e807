/** Ukrainian strings of offline support and of loading large files (spread into `uk`). */
import type { enOffline } from './en-offline';
import type { Message } from './message';

export const ukOffline: Record<keyof typeof enOffline, Message> = {
  'offline.update': 'Доступна нова версія Parley.',
  'offline.reload': 'Перезавантажити',
  'offline.savedCopy':
    'Не вдалося завантажити набір даних, тому показано копію, збережену {date}: вона може бути застарілою.',
  'offline.appCopy':
    'Не вдалося завантажити набір даних, тому показано копію, збережену разом із застосунком: вона може бути застарілою.',
  'load.downloading': 'Завантаження набору даних: {loaded} з {total} МБ…',
  'load.downloadingSize': 'Завантаження набору даних: {loaded} МБ…',
  'load.checking': 'Перевірка подій: {events} ({size} МБ)…',
  'load.tooBigTitle': 'Цей набір даних завеликий для цього пристрою',
  'load.tooBigFile': 'Розмір файлу — {size} МБ, подій: {events}.',
  'load.tooBigFileSize': 'Розмір файлу — {size} МБ.',
  'load.tooBigDevice':
    'Пам’ять пристрою: {memory} ГБ. Допустима межа: подій — близько {maxEvents}, розмір файлу — до {maxSize} МБ.',
  'load.tooBigDeviceAssumed':
    'Браузер не повідомляє обсяг пам’яті пристрою; якщо прийняти його за {memory} ГБ, допустима межа: подій — близько {maxEvents}, розмір файлу — до {maxSize} МБ.',
  'load.tooBigAdvice':
    'Відкрийте його на комп’ютері з більшим обсягом пам’яті або розділіть на менші файли.',
};
