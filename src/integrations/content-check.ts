/**
 * Runs the content checker inside Astro: `astro build` stops with the full list of problems
 * (and exit code 1, without a stack trace);
 * `astro dev` prints them (and again on every content change) but keeps serving, so a writer
 * sees the preview while fixing.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { ContentError } from '../content-files.ts';
import { checkContent, formatProblem } from '../lib/content-check/check-content.ts';
import { readContentSnapshot } from '../lib/content-check/read-snapshot.ts';
import { translationCoverage } from '../lib/content-check/translation-coverage.ts';

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
        report();
        server.watcher.on('change', (file) => {
          if (file.startsWith(dir)) report();
        });
      },
    },
  };
}
