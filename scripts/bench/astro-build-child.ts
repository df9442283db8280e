/**
 * Runs one `astro build` in this process and prints its wall time and peak RSS as JSON on
 * the last line. A separate process per build so peak memory is that build's alone.
 *
 * BENCH_ROOT builds another Astro project (bench-starlight.ts: the Starlight site) with the
 * `astro` installed beside it, not ours. BENCH_CACHE_DIR gives Astro a cache folder of its
 * own: a fresh one makes a cold build, as a CI machine or a first build runs it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(process.env.BENCH_ROOT ?? process.cwd());
const astro = createRequire(path.join(root, 'package.json')).resolve('astro');
const { build } = (await import(pathToFileURL(astro).href)) as typeof import('astro');

const started = performance.now();
await build({
  root,
  logLevel: 'error',
  ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}),
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
});
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
