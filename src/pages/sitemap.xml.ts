import type { APIRoute } from 'astro';
import { renderSitemap, sitemapEntries } from '../lib/sitemap.ts';
import { articleSummaries, categoryIds, routing, settings } from '../site-data.ts';

export const GET: APIRoute = async () => {
  const entries = sitemapEntries({ site: settings.url, base: import.meta.env.BASE_URL, routing, categoryIds, articles: await articleSummaries() });
  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
