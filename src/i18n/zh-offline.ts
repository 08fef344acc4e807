/** Simplified Chinese strings of offline support and of loading large files (spread into `zh`). */
import type { enOffline } from './en-offline';
import type { Message } from './message';

export const zhOffline: Record<keyof typeof enOffline, Message> = {
  'offline.update': 'Parley有新版本可用。',
  'offline.reload': '重新加载',
  'offline.savedCopy': '无法获取数据集，因此显示的是{date}保存的副本：内容可能已过时。',
  'offline.appCopy': '无法获取数据集，因此显示的是随应用保存的副本：内容可能已过时。',
  'load.downloading': '正在加载数据集：{loaded} MB，共{total} MB……',
  'load.downloadingSize': '正在加载数据集：{loaded} MB……',
  'load.checking': '正在检查{events}个事件（{size} MB）……',
  'load.tooBigTitle': '此数据集对本设备而言过大',
  'load.tooBigFile': '该文件大小为{size} MB，包含{events}个事件。',
  'load.tooBigFileSize': '该文件大小为{size} MB。',
  'load.tooBigDevice': '本设备内存为{memory} GB，大约可容纳{maxEvents}个事件或{maxSize} MB的文件。',
  'load.tooBigDeviceAssumed':
    '此浏览器未报告设备内存；按{memory} GB估算，大约可容纳{maxEvents}个事件或{maxSize} MB的文件。',
  'load.tooBigAdvice': '请在内存更大的电脑上打开，或将其拆分为较小的文件。',
};
