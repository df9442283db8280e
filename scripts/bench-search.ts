/**
 * `npm run bench:search [-- --data path/to/utterances.csv] [--no-build]`
 * Builds the sample site, then runs every customer utterance of the intents the sample FAQ
 * answers (mapping in test/fixtures/search-intents.json) through the site's own search code
 * (src/lib/search) on the built Pagefind index, and prints hit@1, hit@3 and the zero-result
 * rate per intent and overall. Plain Pagefind (the raw query) is measured beside it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteSettings } from '../src/content-files.ts';
import { ArticleFinder } from '../src/lib/search/find-articles.ts';
import type { PagefindResult } from '../src/lib/search/types.ts';
import { parseCsv } from './search/csv.ts';
import { loadPagefind } from './search/pagefind-node.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data/bitext-sample/utterances.csv' }, 'no-build': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } } });

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const mapping = JSON.parse(readFileSync('test/fixtures/search-intents.json', 'utf8')) as { intents: Record<string, string[]> };
const rows = parseCsv(readFileSync(path.resolve(values.data), 'utf8'));
const header = rows.shift()!;
const [textColumn, intentColumn] = [header.indexOf('instruction'), header.indexOf('intent')];
const cases = rows.filter((r) => r[intentColumn]! in mapping.intents).map((r) => ({ query: r[textColumn]!, intent: r[intentColumn]! }));

const pagefind = await loadPagefind('dist');
const finder = new ArticleFinder(pagefind);
const { synonyms } = loadSiteSettings().search;

const slugOf = async (result: PagefindResult) => (await result.data()).url.replace(/^\/|\/$/g, '');

interface Tally { n: number; hit1: number; hit3: number; zero: number }
const blank = (): Tally => ({ n: 0, hit1: 0, hit3: 0, zero: 0 });
const ours = new Map<string, Tally>();
const plain = new Map<string, Tally>();
const misses: string[] = [];

const count = (tallies: Map<string, Tally>, intent: string, top: string[], expected: string[]) => {
  const tally = tallies.get(intent) ?? blank();
  tally.n++;
  if (top.length === 0) tally.zero++;
  if (expected.includes(top[0]!)) tally.hit1++;
  if (top.slice(0, 3).some((s) => expected.includes(s))) tally.hit3++;
  tallies.set(intent, tally);
};

const started = performance.now();
for (const { query, intent } of cases) {
  const expected = mapping.intents[intent]!;
  const found = await finder.find(query, { synonyms });
  const top = await Promise.all(found.results.slice(0, 3).map((r) => slugOf(r.result)));
  count(ours, intent, top, expected);
  if (!top.slice(0, 3).some((s) => expected.includes(s))) misses.push(`${intent}: "${query}" → ${top.join(', ') || '(nothing)'}`);
  const raw = await pagefind.search(query);
  count(plain, intent, await Promise.all(raw.results.slice(0, 3).map(slugOf)), expected);
}
const ms = (performance.now() - started) / cases.length;

const pct = (a: number, n: number) => (n ? (a / n).toFixed(2) : '-');
const total = (m: Map<string, Tally>) => [...m.values()].reduce((t, x) => ({ n: t.n + x.n, hit1: t.hit1 + x.hit1, hit3: t.hit3 + x.hit3, zero: t.zero + x.zero }), blank());

console.log(`\nSearch quality: ${cases.length} Bitext utterances over ${ours.size} intents the sample FAQ answers\n`);
console.log('| intent | queries | hit@1 | hit@3 | zero results | plain Pagefind hit@3 |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [intent, t] of [...ours].sort()) {
  console.log(`| ${intent} | ${t.n} | ${pct(t.hit1, t.n)} | ${pct(t.hit3, t.n)} | ${pct(t.zero, t.n)} | ${pct(plain.get(intent)!.hit3, t.n)} |`);
}
const [o, p] = [total(ours), total(plain)];
console.log(`| **overall** | ${o.n} | **${pct(o.hit1, o.n)}** | **${pct(o.hit3, o.n)}** | ${pct(o.zero, o.n)} | ${pct(p.hit3, p.n)} |`);
console.log(`\nPlain Pagefind (raw query): hit@1 ${pct(p.hit1, p.n)}, hit@3 ${pct(p.hit3, p.n)}, zero results ${pct(p.zero, p.n)}.`);
console.log(`Average time per query from Node (index on local disk, warm): ${ms.toFixed(1)} ms.`);
if (values.verbose) console.log(`\nMisses (not in top 3):\n  ${misses.join('\n  ')}`);
