import type { APIRoute } from 'astro';
import { renderSitemap, type SitemapEntry } from '../lib/sitemap.ts';
import { absoluteUrl, articleUrl, categoryUrl, homeUrl } from '../lib/urls.ts';
import { articleSummaries, categories, defaultLocale, settings, urlContext } from '../site-data.ts';

export const GET: APIRoute = async () => {
  const articles = (await articleSummaries()).filter((a) => a.locale === defaultLocale);
  const ctx = urlContext(defaultLocale);
  const latest = (list: typeof articles) => list.reduce<Date | undefined>((max, a) => (!max || a.updated > max ? a.updated : max), undefined);
  const entries: SitemapEntry[] = [
    { url: absoluteUrl(settings.url, homeUrl(ctx)), lastModified: latest(articles) },
    ...categories.map((c) => ({ url: absoluteUrl(settings.url, categoryUrl(ctx, c.id)), lastModified: latest(articles.filter((a) => a.category === c.id)) })),
    ...articles.map((a) => ({ url: absoluteUrl(settings.url, articleUrl(ctx, a.category, a.slug)), lastModified: a.updated })),
  ];
  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
