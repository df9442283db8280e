/**
 * Languages of the help center: which article each language shows (its translation, or the
 * default language's article standing in for a missing one), which languages really have a
 * page (for hreflang and the sitemap), and where the language switcher leads. Pure: the
 * pages and the tests pass the article summaries in.
 */
import type { Category, SiteSettings } from '../schema.ts';
import type { ArticleIndex, ArticleSummary } from './articles.ts';

export interface LocaleRouting {
  /** Every language code, the default first. */
  locales: readonly string[];
  defaultLocale: string;
}

export function localeRouting(settings: Pick<SiteSettings, 'locales'>): LocaleRouting {
  const locales = settings.locales.map((l) => l.code);
  return { locales, defaultLocale: locales[0]! };
}

/** A page independent of its language: what the language switcher and hreflang pair up. */
export type PageKey =
  | { kind: 'home' }
  | { kind: 'search' }
  | { kind: 'category'; category: string }
  | { kind: 'article'; category: string; slug: string };

const articleKey = (a: Pick<ArticleSummary, 'category' | 'slug'>) => `${a.category}/${a.slug}`;

/**
 * The articles customers of `locale` can open: every translation, plus each default-language
 * article that has no translation yet, standing in for it (marked `fallbackFrom`). Everything
 * that lists or links articles in that language works on this list, so nothing 404s.
 */
export function articlesForLocale(all: readonly ArticleSummary[], locale: string, defaultLocale: string): ArticleSummary[] {
  const own = all.filter((a) => a.locale === locale);
  if (locale === defaultLocale) return own;
  const translated = new Set(own.map(articleKey));
  const standIns = all
    .filter((a) => a.locale === defaultLocale && !translated.has(articleKey(a)))
    .map((a): ArticleSummary => ({ ...a, id: `${locale}/${a.category}/${a.slug}`, locale, fallbackFrom: defaultLocale }));
  return [...own, ...standIns];
}

/** Which articles were written or translated in which language (no stand-ins): `indexArticles` of the summaries. */
export type WrittenArticles = Pick<ArticleIndex, 'find'>;

/** Languages that have a real version of the page (not a stand-in), in settings order. */
export function languagesWithPage(key: PageKey, written: WrittenArticles, routing: LocaleRouting): string[] {
  if (key.kind !== 'article') return [...routing.locales];
  return routing.locales.filter((locale) => written.find(locale, key.category, key.slug));
}

export interface LanguageLink {
  locale: string;
  /** The same page in that language, or that language's home when it has no version of it. */
  target: PageKey;
  current: boolean;
}

/**
 * Where each entry of the language switcher leads: the same article when it exists in that
 * language, otherwise that language's home. Categories and search exist in every language.
 */
export function languageLinks(key: PageKey, currentLocale: string, written: WrittenArticles, routing: LocaleRouting): LanguageLink[] {
  const available = new Set(languagesWithPage(key, written, routing));
  return routing.locales.map((locale) => ({
    locale,
    // The current language always links to this very page (even a stand-in).
    target: available.has(locale) || locale === currentLocale ? key : { kind: 'home' },
    current: locale === currentLocale,
  }));
}

/**
 * A translation is outdated when the default-language article was updated after it: the
 * customer may be reading instructions that have since changed.
 */
export function isOutdatedTranslation(translation: Pick<ArticleSummary, 'updated'>, source: Pick<ArticleSummary, 'updated'> | undefined): boolean {
  return source !== undefined && translation.updated.getTime() < source.updated.getTime();
}

/** The category with its title and description in `locale` (the default text when untranslated). */
export function localizeCategory(category: Category, locale: string): Category {
  const translation = category.translations[locale];
  return translation ? { ...category, title: translation.title, description: translation.description } : category;
}

/** Search synonym groups for one language. */
export function synonymsFor(settings: Pick<SiteSettings, 'locales' | 'search'>, locale: string): string[][] {
  return locale === settings.locales[0]?.code ? settings.search.synonyms : (settings.search.synonymsByLocale[locale] ?? []);
}

/**
 * The language a URL path belongs to: its first segment after the base path when that is a
 * language code, otherwise the default language.
 */
export function localeOfPath(pathname: string, base: string, routing: LocaleRouting): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const first = rest.split('/')[0] ?? '';
  return first !== routing.defaultLocale && routing.locales.includes(first) ? first : routing.defaultLocale;
}
