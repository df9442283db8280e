/**
 * The article model the pages work with, and the pure rules for ordering, related
 * articles, prev/next and the home page's popular list.
 */
export interface ArticleSummary {
  /** Collection id: `<locale>/<category>/<slug>`. */
  id: string;
  locale: string;
  category: string;
  slug: string;
  title: string;
  description: string;
  tags: string[];
  related: string[];
  order: number;
  pinned: boolean;
  updated: Date;
  /**
   * Set when this language has no translation yet and the article of that (default) language
   * is shown in its place, with a notice.
   */
  fallbackFrom?: string;
}

/** Splits `en/shipping/track-your-parcel` (or a path ending in .mdx) into its parts. */
export function parseArticleId(id: string): { locale: string; category: string; slug: string } | undefined {
  const parts = id.replace(/\\/g, '/').replace(/\.mdx?$/, '').split('/');
  if (parts.length !== 3 || parts.some((p) => p === '')) return undefined;
  const [locale, category, slug] = parts as [string, string, string];
  return { locale, category, slug };
}

/** Category order: translations before stand-ins for missing ones, then `order`, then title. */
/**
 * One collator per language: `localeCompare(x, locale)` builds a new one on every call, and a
 * build sorts article lists for every page (BENCHMARKS.md, "Where the build's time … go").
 */
const collators = new Map<string, Intl.Collator>();
function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  return collator;
}

export function compareArticles(a: ArticleSummary, b: ArticleSummary): number {
  return Number(a.fallbackFrom !== undefined) - Number(b.fallbackFrom !== undefined) || a.order - b.order || collatorFor(a.locale).compare(a.title, b.title);
}

export function articlesInCategory(all: readonly ArticleSummary[], locale: string, category: string): ArticleSummary[] {
  return all.filter((a) => a.locale === locale && a.category === category).sort(compareArticles);
}

function sharedTagCount(a: ArticleSummary, b: ArticleSummary): number {
  return a.tags.filter((tag) => b.tags.includes(tag)).length;
}

/**
 * Related articles: the writer's `related` list first, in its order; then, to fill up,
 * articles sharing the most tags (same category first), then the rest of the category.
 */
export function relatedArticles(article: ArticleSummary, all: readonly ArticleSummary[], limit = 5): ArticleSummary[] {
  const candidates = all.filter((a) => a.locale === article.locale && a.id !== article.id);
  const bySlug = new Map(candidates.map((a) => [a.slug, a]));
  const picked: ArticleSummary[] = [];
  const add = (a: ArticleSummary | undefined) => {
    if (a && picked.length < limit && !picked.includes(a)) picked.push(a);
  };
  article.related.forEach((slug) => add(bySlug.get(slug)));
  const byTags = candidates
    .map((a) => ({ a, shared: sharedTagCount(article, a), sameCategory: a.category === article.category }))
    .filter((c) => c.shared > 0)
    .sort((x, y) => y.shared - x.shared || Number(y.sameCategory) - Number(x.sameCategory) || compareArticles(x.a, y.a));
  byTags.forEach((c) => add(c.a));
  candidates.filter((a) => a.category === article.category).sort(compareArticles).forEach(add);
  return picked;
}

export function previousAndNext(article: ArticleSummary, all: readonly ArticleSummary[]): { previous?: ArticleSummary; next?: ArticleSummary } {
  const siblings = articlesInCategory(all, article.locale, article.category);
  const index = siblings.findIndex((a) => a.id === article.id);
  if (index === -1) return {};
  return { previous: siblings[index - 1], next: siblings[index + 1] };
}

/**
 * Home page list: pinned articles in category order, topped up with each category's
 * first articles so the list is never empty. In a language, its translations come first;
 * untranslated articles only fill a list a new language cannot fill yet.
 */
export function popularArticles(all: readonly ArticleSummary[], locale: string, categoryOrder: readonly string[], limit = 6): ArticleSummary[] {
  const rank = (a: ArticleSummary) => {
    const index = categoryOrder.indexOf(a.category);
    return index === -1 ? categoryOrder.length : index;
  };
  const inLocale = all.filter((a) => a.locale === locale);
  const ordered = [...inLocale].sort((a, b) => Number(a.fallbackFrom !== undefined) - Number(b.fallbackFrom !== undefined) || Number(b.pinned) - Number(a.pinned) || a.order - b.order || rank(a) - rank(b) || collatorFor(locale).compare(a.title, b.title));
  return ordered.slice(0, limit);
}
