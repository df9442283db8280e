/**
 * Runs the content checker inside Astro: `astro build` stops with the full list of problems
 * (and exit code 1, without a stack trace);
 * `astro dev` prints them (and again on every content change) and shows them in the browser
 * instead of the page until they are fixed (`dev-problem-page.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../content-files.ts';
import { checkContent, formatProblem } from '../lib/content-check/check-content.ts';
import { readContentSnapshot } from '../lib/content-check/read-snapshot.ts';
import { translationCoverage } from '../lib/content-check/translation-coverage.ts';
import { articleTexts, type ArticleText } from '../lib/gaps/match/load-articles.ts';
import { devProblemPage } from './dev-problem-page.ts';

function check(dir: string): { problems: string[]; translations: string[]; articles: ArticleText[] } {
  try {
    const snapshot = readContentSnapshot(dir);
    const report = checkContent(snapshot);
    const coverage = translationCoverage({ articles: report.articles, categories: snapshot.categories, locales: snapshot.locales, defaultLocale: snapshot.defaultLocale, uiStrings: report.uiStrings });
    const translations = coverage.map((c) => `${c.locale} ${c.translated}/${c.total}${c.outdated.length ? ` (${c.outdated.length} outdated)` : ''}`);
    return { problems: report.problems.map(formatProblem), translations, articles: articleTexts(snapshot, report) };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems, translations: [], articles: [] };
    throw error;
  }
}
const problemsIn = (dir: string) => check(dir).problems;

/** Every file under the content folder with its size and time: changes when any file does. */
function contentStamp(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const info = statSync(file, { throwIfNoEntry: false });
      return `${file}:${info?.size}:${info?.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

export interface ContentCheck extends AstroIntegration {
  /**
   * The articles as text (`loadArticles`), from the check at the start of `astro build`, for
   * the search index at its end: reading and parsing every article a second time cost 5% of a
   * 1,000-article build (BENCHMARKS.md, "Where the build's time and memory go"). Undefined
   * outside a build, and once taken.
   */
  takeArticles(): ArticleText[] | undefined;
}

export function contentCheck(dir: string): ContentCheck {
  let logger: AstroIntegrationLogger;
  let checked: ArticleText[] | undefined;
  const report = () => {
    const problems = problemsIn(dir);
    if (problems.length) logger.warn(`${problems.length} content problem(s):\n  ${problems.join('\n  ')}`);
    return problems;
  };
  return {
    name: 'helpcenter:content-check',
    takeArticles() {
      const articles = checked;
      checked = undefined;
      return articles;
    },
    hooks: {
      'astro:config:setup': ({ command, logger: l }) => {
        logger = l;
        if (command !== 'build') return;
        const { problems, translations, articles } = check(dir);
        checked = articles;
        if (problems.length) {
          // The list and the way out, nothing else: a thrown error would add Astro's hook
          // banner and a stack trace under a message that already says everything.
          logger.error(`${new ContentError(problems).message}\n\nFix them and build again (\`npm run check:content\` lists them without building).`);
          process.exit(1);
        }
        // For information only: missing translations show the default-language article.
        if (translations.length) logger.info(`Translated articles: ${translations.join(', ')}. \`npm run check:content\` lists what is missing.`);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        let problems = report();
        let stamp = contentStamp(dir);
        const recheck = async () => {
          stamp = contentStamp(dir);
          const before = problems.length;
          problems = report();
          // Fixed: Astro's content layer may have missed the save that fixed it (a change
          // during its first sync, before its own watcher listens, is lost), and it left the
          // broken entry out: sync again so the page is there when the problem page reloads.
          if (before && !problems.length) await refreshContent?.({});
        };
        for (const event of ['change', 'add', 'unlink'] as const) {
          server.watcher.on(event, (file) => {
            if (file.startsWith(dir)) void recheck();
          });
        }
        server.middlewares.use(async (request, response, next) => {
          if (request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
          // A page asked for after a save the watcher did not report (busy machines, network
          // drives): the files' times and sizes say whether to check again.
          if (contentStamp(dir) !== stamp) await recheck();
          if (!problems.length) return next();
          // While there are problems, every page the browser asks for is the list of them.
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(devProblemPage(problems));
        });
      },
    },
  };
}
