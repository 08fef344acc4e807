/** French strings of reliability and security (spread into `fr`). */
import type { enSecurity } from './en-security';

export const frSecurity: Record<keyof typeof enSecurity, string> = {
  'errors.retry': 'Réessayer',
};
