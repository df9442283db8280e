/**
 * `npm run bench:starlight [-- --sizes sample,1000,5000 --languages en,all --runs 3]`
 *
 * Builds the same help center with our site and with Starlight set up as a help center would
 * set it up (scripts/bench/starlight-site.ts), in turns (ours, Starlight, ours, …) so a
 * machine that slows down mid-way slows both, and prints the medians of wall time and peak
 * memory and their ratios, ours / Starlight (issue 18: time ≤ 0.5, memory ≤ 1.0).
 *
 * Sizes: `sample` (content/), or a number of generated articles (scripts/bench/generate-articles.ts).
 * Languages: `en` (the default language alone: site.json keeps one language and the
 * translations are left out) or `all` (the content's languages, English standing in for
 * missing translations on both sites).
 *
 * Every build is cold (a fresh Astro cache) and runs in its own process; peak memory is that
 * process's maximum resident set (threads included; Pagefind's indexer, a child process of
 * both builds, apart). Starlight (scripts/bench/starlight/package.json and its lockfile) is
 * installed on first use into a folder of the system's temporary directory named after the
 * lockfile, never into the help center's node_modules.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateHelpCenter } from './bench/generate-articles.ts';
import { defaultLanguageOnly, installStarlight } from './bench/starlight-install.ts';
import { writeStarlightSite } from './bench/starlight-site.ts';
import { exitWithUsage, parseCommandLine } from './command-line.ts';

const usage = 'Usage: npm run bench:starlight -- [--sizes sample,1000,5000] [--languages en,all] [--runs 3]';
const { values } = parseCommandLine({ options: { sizes: { type: 'string', default: 'sample,1000' }, languages: { type: 'string', default: 'en,all' }, runs: { type: 'string', default: '3' } } }, usage);
const sizes = values.sizes.split(',').map((s) => s.trim());
const languageSettings = values.languages.split(',').map((s) => s.trim());
const runs = Number(values.runs);
const badSize = sizes.find((s) => s !== 'sample' && !/^[1-9]\d*$/.test(s));
const badLanguages = languageSettings.find((s) => s !== 'en' && s !== 'all');
if (badSize !== undefined || badLanguages !== undefined || !Number.isInteger(runs) || runs < 1) {
  exitWithUsage(badSize !== undefined ? `--sizes: "${badSize}" is neither "sample" nor a number of articles.` : badLanguages !== undefined ? `--languages: "${badLanguages}" is neither "en" nor "all".` : `--runs: "${values.runs}" is not a whole number of at least 1.`, usage);
}

const repo = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'helpcenter-bench-starlight-work-'));

interface Run {
  seconds: number;
  peakMb: number;
  pages: number;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** One cold build of the project at `root`, in its own process. */
function buildOnce(label: string, root: string, env: Record<string, string>): Run {
  const outDir = mkdtempSync(path.join(work, 'out-'));
  const cacheDir = mkdtempSync(path.join(work, 'cache-'));
  try {
    const result = spawnSync(process.execPath, [path.join(repo, 'scripts', 'bench', 'astro-build-child.ts')], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_ROOT: root, BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir, ...env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`${label}: the build failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
    const { seconds, peakRssMb } = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number };
    return { seconds, peakMb: peakRssMb, pages: countPages(outDir) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface Row {
  content: string;
  ours: Run[];
  starlight: Run[];
}

const starlightDir = installStarlight();
const rows: Row[] = [];
try {
  for (const size of sizes) {
    let source = path.join(repo, 'content');
    if (size !== 'sample') {
      source = path.join(work, `generated-${size}`);
      generateHelpCenter(source, Number(size), path.join(repo, 'content'));
    }
    for (const languages of languageSettings) {
      const contentDir = languages === 'en' ? defaultLanguageOnly(source, path.join(work, `content-${size}-en`)) : source;
      const siteDir = starlightDir;
      const { articles } = writeStarlightSite(contentDir, siteDir);
      const content = `${size === 'sample' ? 'sample' : `${Number(size).toLocaleString('en')} generated`} (${articles} article files), ${languages === 'en' ? 'English only' : 'all languages'}`;
      const row: Row = { content, ours: [], starlight: [] };
      for (let i = 0; i < runs; i++) {
        row.ours.push(buildOnce(`ours, ${content}`, repo, { HELPCENTER_CONTENT_DIR: contentDir }));
        row.starlight.push(buildOnce(`Starlight, ${content}`, siteDir, {}));
        const [a, b] = [row.ours.at(-1)!, row.starlight.at(-1)!];
        console.error(`${content}, run ${i + 1}/${runs}: ours ${a.seconds.toFixed(1)} s ${a.peakMb.toFixed(0)} MiB, Starlight ${b.seconds.toFixed(1)} s ${b.peakMb.toFixed(0)} MiB`);
      }
      rows.push(row);
      if (contentDir !== source) rmSync(contentDir, { recursive: true, force: true });
    }
    if (size !== 'sample') rmSync(source, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nOurs against Starlight, ${runs} cold build(s) each, alternating (node ${process.versions.node}, ${(await import('node:os')).cpus().length} cores); medians\n`);
console.log('| content | pages ours / Starlight | time ours | time Starlight | time ratio | peak memory ours | peak memory Starlight | memory ratio |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const { content, ours, starlight } of rows) {
  const [ot, st] = [median(ours.map((r) => r.seconds)), median(starlight.map((r) => r.seconds))];
  const [om, sm] = [median(ours.map((r) => r.peakMb)), median(starlight.map((r) => r.peakMb))];
  console.log(`| ${content} | ${ours[0]!.pages} / ${starlight[0]!.pages} | ${ot.toFixed(1)} s | ${st.toFixed(1)} s | ${(ot / st).toFixed(2)} | ${om.toFixed(0)} MiB | ${sm.toFixed(0)} MiB | ${(om / sm).toFixed(2)} |`);
}
