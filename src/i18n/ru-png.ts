/** Russian strings of the PNG export (spread into `ru`). */
import type { enPng } from './en-png';
import type { Message } from './message';

export const ruPng: Record<keyof typeof enPng, Message> = {
  'export.pngSelected': 'Выбрано: {title} ({date})',
  'export.pngSources': 'Источники показанных событий:',
  'export.pngDots': 'Точки: события, для подписи которых нет места ({count}).',
  'export.pngDone': 'Загружен файл {file}: {alt}',
};
