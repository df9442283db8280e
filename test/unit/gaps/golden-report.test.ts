import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runGapReport } from '../../../src/lib/gaps/index.ts';

/**
 * The report on the shipped sample export, byte for byte: a change that alters any topic,
 * status, label, example or figure shows up here, so "the report is unchanged" is something CI
 * checks. After an intended change, regenerate with `UPDATE_GOLDEN=1 npm run test:unit` and
 * review the diff of test/fixtures/golden/sample-report.json like code.
 */
const GOLDEN = 'test/fixtures/golden/sample-report.json';

describe('the report on the sample export', () => {
  it('is the golden report, on one thread and on two', async () => {
    const report = await runGapReport({ tickets: ['scripts/gaps/sample-tickets.csv'] }, { content: 'content', orderPattern: /LK-\d{6}/, threads: 0 });
    const text = `${JSON.stringify(report, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, text);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
    const threaded = await runGapReport({ tickets: ['scripts/gaps/sample-tickets.csv'] }, { content: 'content', orderPattern: /LK-\d{6}/, threads: 2 });
    expect(threaded).toEqual(report);
  });
});
