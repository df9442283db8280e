/**
 * The help center's articles as the gap report needs them: fields as text, read through the
 * same checker and schema as the site, so the report sees exactly what customers see.
 */
import { checkContent, type ContentReport, type ContentSnapshot } from '../../content-check/check-content.ts';
import { readContentSnapshot } from '../../content-check/read-snapshot.ts';

export interface ArticleText {
  /** `<category>/<slug>` in the default language, `<locale>/<category>/<slug>` in the others. */
  id: string;
  /** `<category>/<slug>`: the same for an article and its translations. */
  key: string;
  locale: string;
  category: string;
  title: string;
  description: string;
  keywords: string[];
  tags: string[];
  headings: string[];
  body: string;
  /** The text under each `##` heading, in order: translations keep the sections of their source. */
  sections: string[];
}

/** Markdown/MDX source → readable text (no frontmatter, tags, link targets or markup). */
export function markdownToText(source: string): string {
  return source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/[*_`>|]|^\s*[-+]\s+\[[ x]\]|^\s*\d+\.\s/gm, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function loadArticles(contentDir: string): ArticleText[] {
  const snapshot = readContentSnapshot(contentDir);
  return articleTexts(snapshot, checkContent(snapshot));
}

/**
 * The published articles of a content folder already checked: what `loadArticles` reads, for
 * a caller that has run the check itself (the build checks the content once, at its start).
 */
export function articleTexts(snapshot: ContentSnapshot, report: ContentReport): ArticleText[] {
  const defaultLocale = snapshot.defaultLocale;
  const sources = new Map(snapshot.articles.map((a) => [`${snapshot.displayRoot}/articles/${a.path}`, a.source]));
  const { articles } = report;
  return articles.flatMap((article) => {
    const fm = article.frontmatter;
    if (!fm || fm.draft) return [];
    const source = sources.get(article.file) ?? '';
    const headings = [...source.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => m[1]!.trim());
    const key = `${article.category}/${article.slug}`;
    const sections = source.replace(/^---[\s\S]*?\n---/, '').split(/^(?=##\s)/m).map(markdownToText);
    return [{ id: article.locale === defaultLocale ? key : `${article.locale}/${key}`, key, sections, locale: article.locale, category: article.category, title: fm.title, description: fm.description, keywords: fm.keywords, tags: fm.tags.map((t) => t.replace(/-/g, ' ')), headings, body: markdownToText(source) }];
  });
}
