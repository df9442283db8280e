import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '../../src/lib/breadcrumbs.ts';
import { articleJsonLd, breadcrumbJsonLd, serializeJsonLd } from '../../src/lib/structured-data.ts';
import { renderSitemap } from '../../src/lib/sitemap.ts';
import { tableOfContents } from '../../src/lib/toc.ts';

describe('structured data and metadata', () => {
  const trail = breadcrumbTrail({ label: 'Home', href: '/' }, { label: 'Returns', href: '/returns/' }, 'How do I return an item?');

  it('builds a BreadcrumbList whose last item is the page itself', () => {
    const data = breadcrumbJsonLd(trail, 'https://help.example', 'https://help.example/returns/start/') as { itemListElement: { position: number; item: string; name: string }[] };
    expect(data.itemListElement.map((i) => [i.position, i.item])).toEqual([
      [1, 'https://help.example/'],
      [2, 'https://help.example/returns/'],
      [3, 'https://help.example/returns/start/'],
    ]);
  });

  it('describes an article with its last-modified date', () => {
    const data = articleJsonLd({ title: 'T', description: 'D', url: 'https://h/x/', updated: new Date('2026-10-14T00:00:00Z'), locale: 'en', publisher: 'Shop' }) as Record<string, unknown>;
    expect(data['@type']).toBe('Article');
    expect(data.dateModified).toBe('2026-10-14');
  });

  it('cannot be broken out of its script tag by an article title', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });

  it('escapes sitemap URLs', () => {
    expect(renderSitemap([{ url: 'https://h/?a=1&b=2' }])).toContain('<loc>https://h/?a=1&amp;b=2</loc>');
  });

  it('shows a table of contents only for articles with three or more sections', () => {
    const h = (depth: number, text: string) => ({ depth, text, slug: text });
    expect(tableOfContents([h(2, 'a'), h(2, 'b')])).toEqual([]);
    expect(tableOfContents([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(4, 'x'), h(2, 'c')]).map((x) => x.text)).toEqual(['a', 'a1', 'b', 'c']);
  });
});
