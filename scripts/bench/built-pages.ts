/**
 * The pages a per-page measure of the built site looks at (bench-weight.ts,
 * bench-lighthouse.ts): the command's arguments, else its defaults. Each is a directory URL of
 * dist/ (`/`, `/returns/refund-timing/`); a typo or a page the build did not write is said
 * before anything runs, rather than measured as the 404 page or failing half-way.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { exitWithUsage, parseCommandLine } from '../command-line.ts';

export const dist = path.resolve('dist');

export function builtPages(usage: string, defaults: string[]): string[] {
  const { positionals } = parseCommandLine({ allowPositionals: true }, usage);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(2);
  }
  const pages = positionals.length ? positionals : defaults;
  const missing = pages.filter((page) => {
    const file = path.join(dist, page, 'index.html');
    return !file.startsWith(dist + path.sep) || !existsSync(file);
  });
  if (missing.length) exitWithUsage(`Not a page of the built site (no index.html for it in dist/): ${missing.join(', ')}`, usage);
  return pages;
}
