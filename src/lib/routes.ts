/**
 * Every page the site builds, in every language: the routing table behind
 * `src/pages/[...path].astro`. The default language lives at the root (`/returns/`), the others
 * under their code (`/ko/returns/`). Each language gets a page for every article of the default
 * language, showing the translation when there is one and the default-language article with a
 * notice when there is not. Pure, so the routing rules are unit-tested.
 */
import type { ArticleSummary } from './articles.ts';
import { articlesForLocale, type LocaleRouting, type PageKey } from './locales.ts';
import { pageUrl } from './urls.ts';

export type SitePage =
  | { kind: 'home'; locale: string }
  | { kind: 'search'; locale: string }
  | { kind: 'category'; locale: string; category: string }
  | {
      kind: 'article';
      locale: string;
      category: string;
      slug: string;
      /** Collection id of the article whose text the page shows (`en/…` on a stand-in page). */
      shownId: string;
      /** The page shows the default-language article because this language has no translation. */
      fallback: boolean;
    };

export function pageKey(page: SitePage): PageKey {
  switch (page.kind) {
    case 'article':
      return { kind: 'article', category: page.category, slug: page.slug };
    case 'category':
      return { kind: 'category', category: page.category };
    default:
      return { kind: page.kind };
  }
}

export function sitePages(all: readonly ArticleSummary[], categoryIds: readonly string[], routing: LocaleRouting): SitePage[] {
  return routing.locales.flatMap((locale): SitePage[] => [
    { kind: 'home', locale },
    { kind: 'search', locale },
    ...categoryIds.map((category): SitePage => ({ kind: 'category', locale, category })),
    ...articlesForLocale(all, locale, routing.defaultLocale).map((a): SitePage => ({
      kind: 'article',
      locale,
      category: a.category,
      slug: a.slug,
      shownId: a.fallbackFrom ? `${a.fallbackFrom}/${a.category}/${a.slug}` : a.id,
      fallback: a.fallbackFrom !== undefined,
    })),
  ]);
}

/**
 * The `[...path]` parameter of a page: its URL without base path and slashes, `undefined` for
 * the default language's home (the site root).
 */
export function routeParam(page: SitePage, routing: LocaleRouting): string | undefined {
  const url = pageUrl({ base: '/', locale: page.locale, defaultLocale: routing.defaultLocale }, pageKey(page));
  return url.replace(/^\/+|\/+$/g, '') || undefined;
}
