/**
 * Zod set up for a strict Content Security Policy (`script-src 'self'`, no 'unsafe-eval'): by
 * default zod probes `new Function` once to see whether it may compile fast parsers, and the
 * browser reports that probe as a CSP violation even though zod catches it. `jitless` skips the
 * probe and the compiled parsers (the interpreted ones give the same results). Imported by
 * `schema.ts` before any schema is built; any other module that parses with zod imports it too.
 */
import { z } from 'zod';

z.config({ jitless: true });
