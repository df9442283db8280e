/**
 * The events as a JSON Schema (draft 2020-12), generated from the same zod schemas the
 * collector validates with, for companies that send the events to their own pipeline:
 * `npm run collector -- --schema`, and in the README (a test keeps the two the same).
 */
import { z } from 'zod';
import { feedbackEventSchema, searchEventSchema } from '../../schema.ts';

export function eventJsonSchema(): Record<string, unknown> {
  const one = (schema: z.ZodType, title: string) => {
    const json = z.toJSONSchema(schema) as { $schema?: string; properties: Record<string, Record<string, unknown>> };
    delete json.$schema;
    // zod spells "an ISO date-time" as a long pattern next to format: date-time; the format says it.
    delete json.properties.at?.pattern;
    return { title, ...json };
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Help center event',
    oneOf: [one(feedbackEventSchema, 'Article feedback ("Was this article helpful?")'), one(searchEventSchema, 'Search (a settled query, or a result opened from it)')],
  };
}
