/**
 * The content check of one content folder, as the build runs it: the problems (formatted as the
 * checker prints them), the translation coverage line, and the articles as text for the search
 * index (content-check.ts). Runs in a process of its own during a build
 * (content-check-worker.ts), in the dev server's own otherwise.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

/**
 * Whether an article's frontmatter is YAML that cannot be read. Astro's content sync stops on
 * such an article with the YAML parser's stack trace, so the build checks the content before
 * the sync when there is one (content-check.ts); the check names it with its line and the fix.
 */
export function hasUnreadableFrontmatter(dir: string): boolean {
  const articles = path.join(dir, 'articles');
  let files: string[];
  try {
    files = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  } catch {
    return false;
  }
  return files.some((file) => {
    try {
      parseFrontmatter(readFileSync(path.join(articles, file), 'utf8'), { frontmatter: 'empty-with-spaces' });
      return false;
    } catch {
      return true;
    }
  });
}
