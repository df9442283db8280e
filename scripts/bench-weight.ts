/**
 * `npm run bench:weight [-- /page/ …]` (after `npm run build`)
 * Bytes a customer downloads for an article page: the HTML, its CSS and JS (raw and gzip),
 * and images. Reads dist/ as a static host would serve it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, dist } from './bench/built-pages.ts';

const USAGE = `Usage: npm run bench:weight [-- /page/ …]   (after npm run build)

Bytes of HTML, CSS, JS and images per page of dist/, raw and gzip. Pages are the site's
directory URLs (default: / /returns/pack-and-send-a-return/ /shipping/delivery-times-and-costs/).
  --help   this text`;
const pages = builtPages(USAGE, ['/', '/returns/pack-and-send-a-return/', '/shipping/delivery-times-and-costs/']);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (file: string) => {
  const data = readFileSync(path.join(dist, file));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

console.log('| page | HTML (gzip) | CSS (gzip) | JS (gzip) | images (as served) | total (gzip + images) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const page of pages) {
  const htmlFile = path.join(page.replace(/^\//, ''), 'index.html');
  const html = readFileSync(path.join(dist, htmlFile), 'utf8');
  const htmlSize = sizes(htmlFile);
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g)].map((m) => sizes(m[1]!));
  const js = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => sizes(m[1]!));
  const inlineJs = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + gzipSync(m[1]!).length, 0);
  const images = [...html.matchAll(/<img[^>]+src="\/([^"]+)"/g)].reduce((sum, m) => sum + readFileSync(path.join(dist, m[1]!.split('?')[0]!)).length, 0);
  const sum = (list: { gzip: number }[]) => list.reduce((total, s) => total + s.gzip, 0);
  const cssGzip = sum(css);
  const jsGzip = sum(js) + inlineJs;
  console.log(`| ${page} | ${kb(htmlSize.gzip)} (${kb(htmlSize.raw)} raw) | ${kb(cssGzip)} | ${kb(jsGzip)} | ${kb(images)} | ${kb(htmlSize.gzip + cssGzip + jsGzip + images)} |`);
}
