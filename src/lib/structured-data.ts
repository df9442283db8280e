/**
 * JSON-LD for search engines. Kept to what the page really shows: Article and BreadcrumbList.
 */
import { absoluteUrl } from './urls.ts';
import type { Crumb } from './breadcrumbs.ts';

export function articleJsonLd(input: { title: string; description: string; url: string; updated: Date; locale: string; publisher: string }): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    inLanguage: input.locale,
    dateModified: input.updated.toISOString().slice(0, 10),
    mainEntityOfPage: input.url,
    publisher: { '@type': 'Organization', name: input.publisher },
  };
}

/** The current page (no href) gets the page's own URL, as search engines expect. */
export function breadcrumbJsonLd(trail: readonly Crumb[], site: string, currentUrl: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: crumb.href ? absoluteUrl(site, crumb.href) : currentUrl,
    })),
  };
}

/** Safe inside <script type="application/ld+json">: a title containing "</script>" cannot end the tag. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
