import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemaText } from '../../src/data/json-schema';

const file = new URL('../../data/schema.json', import.meta.url);

describe('data/schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/data/schema.ts)', () => {
    const expected = datasetJsonSchemaText();
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(file, expected);
    expect(fs.readFileSync(file, 'utf8')).toBe(expected);
  });
});
