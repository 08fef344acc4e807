/** English strings of reliability and security (spread into `en`; kept apart to keep `en.ts` short). */
export const enSecurity = {
  'errors.retry': 'Try again',
} as const;
