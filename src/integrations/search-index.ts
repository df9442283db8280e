/**
 * Builds the Pagefind index into dist/pagefind/ at the end of `astro build`, so a build
 * always ships a search index that matches its pages, and beside it the site's own words per
 * language (dist/search-words/, see src/lib/search/lexicon.ts), which search uses to correct
 * typos and to tell a word the site never uses from one it does. What is indexed is declared
 * in the markup (data-pagefind-body on articles, data-pagefind-ignore on chrome); the word
 * list reads the same articles, through the content checker, as the gap report does.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { contentDir, loadCategories, loadSiteSettings } from '../content-files.ts';
import { loadArticles, type ArticleText } from '../lib/gaps/match/load-articles.ts';
import { synonymsFor } from '../lib/locales.ts';
import { calibrationQuestion } from '../lib/search/calibration.ts';
import { LEXICON_DIR, buildLexicon, serializeShard, type LexiconIndex } from '../lib/search/lexicon.ts';
import { realWordsNear } from '../lib/search/real-words.ts';
import { stemmerFor } from '../lib/search/spelling.ts';
import { dictionaryFor } from '../lib/language/dictionaries.ts';
import { CALIBRATION_THREADS, CALIBRATION_TITLES } from '../lib/search/tuning.ts';
import type { CalibrationInput } from './search-calibration-worker.ts';

/**
 * `checkedArticles`: the articles the content check read at the start of the build, when it
 * has them (content-check.ts); otherwise they are read here.
 */
export function searchIndex(checkedArticles: () => ArticleText[] | undefined = () => undefined): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'helpcenter:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Pagefind indexes the pages in its own process while this thread writes the site's
        // word lists (no page is written and the pages are not read here, so neither waits).
        const indexing = index.addDirectory({ path: outDir });
        // Awaited below; this only keeps a failure from being unhandled if the word lists fail first.
        indexing.catch(() => undefined);
        const content = contentDir();
        const articles = checkedArticles() ?? loadArticles(content);
        const words = await writeSiteWords(outDir, content, articles);
        const added = await indexing;
        if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const reference = await calibrate(root, outDir, base, content, articles).catch((error: unknown) => {
          logger.warn(`Search could not be calibrated (${error instanceof Error ? error.message : String(error)}): results will all be shown as "not sure", with the contact channels.`);
          return {};
        });
        const calibrated = writeCalibration(outDir, reference);
        logger.info(`Search index: ${added.page_count} pages; site words: ${words}; calibration score: ${calibrated}`);
      },
    },
  };
}

/** Adds each language's calibration score to its word index. Returns a summary for the build log. */
function writeCalibration(outDir: string, reference: Record<string, number>): string {
  for (const [locale, score] of Object.entries(reference)) {
    const file = path.join(outDir, LEXICON_DIR, locale, 'index.json');
    const index = JSON.parse(readFileSync(file, 'utf8')) as LexiconIndex;
    writeFileSync(file, `${JSON.stringify({ ...index, reference: score })}\n`);
  }
  return Object.entries(reference).sort().map(([locale, score]) => `${locale} ${score.toFixed(1)}`).join(', ') || 'none';
}

/**
 * The calibration score per language (search-calibration-worker.ts): the titles of up to
 * CALIBRATION_TITLES articles, evenly spread over the language's articles, each asked with the
 * words its article uses again (calibrationQuestion).
 */
async function calibrate(root: string, outDir: string, base: string, content: string, articles: ArticleText[]): Promise<Record<string, number>> {
  const settings = loadSiteSettings(content);
  const languages = settings.locales.map(({ code }) => {
    const own = articles.filter((a) => a.locale === code).sort((a, b) => (a.id < b.id ? -1 : 1));
    const step = Math.max(1, own.length / CALIBRATION_TITLES);
    const synonyms = synonymsFor(settings, code);
    const questions = Array.from({ length: Math.min(own.length, CALIBRATION_TITLES) }, (_, i) => calibrationQuestion(own[Math.floor(i * step)]!, synonyms, code));
    return { locale: code, questions, synonyms };
  });
  // Two threads (the machines this runs on have two cores or more), languages shared out.
  const todo = languages.filter((l) => l.questions.length);
  const threads = Math.min(CALIBRATION_THREADS, todo.length);
  const runs = Array.from({ length: threads }, (_, t) => {
    const input: CalibrationInput = { outDir, base, languages: todo.filter((_, i) => i % threads === t) };
    return new Promise<Record<string, number>>((resolve, reject) => {
      const worker = new Worker(path.join(root, 'src/integrations/search-calibration-worker.ts'), { workerData: input });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code === 0 || reject(new Error(`Search calibration stopped (exit code ${code}).`)));
    });
  });
  return Object.assign({}, ...(await Promise.all(runs))) as Record<string, number>;
}

/**
 * Writes each language's words as shards (`<locale>/<shard>.txt`) and an index of them
 * (`<locale>/index.json`), so the browser never asks for a shard that does not exist. Returns a
 * summary for the build log.
 */
export async function writeSiteWords(outDir: string, content: string, articles: ArticleText[]): Promise<string> {
  const root = path.join(outDir, LEXICON_DIR);
  rmSync(root, { recursive: true, force: true });
  const texts = new Map<string, string[]>();
  const add = (locale: string, ...parts: string[]) => {
    const list = texts.get(locale) ?? [];
    list.push(...parts);
    texts.set(locale, list);
  };
  for (const a of articles) add(a.locale, a.title, a.description, a.keywords.join(' '), a.tags.join(' '), a.headings.join(' '), a.body);
  const categories = loadCategories(content);
  for (const [locale] of texts) {
    for (const c of categories) {
      const own = locale in (c.translations ?? {}) ? c.translations![locale]! : c;
      add(locale, own.title);
    }
  }
  const summary: string[] = [];
  for (const [locale, list] of [...texts].sort()) {
    const shards = buildLexicon(list);
    const folder = path.join(root, locale);
    mkdirSync(folder, { recursive: true });
    let count = 0;
    for (const [shard, words] of shards) {
      writeFileSync(path.join(folder, `${shard}.txt`), serializeShard(words));
      count += words.size;
    }
    // The language's real words spelling would turn into site words ("shoes" → "shows").
    const dictionary = dictionaryFor(locale);
    const real = dictionary ? realWordsNear(shards, dictionary, await stemmerFor(locale)) : new Map<string, string[]>();
    for (const [shard, words] of real) writeFileSync(path.join(folder, `${shard}.real.txt`), `${words.join('\n')}\n`);
    const index: LexiconIndex = { shards: [...shards.keys()].sort(), ...(real.size ? { real: [...real.keys()].sort() } : {}) };
    writeFileSync(path.join(folder, 'index.json'), `${JSON.stringify(index)}\n`);
    const protectedWords = [...real.values()].reduce((n, list) => n + list.length, 0);
    summary.push(`${locale} ${count}${protectedWords ? ` (+${protectedWords} real words kept from correction)` : ''}`);
  }
  return summary.join(', ');
}
