/**
 * `npm run bench:lighthouse [-- /page/ …]` (after `npm run build`)
 * Lighthouse (mobile preset, simulated throttling) against the built site served on
 * 127.0.0.1, in Debian's Chromium. Prints the four category scores per page.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages, dist } from './bench/built-pages.ts';
import { startServer } from './serve.ts';

const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const USAGE = `Usage: npm run bench:lighthouse [-- /page/ …]   (after npm run build)

Lighthouse scores per page of dist/, served on 127.0.0.1, in Chromium (CHROMIUM_PATH, else
/usr/bin/chromium). Pages are the site's directory URLs
(default: / /returns/pack-and-send-a-return/).
  --help   this text`;
const pages = builtPages(USAGE, ['/', '/returns/pack-and-send-a-return/']);

const server = await startServer({ dir: dist, port: 0 });
const chrome = await launch({ chromePath: CHROME, chromeFlags: FLAGS });
try {
  console.log('| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const page of pages) {
    const result = await lighthouse(new URL(page.replace(/^\//, ''), server.url).href, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    console.log(`| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${audits['largest-contentful-paint']?.displayValue} | ${audits['cumulative-layout-shift']?.displayValue} | ${audits['total-blocking-time']?.displayValue} |`);
    if (failing.length) console.error(`  ${page} failing audits: ${failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
