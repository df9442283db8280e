import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventJsonSchema } from '../../../src/lib/collector/json-schema.ts';

describe('the events\' documented JSON Schema', () => {
  it('is the one the collector validates with (README, "Feedback and search events")', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Feedback and search events'));
    const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(block).toBeDefined();
    expect(JSON.parse(block!)).toEqual(eventJsonSchema());
  });
});
