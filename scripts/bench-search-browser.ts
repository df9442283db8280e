/**
 * `npm run bench:search-browser [-- --articles 1000] [-- --vs-starlight]`
 * What the first search costs a customer, in Debian's Chromium: bytes downloaded from focusing
 * the search box to seeing results (as a static host would send them: text gzip-compressed,
 * Pagefind's binary files as they are), and the time from the last keystroke to results on
 * screen, cold (first query) and warm (later queries). For the sample site and for a
 * generated site with N articles, built in the same run. `--vs-starlight` also builds the
 * generated articles with Starlight (bench/starlight-site.ts, installed on first use by
 * bench/starlight-install.ts) and measures the same first query there, from opening its search
 * dialog to its first result (issue 14: bytes of a first query side by side).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { generateHelpCenter } from './bench/generate-articles.ts';
import { installStarlight } from './bench/starlight-install.ts';
import { writeStarlightSite } from './bench/starlight-site.ts';
import { startServer } from './serve.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run bench:search-browser [-- --articles 1000] [--vs-starlight] [--verbose]

What a customer's first search costs in Chromium (bytes and time), on the sample site and a
generated one.
  --articles N      articles in the generated site (default 1000)
  --vs-starlight    also measure the generated articles built with Starlight
  --verbose         each file a first query downloads
  --help            this text`;
const { values } = parseCommandLine({ options: { articles: { type: 'string', default: '1000' }, verbose: { type: 'boolean', default: false }, 'vs-starlight': { type: 'boolean', default: false } } }, USAGE);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function build(outDir: string, contentDir?: string, root?: string) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_OUT_DIR: outDir, ...(contentDir ? { HELPCENTER_CONTENT_DIR: contentDir } : {}), ...(root ? { BENCH_ROOT: root } : {}) };
  const result = spawnSync(process.execPath, [path.resolve('scripts/bench/astro-build-child.ts')], { env, encoding: 'utf8', cwd: root ?? process.cwd(), maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
}

/**
 * Every response from now on, as a static host would send it: text gzip-compressed, Pagefind's
 * binary files as they are (already compressed); and a line per file for --verbose.
 */
function countResponses(tab: Page): { bytes: Promise<number>[]; files: Promise<string>[] } {
  const bytes: Promise<number>[] = [];
  const files: Promise<string>[] = [];
  tab.on('response', (response) => {
    const size = response.body().then((body) => {
      const type = response.headers()['content-type'] ?? '';
      return /text|javascript|json/.test(type) ? gzipSync(body).length : body.length;
    }, () => 0);
    bytes.push(size);
    files.push(size.then((n) => `${(n / 1024).toFixed(1).padStart(6)} KB  ${new URL(response.url()).pathname}`));
  });
  return { bytes, files };
}

/**
 * `dist` served on 127.0.0.1 and `page` open in Chromium (loaded, or with no request for a
 * while: `waitUntil`); `run` gets the tab and the responses counted from then on.
 */
async function onPage<T>(dist: string, page: string, waitUntil: 'load' | 'networkidle', run: (tab: Page, counted: ReturnType<typeof countResponses>) => Promise<T>): Promise<T> {
  const server = await startServer({ dir: dist, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
  try {
    const tab = await browser.newPage();
    await tab.goto(new URL(page.replace(/^\//, ''), server.url).href, { waitUntil });
    return await run(tab, countResponses(tab));
  } finally {
    await browser.close();
    server.close();
  }
}

async function measure(label: string, dist: string, page: string, queries: string[]) {
  return onPage(dist, page, 'load', async (tab, { bytes, files }) => {
    const box = tab.getByRole('combobox').first();
    const timeToResults = async (query: string) => {
      await box.fill('');
      // Time from the input event to the first option on screen, measured inside the page.
      const elapsed = tab.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
            const list = document.getElementById(input.getAttribute('aria-controls')!)!;
            const started = performance.now();
            new MutationObserver((_, observer) => {
              if (list.querySelector('[role="option"]')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            }).observe(list, { childList: true, subtree: true });
          }),
      );
      await box.fill(query);
      return elapsed;
    };
    await box.focus();
    const cold = await timeToResults(queries[0]!);
    await tab.waitForTimeout(300);
    const firstQueryBytes = (await Promise.all(bytes)).reduce((a, b) => a + b, 0);
    if (values.verbose) console.log(`\n${label}, first query "${queries[0]}":\n${(await Promise.all(files)).join('\n')}`);
    const warm: number[] = [];
    for (const query of queries.slice(1)) warm.push(await timeToResults(query));
    warm.sort((a, b) => a - b);
    return { label, firstQueryKb: firstQueryBytes / 1024, cold, warmMedian: warm[Math.floor(warm.length / 2)]! };
  });
}

/**
 * The same first query on Starlight's search: its button opens a dialog holding Pagefind's
 * default UI. Bytes are counted from the click (after the page has loaded and gone quiet) to
 * the first result, as ours are from focusing the box.
 */
async function measureStarlight(label: string, dist: string, page: string, query: string) {
  return onPage(dist, page, 'networkidle', async (tab, { bytes, files }) => {
    await tab.click('button[data-open-modal]');
    const input = tab.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill(query);
    await tab.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
    await tab.waitForTimeout(300);
    if (values.verbose) console.log(`\n${label}, first query "${query}":\n${(await Promise.all(files)).join('\n')}`);
    return { label, firstQueryKb: (await Promise.all(bytes)).reduce((a, b) => a + b, 0) / 1024 };
  });
}

const queries = ['where is my parcel', 'refund', 'cancel my order', 'change my password', 'invoice vat', 'damaged item', 'gift card balance', 'delivery time'];
const sampleOut = mkdtempSync(path.join(tmpdir(), 'helpcenter-search-sample-'));
const largeContent = mkdtempSync(path.join(tmpdir(), 'helpcenter-search-content-'));
const largeOut = mkdtempSync(path.join(tmpdir(), 'helpcenter-search-large-'));
const starlightOut = mkdtempSync(path.join(tmpdir(), 'helpcenter-search-starlight-'));
try {
  build(sampleOut);
  generateHelpCenter(largeContent, Number(values.articles), path.resolve('content'));
  build(largeOut, largeContent);
  const rows = [
    await measure('sample help center', sampleOut, '/returns/refund-timing/', queries),
    await measure(`${values.articles} generated articles`, largeOut, '/orders/generated-article-0/', ['parcel refund', 'refund', 'order', 'card', 'invoice', 'address', 'tracking', 'label']),
  ];
  console.log(`\nFirst search in Chromium (includes the 50 ms typing debounce)\n`);
  console.log('| site | bytes for first query | first query (cold) | later queries (median) |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.label} | ${r.firstQueryKb.toFixed(1)} KB | ${r.cold.toFixed(0)} ms | ${r.warmMedian.toFixed(0)} ms |`);
  if (values['vs-starlight']) {
    const starlightDir = installStarlight();
    writeStarlightSite(largeContent, starlightDir);
    build(starlightOut, undefined, starlightDir);
    const starlight = await measureStarlight(`${values.articles} generated articles, Starlight`, starlightOut, '/orders/generated-article-0/', 'parcel refund');
    console.log(`| ${starlight.label} | ${starlight.firstQueryKb.toFixed(1)} KB | | |`);
    console.log(`\nFirst query "parcel refund", ours / Starlight: ${(rows[1]!.firstQueryKb / starlight.firstQueryKb).toFixed(2)}`);
  }
} finally {
  for (const dir of [sampleOut, largeContent, largeOut, starlightOut]) rmSync(dir, { recursive: true, force: true });
}
