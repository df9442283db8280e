/**
 * Every URL the site prints goes through here, so a base path ("/help/" on GitHub Pages)
 * and locale prefixes ("/ko/") are applied in one place.
 */
import type { PageKey } from './locales.ts';

export interface UrlContext {
  /** Site base path, always starting and ending with "/". */
  base: string;
  locale: string;
  defaultLocale: string;
}

export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function localeRoot(ctx: UrlContext): string {
  const base = normalizeBase(ctx.base);
  return ctx.locale === ctx.defaultLocale ? base : `${base}${ctx.locale}/`;
}

export const homeUrl = (ctx: UrlContext): string => localeRoot(ctx);
export const categoryUrl = (ctx: UrlContext, category: string): string => `${localeRoot(ctx)}${category}/`;
export const articleUrl = (ctx: UrlContext, category: string, slug: string): string => `${localeRoot(ctx)}${category}/${slug}/`;
export const searchUrl = (ctx: UrlContext): string => `${localeRoot(ctx)}search/`;
export const assetUrl = (base: string, file: string): string => `${normalizeBase(base)}${file.replace(/^\/+/, '')}`;

/** URL of a page in the context's language. */
export function pageUrl(ctx: UrlContext, key: PageKey): string {
  switch (key.kind) {
    case 'home':
      return homeUrl(ctx);
    case 'search':
      return searchUrl(ctx);
    case 'category':
      return categoryUrl(ctx, key.category);
    case 'article':
      return articleUrl(ctx, key.category, key.slug);
  }
}

/** Absolute URL for canonical links, Open Graph and the sitemap. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * Writers link to other articles as `/category/slug/#anchor` (the article's own language) or,
 * in a translation, `/ko/category/slug/` (a language named explicitly). This turns such a link
 * into the URL the page will really have, with the base path; anything else is left alone.
 */
export function resolveInternalHref(href: string, ctx: UrlContext, locales: readonly string[] = []): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (hasLocalePrefix(href, ctx, locales)) return `${normalizeBase(ctx.base)}${href.slice(1)}`;
  return `${localeRoot(ctx)}${href.slice(1)}`;
}

/** `/ko/…` where "ko" is a language other than the default (which has no prefix). */
export function hasLocalePrefix(href: string, ctx: Pick<UrlContext, 'defaultLocale'>, locales: readonly string[]): boolean {
  const first = href.split(/[/?#]/)[1] ?? '';
  return first !== ctx.defaultLocale && locales.includes(first);
}

/**
 * On a page standing in for a missing translation, the default-language article's links lead
 * to default-language pages (`/returns/x/`). This moves such a link into the page's language
 * (`/ko/returns/x/`), so the customer stays in their language: on the translation when it
 * exists, on its stand-in otherwise. Only links to the site's own pages are touched.
 */
export function localizeSiteHref(href: string, ctx: UrlContext, siteSections: readonly string[]): string {
  const base = normalizeBase(ctx.base);
  if (ctx.locale === ctx.defaultLocale || !href.startsWith(base) || href.startsWith('//')) return href;
  const first = href.slice(base.length).split(/[/?#]/)[0] ?? '';
  if (first !== '' && !siteSections.includes(first)) return href;
  return `${localeRoot(ctx)}${href.slice(base.length)}`;
}
