/** Russian strings of links, embeds and citations (spread into `ru`). */
import type { enLinks } from './en-links';
import type { Message } from './message';

export const ruLinks: Record<keyof typeof enLinks, Message> = {
  'share.followHeight': 'Высота подстраивается под содержимое (добавляет небольшой скрипт)',
  'share.eventPage': 'Ссылка с превью этого события для соцсетей и мессенджеров',
  'share.copyEventPage': 'Копировать ссылку с превью',
  'cite.open': 'Цитировать',
  'cite.title': 'Цитировать этот вид',
  'cite.intro': 'Дата обращения: {date}. Скопируйте стиль, принятый в вашем издании.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago',
  'cite.mla': 'MLA',
  'cite.bibtex': 'BibTeX',
  'cite.copy': 'Копировать {style}',
};
