/**
 * `npm run bench:build [-- --articles 1000]`
 * Builds the sample help center, then a generated one with N articles (in a temp folder),
 * each in its own process, and prints wall time, peak memory and the ratio to the sample.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateHelpCenter } from './bench/generate-articles.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run bench:build [-- --articles 1000]

Builds the sample help center and one of N generated articles; prints time and peak memory.
  --articles N   articles in the generated help center (default 1000)
  --help         this text`;
const { values } = parseCommandLine({ options: { articles: { type: 'string', default: '1000' } } }, USAGE);
const count = Number(values.articles);

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

function measure(label: string, contentDir?: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'helpcenter-bench-out-'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_OUT_DIR: outDir, ...(contentDir ? { HELPCENTER_CONTENT_DIR: contentDir } : {}) };
  const result = spawnSync(process.execPath, ['scripts/bench/astro-build-child.ts'], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${label}: build failed`);
  }
  const { seconds, peakRssMb } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number };
  const pages = countPages(outDir);
  rmSync(outDir, { recursive: true, force: true });
  return { label, pages, seconds, peakRssMb };
}

const sample = measure('sample help center');
const generated = mkdtempSync(path.join(tmpdir(), 'helpcenter-bench-content-'));
generateHelpCenter(generated, count, path.resolve('content'));
let large;
try {
  large = measure(`${count} generated articles`, generated);
} finally {
  rmSync(generated, { recursive: true, force: true });
}

console.log(`\nBuild benchmark (node ${process.versions.node}, ${(await import('node:os')).cpus().length} cores)\n`);
console.log('| site | pages | build time | peak memory | time vs sample |');
console.log('|---|---:|---:|---:|---:|');
for (const row of [sample, large]) {
  console.log(`| ${row.label} | ${row.pages} | ${row.seconds.toFixed(1)} s | ${row.peakRssMb.toFixed(0)} MB | ${(row.seconds / sample.seconds).toFixed(1)}× |`);
}
