import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datasetSchema } from './schema';
import { validWire } from '../../tests/helpers/wire-fixture';

describe('zod under a strict CSP', () => {
  it('is jitless once the schema is loaded, so it never probes eval', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('still parses and rejects as before', () => {
    expect(datasetSchema.safeParse(validWire()).success).toBe(true);
    expect(datasetSchema.safeParse({ ...validWire(), events: 'none' }).success).toBe(false);
  });
});
