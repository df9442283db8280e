/**
 * Runs the content checker inside Astro: `astro build` stops with the full list of problems
 * (and exit code 1, without a stack trace);
 * `astro dev` prints them (and again on every content change) and shows them in the browser
 * instead of the page until they are fixed (`dev-problem-page.ts`).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError } from '../content-files.ts';
import { checkContent, formatProblem } from '../lib/content-check/check-content.ts';
import { readContentSnapshot } from '../lib/content-check/read-snapshot.ts';
import { translationCoverage } from '../lib/content-check/translation-coverage.ts';
import { devProblemPage } from './dev-problem-page.ts';

function check(dir: string): { problems: string[]; translations: string[] } {
  try {
    const snapshot = readContentSnapshot(dir);
    const report = checkContent(snapshot);
    const coverage = translationCoverage({ articles: report.articles, categories: snapshot.categories, locales: snapshot.locales, defaultLocale: snapshot.defaultLocale, uiStrings: report.uiStrings });
    const translations = coverage.map((c) => `${c.locale} ${c.translated}/${c.total}${c.outdated.length ? ` (${c.outdated.length} outdated)` : ''}`);
    return { problems: report.problems.map(formatProblem), translations };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems, translations: [] };
    throw error;
  }
}
const problemsIn = (dir: string) => check(dir).problems;

export function contentCheck(dir: string): AstroIntegration {
  let logger: AstroIntegrationLogger;
  const report = () => {
    const problems = problemsIn(dir);
    if (problems.length) logger.warn(`${problems.length} content problem(s):\n  ${problems.join('\n  ')}`);
    return problems;
  };
  return {
    name: 'helpcenter:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger: l }) => {
        logger = l;
        if (command !== 'build') return;
        const { problems, translations } = check(dir);
        if (problems.length) {
          // The list and the way out, nothing else: a thrown error would add Astro's hook
          // banner and a stack trace under a message that already says everything.
          logger.error(`${new ContentError(problems).message}\n\nFix them and build again (\`npm run check:content\` lists them without building).`);
          process.exit(1);
        }
        // For information only: missing translations show the default-language article.
        if (translations.length) logger.info(`Translated articles: ${translations.join(', ')}. \`npm run check:content\` lists what is missing.`);
      },
      'astro:server:setup': ({ server }) => {
        let problems = report();
        const recheck = (file: string) => {
          if (file.startsWith(dir)) problems = report();
        };
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, recheck);
        // While there are problems, every page the browser asks for is the list of them.
        server.middlewares.use((request, response, next) => {
          if (!problems.length || request.method !== 'GET' || !request.headers.accept?.includes('text/html')) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Cache-Control', 'no-store');
          response.end(devProblemPage(problems));
        });
      },
    },
  };
}
