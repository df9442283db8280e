import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One ticket export with personal data of every kind the redactor knows (issue 17's five
 * examples among them), run through every output the CLI has: no raw item may appear in
 * stdout, stderr or any file written.
 */
const FIXTURE = path.join('test', 'fixtures', 'tickets', 'pii-every-kind.csv');
const RAW = [
  '010-1234-5678', '030 901820', '07700 900123', '(415) 555-2671', 'BE68 5390 0754 7034', 'FR14 2004 1010 0505 0001 3M02 606', 'NL123456789B01',
  'jan.de.vries@example.nl', '+44 20 7946 0958', '4111 1111 1111 1111', '1112.22.333', '123-45-6789', '2345 6789 0124', 'ABCPE1234F', '010-9876-5432',
  '8 (912) 345-67-89', '112-233-445 95',
];
/** Each item's pieces that would still identify it: digit groups of four or more, and the VAT number's core. */
const PIECES = [...new Set(RAW.flatMap((item) => [item, ...(item.match(/\d{4,}/g) ?? []).filter((d) => d.length >= 6 || item.replace(/\D/g, '').length >= 9), item.replace(/\D/g, '')].filter((p) => p.length >= 6)))];

function gaps(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/gaps.ts', FIXTURE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return `${result.stdout}\n${result.stderr}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

const leaks = (text: string) => PIECES.filter((piece) => text.includes(piece));

describe('npm run gaps never shows personal data', () => {
  it.each(['terminal', 'md', 'json', 'csv', 'html'])('in the %s output, on screen and written with --out', (format) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gaps-redaction-'));
    const out = path.join(dir, `report.${format}`);
    const printed = gaps('--format', format) + gaps('--format', format, '--out', out);
    expect(leaks(printed)).toEqual([]);
    expect(leaks(readFileSync(out, 'utf8'))).toEqual([]);
    if (format === 'json') expect(printed).toMatch(/\[phone\][\s\S]*\[iban\]|\[iban\][\s\S]*\[phone\]/);
  });

  it('in --explain for every topic', () => {
    const report = JSON.parse(spawnSync(process.execPath, ['scripts/gaps.ts', FIXTURE, '--format', 'json'], { encoding: 'utf8' }).stdout) as { topics: { id: string }[] };
    expect(report.topics.length).toBeGreaterThan(0);
    for (const { id } of report.topics) expect(leaks(gaps('--explain', id))).toEqual([]);
  });

  it('in the --scaffold drafts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gaps-redaction-scaffold-'));
    const printed = gaps('--scaffold', dir);
    const drafts = filesUnder(dir);
    expect(drafts.length).toBeGreaterThan(0);
    expect(leaks(printed + drafts.map((f) => readFileSync(f, 'utf8')).join('\n'))).toEqual([]);
  });
});
