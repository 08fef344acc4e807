/** Ukrainian strings of reliability and security (spread into `uk`). */
import type { enSecurity } from './en-security';
import type { Message } from './message';

export const ukSecurity: Record<keyof typeof enSecurity, Message> = {
  'errors.retry': 'Спробувати ще раз',
};
