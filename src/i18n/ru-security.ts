/** Russian strings of reliability and security (spread into `ru`). */
import type { enSecurity } from './en-security';
import type { Message } from './message';

export const ruSecurity: Record<keyof typeof enSecurity, Message> = {
  'errors.retry': 'Попробовать ещё раз',
};
