/**
 * Where one `astro build` spends its time and memory (BENCHMARKS.md, "Where the build's time
 * and memory go"). Runs the build in this process, as astro-build-child.ts does, and adds:
 *  - a last integration that notes the time of each Astro hook (it runs after ours, so its
 *    `astro:config:setup` is the end of the content check and its `astro:build:done` the end
 *    of the search index);
 *  - the time of every line Astro logs (content sync, Vite build, pages, images, search index);
 *  - a sampler (every 50 ms) of this process's resident memory and of its child processes'
 *    (Pagefind's indexer is one), which says when each peaks and how long Pagefind ran.
 * Nothing in the build is changed. Astro's cache goes to PROFILE_CACHE_DIR (a fresh temporary
 * folder when unset, so a cold build that leaves node_modules/.astro alone).
 *
 *   HELPCENTER_CONTENT_DIR=/tmp/gen node scripts/bench/profile-build-child.ts > timeline.json
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench/profile-build-child.ts
 */
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const t0 = performance.now();
const at = () => Math.round(performance.now() - t0);
const marks: { ms: number; what: string }[] = [];
const mark = (what: string) => marks.push({ ms: at(), what });

// Astro's log lines, timed as they come.
const writeOut = process.stdout.write.bind(process.stdout);
const lines: { ms: number; line: string }[] = [];
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    for (const line of strip(String(chunk)).split('\n')) if (line.trim()) lines.push({ ms: at(), line: line.trim() });
    return stream === process.stderr ? (write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest) : true;
  }) as typeof stream.write;
}

// Memory: this process (main thread + worker threads) and each child process.
const kb = (status: string, key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
const children = (pid: number): number[] => {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      for (const c of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) out.push(Number(c), ...children(Number(c)));
    }
  } catch {}
  return out;
};
const own = { peakMb: 0, ms: 0, threadsMax: 0 };
const kids = new Map<string, { first: number; last: number; peakMb: number }>();
const samples: { ms: number; rssMb: number; childMb: number }[] = [];
const sampler = setInterval(() => {
  const status = readFileSync('/proc/self/status', 'utf8');
  const rssMb = kb(status, 'VmRSS') / 1024;
  own.threadsMax = Math.max(own.threadsMax, kb(status, 'Threads'));
  if (rssMb > own.peakMb) Object.assign(own, { peakMb: rssMb, ms: at() });
  let childMb = 0;
  for (const pid of children(process.pid)) {
    try {
      const s = readFileSync(`/proc/${pid}/status`, 'utf8');
      const name = /^Name:\s+(.*)$/m.exec(s)?.[1] ?? String(pid);
      const mb = kb(s, 'VmRSS') / 1024;
      childMb += mb;
      const k = kids.get(name) ?? { first: at(), last: at(), peakMb: 0 };
      kids.set(name, { first: k.first, last: at(), peakMb: Math.max(k.peakMb, mb) });
    } catch {}
  }
  samples.push({ ms: at(), rssMb: Math.round(rssMb), childMb: Math.round(childMb) });
}, 50);

const hooks = ['astro:config:setup', 'astro:config:done', 'astro:build:start', 'astro:build:setup', 'astro:build:generated', 'astro:build:done'] as const;
const timer: AstroIntegration = { name: 'profile-marks', hooks: Object.fromEntries(hooks.map((h) => [h, () => mark(h)])) };

mark('build() called');
// A cache folder of our own is removed after the build: each run left one behind, and
// profiling runs many builds.
const ownCache = process.env.PROFILE_CACHE_DIR ? undefined : mkdtempSync(path.join(tmpdir(), 'helpcenter-profile-cache-'));
try {
  await build({
    root: process.cwd(),
    logLevel: 'info',
    cacheDir: process.env.PROFILE_CACHE_DIR ?? ownCache,
    integrations: [timer],
    ...(process.env.BENCH_OUT_DIR ? { outDir: process.env.BENCH_OUT_DIR } : {}),
  });
} finally {
  if (ownCache) rmSync(ownCache, { recursive: true, force: true });
}
mark('build() returned');
clearInterval(sampler);
const usage = process.resourceUsage();
writeOut(
  `${JSON.stringify({
    totalMs: at(),
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    maxRssMb: Math.round(usage.maxRSS / 1024),
    ownPeak: own,
    children: Object.fromEntries(kids),
    marks,
    lines,
    samples,
  })}\n`,
);
