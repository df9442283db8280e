/**
 * Times, in a fresh process and in the build's order, the pieces of our own integrations that
 * profile-build-child.ts cannot tell apart from its hook times: the content check (read the
 * files, parse every article with remark-mdx, check), then, as search-index.ts does at
 * build:done, loadArticles (the same check a second time) and the site's word lists. Prints JSON.
 *
 *   HELPCENTER_CONTENT_DIR=/tmp/gen node scripts/bench/profile-build-parts.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir } from '../../src/content-files.ts';
import { writeSiteWords } from '../../src/integrations/search-index.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { readContentSnapshot } from '../../src/lib/content-check/read-snapshot.ts';
import { scanMdx } from '../../src/lib/content-check/scan-mdx.ts';
import { translationCoverage } from '../../src/lib/content-check/translation-coverage.ts';
import { loadArticles } from '../../src/lib/gaps/match/load-articles.ts';

const dir = contentDir();
const ms: Record<string, number> = {};
// Awaited, so a step that returns a promise (writeSiteWords) is timed to its end.
const time = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const value = await run();
  ms[name] = Math.round(performance.now() - start);
  return value;
};
// As content-check.ts's check() at astro:config:setup.
const snapshot = await time('check: read files', () => readContentSnapshot(dir));
const report = await time('check: checkContent', () => checkContent(snapshot));
await time('check: translation coverage', () => translationCoverage({ articles: report.articles, categories: snapshot.categories, locales: snapshot.locales, defaultLocale: snapshot.defaultLocale, uiStrings: report.uiStrings }));
// The share of checkContent that is parsing (scanMdx), timed again on its own (warm).
await time('check: scanMdx alone, again (warm)', () => snapshot.articles.forEach((a) => scanMdx(a.source)));
// As search-index.ts at astro:build:done.
const articles = await time('build:done: loadArticles (second check)', () => loadArticles(dir));
const out = mkdtempSync(path.join(tmpdir(), 'helpcenter-profile-words-'));
await time('build:done: writeSiteWords', () => writeSiteWords(out, dir, articles));
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ articles: snapshot.articles.length, ms, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
