/** Simplified Chinese strings of the timeline (spread into `zh`). */
import type { enTimeline } from './en-timeline';
import type { Message } from './message';

export const zhTimeline: Record<keyof typeof enTimeline, Message> = {
  'timeline.skip': '跳至时间轴',
  'timeline.listTitle': '{date}的{count}个事件',
  'legend.label': '图例',
  'legend.show': '图例',
  'legend.kinds': '事件类型（圆点颜色）',
  'legend.approximate': '日期为约数（虚线边框）',
  'legend.aggregate': '此处有更多事件：选择即可放大或列出',
  'legend.range': '持续数日的事件',
  'legend.selected': '您打开的事件',
  'menu.views': '菜单',
};
