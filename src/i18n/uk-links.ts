/** Ukrainian strings of links, embeds and citations (spread into `uk`). */
import type { enLinks } from './en-links';
import type { Message } from './message';

export const ukLinks: Record<keyof typeof enLinks, Message> = {
  'share.followHeight': 'Висота підлаштовується під вміст (додає невеликий скрипт)',
  'share.eventPage': 'Посилання з прев’ю цієї події для соцмереж і месенджерів',
  'share.copyEventPage': 'Копіювати посилання з прев’ю',
  'cite.open': 'Цитувати',
  'cite.title': 'Цитувати це подання',
  'cite.intro': 'Дата звернення: {date}. Скопіюйте стиль, прийнятий у вашому виданні.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago',
  'cite.mla': 'MLA',
  'cite.bibtex': 'BibTeX',
  'cite.copy': 'Копіювати {style}',
};
