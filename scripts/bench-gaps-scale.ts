/**
 * `npm run bench:gaps-scale [-- --tickets 1000000]`
 * Generates a large ticket export (multi-line quoted HTML bodies, Zendesk columns) into a temp
 * folder, then in the same run measures: the raw CSV parse of that file (the floor), and the
 * full gap report on it in its own process (wall time, rows/s, peak RSS).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CsvRecordReader } from '../src/lib/gaps/read/csv-records.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run bench:gaps-scale [-- --tickets 1000000]

Generates a ticket export of N rows, then times the CSV parse alone and the whole gap report.
  --tickets N   rows in the generated export (default 1000000)
  --help        this text`;
const { values } = parseCommandLine({ options: { tickets: { type: 'string', default: '1000000' } } }, USAGE);
const count = Number(values.tickets);
const dir = mkdtempSync(path.join(tmpdir(), 'gaps-scale-'));
const file = path.join(dir, 'tickets.csv');

const OPENERS = ['Hi,', 'Hello team,', 'Good morning,', 'Dear Larkspur,'];
const ASKS = [
  'where is my parcel? Tracking has not changed for days.',
  'I returned the plates two weeks ago and still have no refund.',
  'please cancel my order, I ordered the wrong colour.',
  'do you offer gift wrapping for a wedding present?',
  'the vase arrived broken, the box was crushed.',
  'I need an invoice with my company VAT number.',
  'how do I use my loyalty points at checkout?',
  'can the stoneware plates go in the dishwasher?',
  'I forgot my password and the reset link has expired.',
  'is there a bulk discount for 50 sets of cutlery?',
];

async function generate() {
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('Id,Subject,Description,Status,Via,Tags,Created at,Requester,Requester language\r\n');
  for (let i = 0; i < count; i++) {
    const ask = ASKS[(i * 7 + (i >> 3)) % ASKS.length]!;
    const filler = 'I have been a customer for years and usually everything goes well, so I am a bit surprised. '.repeat(1 + (i % 4));
    const body = `<p>${OPENERS[i % OPENERS.length]}</p><p>${ask} ${filler}My order is LK-${String(100000 + (i % 900000))} and you can call me on +31 6 ${String(10000000 + (i % 89999999)).slice(0, 8)}.</p>\n<p>Kind regards,<br>Customer ${i}</p>\n\nOn Mon, 12 Oct 2026 at 10:02, Larkspur Support wrote:\n> Thanks for contacting us, we will get back to you "soon".`;
    await write(`${200000 + i},"${ask.split(/[?.,]/)[0]}","${body.replace(/"/g, '""')}",open,email,,2026-${String((i % 12) + 1).padStart(2, '0')}-15 10:00:00,Customer ${i},en\r\n`);
  }
  await new Promise<void>((r) => out.end(r));
}

async function rawParse(): Promise<{ seconds: number; rows: number }> {
  const started = performance.now();
  const reader = new CsvRecordReader();
  const decoder = new TextDecoder();
  let rows = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) rows += reader.push(decoder.decode(chunk as Buffer, { stream: true })).length;
  rows += reader.end().length;
  return { seconds: (performance.now() - started) / 1000, rows: rows - 1 };
}

try {
  await generate();
  const mb = statSync(file).size / 1e6;
  const raw = await rawParse();
  const child = spawnSync(process.execPath, ['--import', './scripts/bench/report-usage.ts', 'scripts/gaps.ts', file, '--format', 'json', '--out', path.join(dir, 'report.json')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const stats = JSON.parse(child.stderr.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number };
  console.log(`\nGap report at scale: ${count.toLocaleString('en')} tickets, ${mb.toFixed(0)} MB CSV (node ${process.versions.node})\n`);
  console.log('| step | time | rows/s | MB/s | peak memory |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(`| raw CSV parse (floor) | ${raw.seconds.toFixed(1)} s | ${Math.round(raw.rows / raw.seconds).toLocaleString('en')} | ${(mb / raw.seconds).toFixed(0)} | — |`);
  console.log(`| full report (exit ${child.status}) | ${stats.seconds.toFixed(1)} s | ${Math.round(count / stats.seconds).toLocaleString('en')} | ${(mb / stats.seconds).toFixed(0)} | ${stats.peakRssMb.toFixed(0)} MB |`);
  console.log(`\nReport ÷ raw parse: ${(stats.seconds / raw.seconds).toFixed(1)}×`);
} finally {
  if (!process.env.KEEP_GAPS_SCALE) rmSync(dir, { recursive: true, force: true }); else console.log(dir);
}
