/**
 * What the pages need from the content, loaded once per build: settings, categories, UI
 * strings and article summaries. Drafts are shown in `astro dev` (for preview) and left out
 * of builds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareArticles, indexArticles, type ArticleIndex, type ArticleSummary } from './lib/articles.ts';
import { registerMessages } from './lib/i18n.ts';
import { articlesForLocale, localeRouting, localizeCategory, type WrittenArticles } from './lib/locales.ts';
import { sitePages, type SitePage } from './lib/routes.ts';
import { ContentError, loadCategories, loadSiteSettings, loadUiOverrides } from './content-files.ts';
import { uiStringsSchema, describeIssues, type Category, type Locale } from './schema.ts';
import type { UrlContext } from './lib/urls.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export const settings = loadSiteSettings();
export const routing = localeRouting(settings);
export const defaultLocale = routing.defaultLocale;
const allCategories = loadCategories().sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));

// UI strings: src/i18n/<code>.json for every language in the settings, with the company's own
// wording from content/ui/<code>.json on top. Adding a language is a settings entry plus the
// file in src/i18n; a missing file stops the build with the fix.
const catalogs = import.meta.glob<{ default: unknown }>('./i18n/*.json', { eager: true });
for (const { code } of settings.locales) {
  const file = `src/i18n/${code}.json`;
  const catalog = catalogs[`./i18n/${code}.json`];
  if (!catalog) throw new ContentError([`${file}: is missing, but content/site.json lists the language "${code}". Copy src/i18n/en.json to ${file} and translate the texts.`]);
  const parsed = uiStringsSchema.safeParse(catalog.default);
  if (!parsed.success) throw new ContentError(describeIssues(file, parsed.error));
  // The company's own wording (content/ui/<code>.json) over the product's.
  const overrides = loadUiOverrides(code);
  if (code !== 'en' || overrides) registerMessages(code, { ...parsed.data, ...overrides });
}

export function localeInfo(code: string): Locale {
  return settings.locales.find((l) => l.code === code) ?? settings.locales[0]!;
}

/** Categories in home-page order, with their title and description in `locale`. */
export function categoriesIn(locale: string): Category[] {
  return allCategories.map((c) => localizeCategory(c, locale));
}
export const categoryIds = allCategories.map((c) => c.id);

export function urlContext(locale: string): UrlContext {
  return { base: import.meta.env.BASE_URL, locale, defaultLocale };
}

export function summarize(entry: ArticleEntry): ArticleSummary {
  const [locale = defaultLocale, category = entry.data.category, slug = entry.id] = entry.id.split('/');
  const { title, description, tags, related, order, pinned, updated } = entry.data;
  return { id: entry.id, locale, category, slug, title, description, tags, related, order, pinned, updated };
}

async function loadPublished(): Promise<{ entries: Map<string, ArticleEntry>; summaries: ArticleSummary[]; written: WrittenArticles }> {
  const entries = await getCollection('articles', (entry) => import.meta.env.DEV || !entry.data.draft);
  const summaries = entries.map(summarize).sort(compareArticles);
  return { entries: new Map(entries.map((e) => [e.id, e])), summaries, written: indexArticles(summaries) };
}

// Every page asks for the article list; a build computes it once. `astro dev` recomputes it
// per request so a writer's edit shows up on reload.
let cached: ReturnType<typeof loadPublished> | undefined;
const published = () => (import.meta.env.DEV ? loadPublished() : (cached ??= loadPublished()));

export async function articleEntry(id: string): Promise<ArticleEntry> {
  const entry = (await published()).entries.get(id);
  if (!entry) throw new Error(`No published article "${id}".`);
  return entry;
}

/** Summaries of all published articles in every language, in category order. Treat as read-only. */
export async function articleSummaries(): Promise<ArticleSummary[]> {
  return (await published()).summaries;
}

/** Which article exists in which language (no stand-ins), for the language switcher and hreflang of every page. */
export async function writtenArticles(): Promise<WrittenArticles> {
  return (await published()).written;
}

interface LanguageArticles {
  list: readonly ArticleSummary[];
  index: ArticleIndex;
}

/**
 * What customers of `locale` can open: its translations, plus default-language articles
 * standing in for missing ones (marked `fallbackFrom`). In category order. Shared by every
 * page of a build: read-only.
 */
export async function articlesIn(locale: string): Promise<readonly ArticleSummary[]> {
  return (await languageArticles(locale)).list;
}

/** `articlesIn(locale)` indexed for an article page's related articles and previous/next. */
export async function articleIndexIn(locale: string): Promise<ArticleIndex> {
  return (await languageArticles(locale)).index;
}

function languageArticles(locale: string): Promise<LanguageArticles> {
  if (import.meta.env.DEV) return listFor(locale);
  // Every page of a language asks for the same list: building and sorting it per page made
  // rendering grow with pages × articles (18 ms a page at 5,000 articles, against 3 ms).
  let list = perLocale.get(locale);
  if (!list) perLocale.set(locale, (list = listFor(locale)));
  return list;
}
const perLocale = new Map<string, Promise<LanguageArticles>>();
async function listFor(locale: string): Promise<LanguageArticles> {
  const list = articlesForLocale(await articleSummaries(), locale, defaultLocale).sort(compareArticles);
  return { list, index: indexArticles(list) };
}

/** Every page of the site in every language (see src/lib/routes.ts). */
export async function allPages(): Promise<SitePage[]> {
  return sitePages(await articleSummaries(), categoryIds, routing);
}

export function categoryById(id: string, locale: string): Category {
  const category = allCategories.find((c) => c.id === id);
  if (!category) throw new Error(`Unknown category "${id}". Add it to content/categories.json.`);
  return localizeCategory(category, locale);
}
