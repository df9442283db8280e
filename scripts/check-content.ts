/**
 * `npm run check:content [-- --dir path/to/content] [--strict]`
 * Reports every content problem at once, without building the site, then how far each
 * language is translated (missing articles, translations older than their source), then the
 * articles due for review with their owners (`owner`, `reviewEvery`). Translations and reviews
 * are for information and never change the exit code, unless `--strict` (reviews due: 1).
 * Exit codes: 0 no problems, 1 problems found, 2 the content folder itself cannot be read.
 */
import { ContentError, contentDir } from '../src/content-files.ts';
import { checkContent, formatProblem } from '../src/lib/content-check/check-content.ts';
import { readContentSnapshot } from '../src/lib/content-check/read-snapshot.ts';
import { formatCoverage, translationCoverage } from '../src/lib/content-check/translation-coverage.ts';
import { formatReviews, reviewsDue } from '../src/lib/content-check/reviews.ts';
import { loadSiteSettings } from '../src/content-files.ts';
import path from 'node:path';
import { parseCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run check:content [-- --dir path/to/content] [--strict]

  --dir DIR   the content folder to check (default content/)
  --strict    also exit 1 when articles are due for review
  --help      this text`;
const { values } = parseCommandLine({ options: { dir: { type: 'string' }, strict: { type: 'boolean', default: false } } }, USAGE);
const dir = values.dir ? path.resolve(values.dir) : contentDir();

let exitCode = 0;
try {
  const snapshot = readContentSnapshot(dir);
  const report = checkContent(snapshot);
  const count = report.problems.length;
  if (count === 0) {
    console.log(`Content OK: ${report.articles.length} articles checked, no problems.`);
  } else {
    console.error(report.problems.map(formatProblem).join('\n'));
    console.error(`\n${count} problem${count === 1 ? '' : 's'} in ${new Set(report.problems.map((p) => p.file)).size} file(s). Fix them and run \`npm run check:content\` again.`);
    exitCode = 1;
  }
  const coverage = translationCoverage({ articles: report.articles, categories: snapshot.categories, locales: snapshot.locales, defaultLocale: snapshot.defaultLocale, uiStrings: report.uiStrings });
  const labels = Object.fromEntries(loadSiteSettings(dir).locales.map((l) => [l.code, l.label]));
  if (coverage.length) console.log(`\n${formatCoverage(coverage, { defaultLocale: snapshot.defaultLocale, labels, contentRoot: snapshot.displayRoot })}`);
  const due = reviewsDue(report.articles, snapshot.categories, new Date());
  if (due.length) {
    console.log(`\n${formatReviews(due)}`);
    if (values.strict && exitCode === 0) exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  exitCode = 2;
}
process.exitCode = exitCode;
