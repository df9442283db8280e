/**
 * The content check of one content folder, as the build runs it: the problems (formatted as the
 * checker prints them), the translation coverage line, and the articles as text for the search
 * index (content-check.ts). Runs in a process of its own during a build
 * (content-check-worker.ts), in the dev server's own otherwise.
 */
import { ContentError } from '../content-files.ts';
import { checkContent, formatProblem } from '../lib/content-check/check-content.ts';
import { readContentSnapshot } from '../lib/content-check/read-snapshot.ts';
import { translationCoverage } from '../lib/content-check/translation-coverage.ts';
import { articleTexts, type ArticleText } from '../lib/gaps/match/load-articles.ts';

export interface FolderCheck {
  problems: string[];
  /** "ko 14/40, …": for information only (missing translations show the default-language article). */
  translations: string[];
  articles: ArticleText[];
}

export function checkFolder(dir: string): FolderCheck {
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
