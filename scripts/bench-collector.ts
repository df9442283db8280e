/**
 * `npm run bench:collector [-- --seconds 20 --connections 16]`
 * How the event collector holds up, on 127.0.0.1 (results in BENCHMARKS.md):
 * 1. Load: `npm run collector` (its own process, rate limit off) takes mixed valid events from
 *    N connections as fast as they go; then the rows are counted: acknowledged (204) must equal
 *    stored. Requests per second and p50/p99 latency, beside the same load of GETs on the plain
 *    static server (scripts/serve.ts), run right after it, as the yardstick.
 * 2. Kill: the same load, the collector killed with SIGKILL halfway, restarted: every
 *    acknowledged event must be in the database.
 * 3. Fuzz: malformed JSON, wrong types, huge strings, unknown fields, wrong origins, random
 *    bytes and script payloads: each gets a 4xx, nothing invalid is stored.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { startCollectorProcess } from './collector/start-process.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run bench:collector [-- --seconds 20 --connections 16]

Loads the event collector, kills it mid-load, and fuzzes it, on 127.0.0.1.
  --seconds N       how long each load runs (default 20)
  --connections N   concurrent connections (default 16)
  --help            this text`;
const { values } = parseCommandLine({ options: { seconds: { type: 'string', default: '20' }, connections: { type: 'string', default: '16' } } }, USAGE);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);

const start = (database: string) => startCollectorProcess(database, '--no-rate-limit');

let sequence = 0;
function event(): string {
  const i = sequence++;
  return i % 3 === 0
    ? JSON.stringify({ type: 'helpcenter:feedback', article: 'returns/refund-timing', locale: 'en', helpful: i % 2 === 0, ...(i % 2 ? { reason: 'out-of-date', comment: `Still waiting after ${i} days, write to me at someone${i}@example.com` } : {}) })
    : JSON.stringify({ type: 'helpcenter:search', query: `where is my parcel ${i}`, resultCount: i % 4, clickedResult: null, locale: 'en' });
}

/** N loops sending requests until `stop` says so; latencies in ms of the acknowledged ones. */
async function load(send: () => Promise<number>, stop: () => boolean): Promise<{ ok: number; failed: number; latencies: number[] }> {
  let ok = 0;
  let failed = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (!stop()) {
        const started = performance.now();
        const status = await send().catch(() => 0);
        if (status >= 200 && status < 300) {
          ok++;
          latencies.push(performance.now() - started);
        } else failed++;
      }
    }),
  );
  return { ok, failed, latencies };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const rows = (database: string) => {
  const db = new DatabaseSync(database, { readOnly: true });
  const n = (db.prepare('SELECT (SELECT COUNT(*) FROM feedback) + (SELECT COUNT(*) FROM searches) AS n').get() as { n: number }).n;
  db.close();
  return n;
};
const post = (url: string, body: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'text/plain', ...headers } }).then(async (r) => (await r.arrayBuffer(), r.status));

