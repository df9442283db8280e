/**
 * Every URL the site prints goes through here, so a base path ("/help/" on GitHub Pages)
 * and locale prefixes ("/ko/") are applied in one place.
 */
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

/** Absolute URL for canonical links, Open Graph and the sitemap. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * Writers link to other articles as `/category/slug/#anchor`, without base path or locale.
 * This turns such a link into the URL the page will really have; anything else is left alone.
 */
export function resolveInternalHref(href: string, ctx: UrlContext): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return `${localeRoot(ctx)}${href.slice(1)}`;
}
