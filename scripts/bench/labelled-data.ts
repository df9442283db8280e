/**
 * The labelled data both quality benchmarks read (bench-gaps.ts, bench-search.ts): CSV files as
 * objects, and the CLINC150 help centers' requests, so both feed each help center the same ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from '../search/csv.ts';

/** Rows of a CSV file as objects keyed by the lower-cased header. A missing file is an Error that says which, and where shared data lives. */
export function readCsvObjects(file: string): Record<string, string>[] {
  if (!existsSync(file)) {
    const shared = file.startsWith('../shared/') ? ' (the labelled sets in ../shared/data/ are the workplace\'s, beside the repository, not in it; the sets under test/fixtures/ run without them)' : '';
    throw new Error(`${file} not found${shared}.`);
  }
  const [head, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return rows.filter((r) => r.length > 1 || r[0]).map((r) => Object.fromEntries(head!.map((h, i) => [h.trim().toLowerCase(), r[i] ?? ''])));
}

/**
 * Sets written to be reported on, never tuned on (test/fixtures/helpcenters/telecom/README.md,
 * test/fixtures/search-queries/telecom.md): a parameter chosen with their figures makes them
 * worthless as a check (bench:search's --sweep and --loo leave them out).
 */
export const HELD_OUT = new Set(['telecom', 'saas']);

/** What a benchmark's heading says after a held-out set's name. */
export const heldOutNote = (name: string) => (HELD_OUT.has(name) ? ' (held out: report only, never tune on it)' : '');

const CLINC = '../shared/data/clinc150-support/utterances.csv';
export const CLINC_DOMAIN = { travel: 'travel', work: 'work', auto: 'auto_and_commute' } as const;
/** Out-of-scope requests fed to each CLINC help center as noise: its own slice of the test split. */
const NOISE_PER_DOMAIN = 100;

/**
 * A CLINC150 help center of test/fixtures/helpcenters/: its folder, its domain's test requests
 * and its slice of out-of-scope ones (intent `oos`).
 */
export function clincRequests(name: keyof typeof CLINC_DOMAIN): { dir: string; rows: { text: string; intent: string }[] } {
  const all = readCsvObjects(CLINC);
  const domain = all.filter((r) => r.domain === CLINC_DOMAIN[name] && r.split === 'test');
  const offset = Object.keys(CLINC_DOMAIN).indexOf(name) * NOISE_PER_DOMAIN;
  const noise = all.filter((r) => r.intent === 'oos' && r.split === 'test').slice(offset, offset + NOISE_PER_DOMAIN);
  return { dir: `test/fixtures/helpcenters/${name}`, rows: [...domain, ...noise].map((r) => ({ text: r.text!, intent: r.intent! })) };
}