const dir = mkdtempSync(path.join(tmpdir(), 'bench-collector-'));
try {
  // 1. Load.
  const database = path.join(dir, 'load.db');
  const collector = await start(database);
  const until = Date.now() + SECONDS * 1000;
  const result = await load(() => post(collector.url, event()), () => Date.now() > until);
  collector.child.kill('SIGTERM');
  await new Promise((resolve) => collector.child.once('exit', resolve));
  const stored = rows(database);
  const sorted = result.latencies.sort((a, b) => a - b);

  // The static server in its own process too, as `npm start` runs it.
  const site = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--db', path.join(dir, 'unused.db')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const siteUrl = await new Promise<string>((resolve) => {
    let out = '';
    site.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running at (\S+) /.exec(out)?.[1];
      if (url) resolve(url);
    });
  });
  const staticUntil = Date.now() + SECONDS * 1000;
  const yardstick = await load(() => fetch(new URL('robots.txt', siteUrl)).then(async (r) => (await r.arrayBuffer(), r.status)), () => Date.now() > staticUntil);
  site.kill('SIGTERM');
  const staticSorted = yardstick.latencies.sort((a, b) => a - b);

  console.log(`\n### Load: ${SECONDS} s, ${CONNECTIONS} connections, 127.0.0.1\n`);
  console.log('| server | requests/s | p50 | p99 | acknowledged | stored | lost | failed |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  console.log(`| collector (POST an event) | ${(result.ok / SECONDS).toFixed(0)} | ${quantile(sorted, 0.5).toFixed(1)} ms | ${quantile(sorted, 0.99).toFixed(1)} ms | ${result.ok} | ${stored} | ${Math.max(0, result.ok - stored)} | ${result.failed} |`);
  console.log(`| static server (GET robots.txt) | ${(yardstick.ok / SECONDS).toFixed(0)} | ${quantile(staticSorted, 0.5).toFixed(1)} ms | ${quantile(staticSorted, 0.99).toFixed(1)} ms | ${yardstick.ok} | – | – | ${yardstick.failed} |`);

  // 2. Killed halfway.
  const killedDb = path.join(dir, 'killed.db');
  const victim = await start(killedDb);
  const killAt = Date.now() + (SECONDS * 1000) / 2;
  let killed = false;
  const before = load(() => post(victim.url, event()), () => killed);
  while (Date.now() < killAt) await new Promise((resolve) => setTimeout(resolve, 50));
  const exited = new Promise((resolve) => victim.child.once('exit', resolve));
  victim.child.kill('SIGKILL');
  killed = true;
  const acknowledged = (await before).ok;
  await exited;
  const again = await start(killedDb);
  const afterRestart = await post(again.url, event());
  again.child.kill('SIGTERM');
  await new Promise((resolve) => again.child.once('exit', resolve));
  const survived = rows(killedDb);
  console.log(`\n### Killed with SIGKILL after ${SECONDS / 2} s of load, restarted\n`);
  console.log(`Acknowledged before the kill: ${acknowledged}; rows after restarting: ${survived} (one more sent after the restart, answered ${afterRestart}); acknowledged events missing: ${Math.max(0, acknowledged + 1 - survived)}.`);

  // 3. Fuzz.
  const fuzzDb = path.join(dir, 'fuzz.db');
  const target = await start(fuzzDb);
  const valid = JSON.parse(event()) as Record<string, unknown>;
  const random = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(Math.random() * 256))).toString('latin1');
  const cases: { kind: string; body: string; headers?: Record<string, string>; expect: number[] }[] = [];
  for (let i = 0; i < 200; i++) cases.push({ kind: 'random bytes', body: random(1 + (i % 300)), expect: [400] });
  for (const [key, value] of [['type', 5], ['query', null], ['resultCount', 'many'], ['resultCount', 1.5], ['locale', '../../x'], ['clickedResult', 7], ['query', 'x'.repeat(501)], ['at', 'yesterday']] as const) cases.push({ kind: 'wrong type', body: JSON.stringify({ type: 'helpcenter:search', query: 'q', resultCount: 0, clickedResult: null, locale: 'en', [key]: value }), expect: [400] });
  for (let i = 0; i < 50; i++) cases.push({ kind: 'unknown field', body: JSON.stringify({ ...valid, [`field${i}`]: i }), expect: [400] });
  for (let i = 0; i < 20; i++) cases.push({ kind: 'huge', body: JSON.stringify({ ...valid, query: 'x'.repeat(20_000 + i) }), expect: [413] });
  for (let i = 0; i < 20; i++) cases.push({ kind: 'wrong origin', body: event(), headers: { origin: `https://evil${i}.example` }, expect: [403] });
  for (let i = 0; i < 20; i++) cases.push({ kind: 'truncated JSON', body: event().slice(0, 10 + i), expect: [400] });
  for (let i = 0; i < 10; i++) cases.push({ kind: 'script payload (valid, stored as text)', body: JSON.stringify({ type: 'helpcenter:feedback', article: 'returns/refund-timing', locale: 'en', helpful: false, comment: `<script>alert(${i})</script><img src=x onerror=alert(1)>` }), expect: [204] });
  for (let i = 0; i < 10; i++) cases.push({ kind: 'script payload (invalid key)', body: JSON.stringify({ type: 'helpcenter:feedback', article: '<script>alert(1)</script>', locale: 'en', helpful: false }), expect: [400] });
  const outcomes = new Map<string, { n: number; wrong: number }>();
  for (const c of cases) {
    const status = await post(target.url, c.body, c.headers);
    const o = outcomes.get(c.kind) ?? { n: 0, wrong: 0 };
    o.n++;
    if (!c.expect.includes(status)) o.wrong++;
    outcomes.set(c.kind, o);
  }
  target.child.kill('SIGTERM');
  await new Promise((resolve) => target.child.once('exit', resolve));
  const expectedRows = cases.filter((c) => c.expect.includes(204)).length;
  console.log('\n### Fuzz\n');
  console.log('| payload | requests | answered otherwise than expected |');
  console.log('|---|---:|---:|');
  for (const [kind, o] of outcomes) console.log(`| ${kind} | ${o.n} | ${o.wrong} |`);
  console.log(`\nRows stored: ${rows(fuzzDb)} (expected ${expectedRows}: the valid script payloads, kept as text and escaped wherever shown).`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
