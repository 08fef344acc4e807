/** The JSON Schema of the wire format, generated from the zod schema (published as data/schema.json). */
import { z } from 'zod';
import { datasetSchema } from './schema';

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'Parley dataset',
    description:
      'A Parley dataset: actors, topics, events, positions, documents and sources. Some rules (references resolve, end dates after start dates, ids unique) are checked by the loader, not by this schema.',
  };
}

/** The file's exact text, so that a test can compare it byte for byte. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
