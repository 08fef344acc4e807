/** Simplified Chinese strings of links, embeds and citations (spread into `zh`). */
import type { enLinks } from './en-links';
import type { Message } from './message';

export const zhLinks: Record<keyof typeof enLinks, Message> = {
  'share.followHeight': '高度随内容调整（会加入一小段脚本）',
  'share.eventPage': '可在社交媒体和聊天应用中预览此事件的链接',
  'share.copyEventPage': '复制预览链接',
  'cite.open': '引用',
  'cite.title': '引用此视图',
  'cite.intro': '访问日期：{date}。请复制您的出版物所用的格式。',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago',
  'cite.mla': 'MLA',
  'cite.bibtex': 'BibTeX',
  'cite.copy': '复制{style}格式',
};
