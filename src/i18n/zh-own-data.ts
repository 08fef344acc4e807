/** Simplified Chinese strings of "your own data" (spread into `zh`). */
import type { enOwnData } from './en-own-data';
import type { Message } from './message';

export const zhOwnData: Record<keyof typeof enOwnData, Message> = {
  'ownData.open': '打开文件……',
  'ownData.openAnother': '打开其他文件……',
  'ownData.openHint': 'Parley JSON文件、TimelineJS JSON文件，或另存为CSV的电子表格',
  'ownData.bundled': '返回内置数据集',
  'ownData.label': '当前显示的数据集',
  'ownData.fromFile': '您正在查看自己的文件“{name}”，它保存在此浏览器中。',
  'ownData.fromUrl': '您正在查看来自{url}的数据。',
  'ownData.madeIds':
    '您的文件中有{count}个事件没有编号：Parley根据日期和标题为其生成了编号，因此只要修改其中一项，指向这些事件的链接就会改变。请添加编号（unique_id或ID列），以保持链接稳定。',
  'ownData.unused': 'Parley 不使用您文件中的以下部分（已读取，但不显示）：{names}。',
  'ownData.drop': '松开即可打开文件',
  'ownData.notKept': '此浏览器无法保存该文件：现在可以显示，但重新加载页面后将不再显示。',
  'ownData.errorsHint': '此时不会改为显示内置大事记。请修正文件后重新打开，或返回内置数据集。',
  'export.timelinejs': '事件（TimelineJS JSON）',
  'export.csvTemplate': '事件（电子表格，CSV模板）',
};
