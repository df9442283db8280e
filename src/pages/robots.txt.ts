import type { APIRoute } from 'astro';
import { absoluteUrl, assetUrl } from '../lib/urls.ts';
import { settings } from '../site-data.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(settings.url, assetUrl(import.meta.env.BASE_URL, 'sitemap.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
