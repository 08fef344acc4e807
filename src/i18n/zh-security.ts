/** Simplified Chinese strings of reliability and security (spread into `zh`). */
import type { enSecurity } from './en-security';
import type { Message } from './message';

export const zhSecurity: Record<keyof typeof enSecurity, Message> = {
  'errors.retry': '重试',
};
