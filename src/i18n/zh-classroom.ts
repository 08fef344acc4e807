/** Simplified Chinese strings of the classroom: the handout and presentation mode (spread into `zh`). */
import type { enClassroom } from './en-classroom';
import type { Message } from './message';

export const zhClassroom: Record<keyof typeof enClassroom, Message> = {
  'punct.labelled': '{label}：',
  'present.look': '外观',
  'present.look.default': '标准',
  'present.look.contrast': '高对比度',
  'present.look.dark': '暗光环境',
  'print.asShown': '本讲义打印的是屏幕上显示的内容：时间轴可见范围内、符合筛选条件和搜索的事件。',
  'print.window': '时间轴范围：{range}',
  'print.search': '符合搜索“{query}”',
  'print.page': '第{page}页，共{pages}页',
  'print.figure': '时间轴上的可见范围；每个编号对应下文列出的一个事件。',
  'print.figureLabel': '{range}的时间轴：{count}个事件',
  'print.quotes': '各方原话',
  'print.questions': '讨论题',
  'print.questionsIntro': '选自第{seed}号测验。每道题都有一个得到来源支持的答案；请讨论其理由。',
};
