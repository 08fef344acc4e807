/** Ukrainian strings of the PNG export (spread into `uk`). */
import type { enPng } from './en-png';
import type { Message } from './message';

export const ukPng: Record<keyof typeof enPng, Message> = {
  'export.pngSelected': 'Вибрано: {title} ({date})',
  'export.pngSources': 'Джерела показаних подій:',
  'export.pngDots': 'Крапки: події, для підпису яких немає місця ({count}).',
  'export.pngDone': 'Завантажено файл {file}: {alt}',
};
