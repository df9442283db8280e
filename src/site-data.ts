/**
 * What the pages need from the content, loaded once per build: settings, categories and
 * article summaries. Drafts are shown in `astro dev` (for preview) and left out of builds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareArticles, type ArticleSummary } from './lib/articles.ts';
import { loadCategories, loadSiteSettings } from './content-files.ts';
import type { UrlContext } from './lib/urls.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export const settings = loadSiteSettings();
export const categories = loadCategories().sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
export const defaultLocale = settings.locales[0]!.code;

export function urlContext(locale: string): UrlContext {
  return { base: import.meta.env.BASE_URL, locale, defaultLocale };
}

export function summarize(entry: ArticleEntry): ArticleSummary {
  const [locale = defaultLocale, category = entry.data.category, slug = entry.id] = entry.id.split('/');
  const { title, description, tags, related, order, pinned, updated } = entry.data;
  return { id: entry.id, locale, category, slug, title, description, tags, related, order, pinned, updated };
}

async function loadPublished(): Promise<{ entries: ArticleEntry[]; summaries: ArticleSummary[] }> {
  const entries = await getCollection('articles', (entry) => import.meta.env.DEV || !entry.data.draft);
  const pairs = entries.map((entry) => ({ entry, summary: summarize(entry) })).sort((a, b) => compareArticles(a.summary, b.summary));
  return { entries: pairs.map((p) => p.entry), summaries: pairs.map((p) => p.summary) };
}

// Every page asks for the article list; a build computes it once. `astro dev` recomputes it
// per request so a writer's edit shows up on reload.
let cached: ReturnType<typeof loadPublished> | undefined;
const published = () => (import.meta.env.DEV ? loadPublished() : (cached ??= loadPublished()));

export async function publishedArticles(): Promise<ArticleEntry[]> {
  return (await published()).entries;
}

/** Summaries of all published articles, in category order. Treat as read-only. */
export async function articleSummaries(): Promise<ArticleSummary[]> {
  return (await published()).summaries;
}

export function categoryById(id: string) {
  const category = categories.find((c) => c.id === id);
  if (!category) throw new Error(`Unknown category "${id}". Add it to content/categories.json.`);
  return category;
}
