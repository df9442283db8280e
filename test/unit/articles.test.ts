import { describe, expect, it } from 'vitest';
import { articlesInCategory, parseArticleId, popularArticles, previousAndNext, relatedArticles, type ArticleSummary } from '../../src/lib/articles.ts';

function article(slug: string, category: string, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return { id: `en/${category}/${slug}`, locale: 'en', category, slug, title: slug, description: '', tags: [], related: [], order: 100, pinned: false, updated: new Date('2026-01-01'), ...extra };
}

const all = [
  article('start-a-return', 'returns', { order: 1, tags: ['returns'], related: ['refund-timing', 'missing-one'] }),
  article('refund-timing', 'returns', { order: 2, tags: ['refunds'] }),
  article('exchange-an-item', 'returns', { order: 3, tags: ['returns', 'exchanges'] }),
  article('return-policy', 'returns', { order: 3, tags: ['returns'] }),
  article('track-your-parcel', 'shipping', { order: 1, pinned: true }),
  article('cancel-order', 'orders', { order: 1, tags: ['returns'], pinned: true }),
  { ...article('start-a-return', 'returns', { order: 1 }), id: 'ko/returns/start-a-return', locale: 'ko' },
];

describe('articles', () => {
  it('reads locale, category and slug from the file path', () => {
    expect(parseArticleId('en/billing/vat.mdx')).toEqual({ locale: 'en', category: 'billing', slug: 'vat' });
    expect(parseArticleId('en/vat.mdx')).toBeUndefined();
    expect(parseArticleId('en/billing/deep/vat.mdx')).toBeUndefined();
  });

  it('orders a category by `order`, then alphabetically by title, in one language only', () => {
    expect(articlesInCategory(all, 'en', 'returns').map((a) => a.slug)).toEqual(['start-a-return', 'refund-timing', 'exchange-an-item', 'return-policy']);
  });

  it('lists the writer’s related articles first, skips missing ones, then fills up by shared tags', () => {
    const related = relatedArticles(all[0]!, all, 4).map((a) => a.slug);
    expect(related).toEqual(['refund-timing', 'exchange-an-item', 'return-policy', 'cancel-order']);
  });

  it('never relates an article to itself or to another language', () => {
    const related = relatedArticles(all[0]!, all, 10);
    expect(related.map((a) => a.id)).not.toContain('en/returns/start-a-return');
    expect(related.every((a) => a.locale === 'en')).toBe(true);
  });

  it('finds previous and next inside the category', () => {
    const { previous, next } = previousAndNext(all[1]!, all);
    expect(previous?.slug).toBe('start-a-return');
    expect(next?.slug).toBe('exchange-an-item');
    expect(previousAndNext(all[0]!, all).previous).toBeUndefined();
  });

  it('puts pinned articles first in the popular list, in category order', () => {
    const popular = popularArticles(all, 'en', ['orders', 'shipping', 'returns'], 3).map((a) => a.slug);
    expect(popular).toEqual(['cancel-order', 'track-your-parcel', 'start-a-return']);
  });
});
