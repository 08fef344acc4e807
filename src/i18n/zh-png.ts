/** Simplified Chinese strings of the PNG export (spread into `zh`). */
import type { enPng } from './en-png';
import type { Message } from './message';

export const zhPng: Record<keyof typeof enPng, Message> = {
  'export.pngSelected': '已选：{title}（{date}）',
  'export.pngSources': '所示事件的来源：',
  'export.pngDots': '圆点：没有空间显示标题的事件（{count}）。',
  'export.pngDone': '已下载 {file}：{alt}',
};
