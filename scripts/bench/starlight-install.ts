/**
 * Starlight for the side-by-side benchmarks (bench-starlight.ts: build time and memory;
 * bench-search-browser.ts --vs-starlight: bytes of a first search): installed from
 * scripts/bench/starlight/'s lockfile into the system's temporary folder on first use, never
 * into the help center's node_modules; and a content folder cut to its default language.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Starlight's install folder, installed from the committed lockfile when not there yet. */
export function installStarlight(repo = process.cwd()): string {
  const benchDir = path.join(repo, 'scripts', 'bench', 'starlight');
  const lock = readFileSync(path.join(benchDir, 'package-lock.json'));
  const dir = path.join(tmpdir(), `helpcenter-bench-starlight-${createHash('sha256').update(readFileSync(path.join(benchDir, 'package.json'))).update(lock).digest('hex').slice(0, 12)}`);
  const stamp = path.join(dir, 'node_modules', '.installed');
  if (existsSync(stamp)) return dir;
  mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) cpSync(path.join(benchDir, file), path.join(dir, file));
  console.error(`Installing Starlight into ${dir} (once) …`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci in ${dir} failed: is the npm registry reachable?`);
  writeFileSync(stamp, new Date().toISOString());
  return dir;
}

/** The content folder with the default language alone, as a site that has one. */
export function defaultLanguageOnly(contentDir: string, target: string): string {
  cpSync(contentDir, target, { recursive: true });
  const site = JSON.parse(readFileSync(path.join(target, 'site.json'), 'utf8')) as { locales: { code: string }[]; search?: { synonymsByLocale?: Record<string, unknown> } };
  const [first] = site.locales;
  if (!first) throw new Error(`${contentDir}/site.json lists no language.`);
  for (const { code } of site.locales.slice(1)) {
    rmSync(path.join(target, 'articles', code), { recursive: true, force: true });
    rmSync(path.join(target, 'ui', `${code}.json`), { force: true });
    // The content check refuses settings for a language the site does not have.
    delete site.search?.synonymsByLocale?.[code];
  }
  writeFileSync(path.join(target, 'site.json'), `${JSON.stringify({ ...site, locales: [first] }, null, 2)}\n`);
  // And for categories: their titles in the other languages go too.
  const categories = JSON.parse(readFileSync(path.join(target, 'categories.json'), 'utf8')) as { translations?: unknown }[];
  writeFileSync(path.join(target, 'categories.json'), `${JSON.stringify(categories.map(({ translations: _, ...category }) => category), null, 2)}\n`);
  return target;
}
