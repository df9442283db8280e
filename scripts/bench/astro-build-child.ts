/**
 * Runs one `astro build` in this process and prints its wall time and peak RSS as JSON on
 * the last line. A separate process per build so peak memory is that build's alone.
 */
import { build } from 'astro';

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error', ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}) });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
