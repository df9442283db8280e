/**
 * sitemap.xml for search engines: every indexable page with its last-modified date and, for
 * pages that exist in several languages, the hreflang alternates (x-default: the default
 * language). Pages standing in for a missing translation are not listed.
 */
import { indexArticles, type ArticleSummary } from './articles.ts';
import { languagesWithPage, type LocaleRouting, type PageKey } from './locales.ts';
import { absoluteUrl, pageUrl } from './urls.ts';
import { escapeHtml } from './escape-html.ts';

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
  /** The same page in every language it exists in, including this one. */
  alternates?: { hreflang: string; url: string }[];
}

// HTML's escaping is XML's: the same five characters.
const escapeXml = escapeHtml;

export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const alternates = (e.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.url)}"/>`).join('');
    return `  <url><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString().slice(0, 10)}</lastmod>` : ''}${alternates}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Home, categories and real articles of every language, each with its alternates. */
export function sitemapEntries(input: { site: string; base: string; routing: LocaleRouting; categoryIds: readonly string[]; articles: readonly ArticleSummary[] }): SitemapEntry[] {
  const { site, base, routing, categoryIds, articles } = input;
  const url = (locale: string, key: PageKey) => absoluteUrl(site, pageUrl({ base, locale, defaultLocale: routing.defaultLocale }, key));
  const written = indexArticles(articles);
  const latest = (list: readonly ArticleSummary[]) => list.reduce<Date | undefined>((max, a) => (!max || a.updated > max ? a.updated : max), undefined);
  const entry = (locale: string, key: PageKey, lastModified: Date | undefined): SitemapEntry => {
    const languages = languagesWithPage(key, written, routing);
    const alternates =
      languages.length > 1
        ? [...languages.map((code) => ({ hreflang: code, url: url(code, key) })), ...(languages.includes(routing.defaultLocale) ? [{ hreflang: 'x-default', url: url(routing.defaultLocale, key) }] : [])]
        : undefined;
    return { url: url(locale, key), ...(lastModified ? { lastModified } : {}), ...(alternates ? { alternates } : {}) };
  };
  return routing.locales.flatMap((locale) => {
    const own = articles.filter((a) => a.locale === locale);
    return [
      entry(locale, { kind: 'home' }, latest(own)),
      ...categoryIds.map((category) => entry(locale, { kind: 'category', category }, latest(own.filter((a) => a.category === category)))),
      ...own.map((a) => entry(locale, { kind: 'article', category: a.category, slug: a.slug }, a.updated)),
    ];
  });
}
