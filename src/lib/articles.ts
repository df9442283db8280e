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

/**
 * The questions an article page asks about the other articles of its language (related
 * articles, previous and next in its category) and the language switcher asks of every page
 * (does this article exist in that language?), answered from maps built once per list.
 * Scanning and sorting the whole list for each page made rendering grow with pages ×
 * articles: 18 ms a page at 5,000 articles against 3 ms for the sample (BENCHMARKS.md,
 * "Where the build's time and memory go"). Answers are the same as the plain rules would
 * give on the list (test/unit/articles.test.ts checks them against those rules).
 */
export interface ArticleIndex {
  /** The article in exactly this language, category and slug: the first one in the list. */
  find(locale: string, category: string, slug: string): ArticleSummary | undefined;
  /** One language's articles of a category, in category order. Shared: read-only. */
  inCategory(locale: string, category: string): readonly ArticleSummary[];
  /**
   * Related articles: the writer's `related` list first, in its order; then, to fill up,
   * articles sharing the most tags (same category first), then the rest of the category.
   * Never the article itself (same id) nor another language.
   */
  related(article: ArticleSummary, limit?: number): ArticleSummary[];
  previousAndNext(article: ArticleSummary): { previous?: ArticleSummary; next?: ArticleSummary };
}

/** One language's part of an index. Positions are places in `sorted`. */
interface LanguageArticles {
  /** In category order (`compareArticles`; the list's order among equals, as a stable sort keeps it). */
  sorted: ArticleSummary[];
  /** Articles with this slug, in the list's order: `related` names articles by slug. */
  bySlug: Map<string, ArticleSummary[]>;
  /** Positions of the articles having this tag, each article once. */
  byTag: Map<string, number[]>;
  byCategory: Map<string, ArticleSummary[]>;
  /** Where an id first stands in its category's list. */
  placeInCategory: Map<string, Map<string, number>>;
  /** Shared tags per position, zero between calls; and the positions counted in this call. */
  shared: Int32Array;
  touched: number[];
}

function languageArticles(list: readonly ArticleSummary[]): LanguageArticles {
  const sorted = [...list].sort(compareArticles);
  const bySlug = new Map<string, ArticleSummary[]>();
  for (const a of list) pushTo(bySlug, a.slug, a);
  const byTag = new Map<string, number[]>();
  const byCategory = new Map<string, ArticleSummary[]>();
  const placeInCategory = new Map<string, Map<string, number>>();
  sorted.forEach((a, position) => {
    for (const tag of new Set(a.tags)) pushTo(byTag, tag, position);
    const siblings = pushTo(byCategory, a.category, a);
    let places = placeInCategory.get(a.category);
    if (!places) placeInCategory.set(a.category, (places = new Map()));
    if (!places.has(a.id)) places.set(a.id, siblings.length - 1);
  });
  return { sorted, bySlug, byTag, byCategory, placeInCategory, shared: new Int32Array(sorted.length), touched: [] };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): T[] {
  let values = map.get(key);
  if (!values) map.set(key, (values = []));
  values.push(value);
  return values;
}

// Ids come from file paths, which cannot contain NUL: the key is one article's, exactly.
const findKey = (locale: string, category: string, slug: string) => `${locale}\0${category}\0${slug}`;

export function indexArticles(all: readonly ArticleSummary[]): ArticleIndex {
  const byLocale = new Map<string, ArticleSummary[]>();
  const found = new Map<string, ArticleSummary>();
  for (const a of all) {
    pushTo(byLocale, a.locale, a);
    const key = findKey(a.locale, a.category, a.slug);
    if (!found.has(key)) found.set(key, a);
  }
  const languages = new Map([...byLocale].map(([locale, list]) => [locale, languageArticles(list)]));

  /**
   * The articles sharing at least one tag with `article`, best first (most shared tags, same
   * category, category order), at most `count` of them. Only the articles having one of its
   * tags are visited, and only the best `count` are kept in order, instead of sorting them all.
   */
  function bySharedTags(language: LanguageArticles, article: ArticleSummary, count: number): ArticleSummary[] {
    const { sorted, byTag, shared, touched } = language;
    // A tag the article lists twice counts twice, as the plain rule counts it.
    for (const tag of article.tags) {
      for (const position of byTag.get(tag) ?? []) {
        if (sorted[position]!.id === article.id) continue;
        if (shared[position]++ === 0) touched.push(position);
      }
    }
    const sameCategory = (position: number) => Number(sorted[position]!.category === article.category);
    // Negative when x goes before y.
    const compare = (x: number, y: number) => shared[y]! - shared[x]! || sameCategory(y) - sameCategory(x) || x - y;
    let best: number[];
    if (touched.length <= count) best = [...touched].sort(compare);
    else {
      best = [];
      for (const position of touched) {
        if (best.length === count && compare(position, best[count - 1]!) >= 0) continue;
        // Insert in order; when full, the last one drops out.
        let at = Math.min(best.length, count - 1);
        while (at > 0 && compare(position, best[at - 1]!) < 0) {
          best[at] = best[at - 1]!;
          at--;
        }
        best[at] = position;
      }
    }
    for (const position of touched) shared[position] = 0;
    touched.length = 0;
    return best.map((position) => sorted[position]!);
  }

  return {
    find: (locale, category, slug) => found.get(findKey(locale, category, slug)),
    inCategory: (locale, category) => languages.get(locale)?.byCategory.get(category) ?? [],
    related(article, limit = 5) {
      const language = languages.get(article.locale);
      const picked: ArticleSummary[] = [];
      if (!language) return picked;
      const add = (a: ArticleSummary | undefined) => {
        if (a && picked.length < limit && !picked.includes(a)) picked.push(a);
      };
      // The last article with the slug, as a map built from the list keeps it.
      for (const slug of article.related) add(language.bySlug.get(slug)?.findLast((a) => a.id !== article.id));
      if (picked.length >= limit) return picked;
      // At most `picked.length` of the best are already picked.
      bySharedTags(language, article, Math.ceil(limit) + picked.length).forEach(add);
      for (const a of language.byCategory.get(article.category) ?? []) {
        if (picked.length >= limit) break;
        if (a.id !== article.id) add(a);
      }
      return picked;
    },
    previousAndNext(article) {
      const language = languages.get(article.locale);
      const siblings = language?.byCategory.get(article.category) ?? [];
      const index = language?.placeInCategory.get(article.category)?.get(article.id);
      if (index === undefined) return {};
      return { previous: siblings[index - 1], next: siblings[index + 1] };
    },
  };
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
