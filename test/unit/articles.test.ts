import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/bench/random.ts';
import { compareArticles, indexArticles, parseArticleId, popularArticles, type ArticleSummary } from '../../src/lib/articles.ts';

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
const index = indexArticles(all);

describe('articles', () => {
  it('reads locale, category and slug from the file path', () => {
    expect(parseArticleId('en/billing/vat.mdx')).toEqual({ locale: 'en', category: 'billing', slug: 'vat' });
    expect(parseArticleId('en/vat.mdx')).toBeUndefined();
    expect(parseArticleId('en/billing/deep/vat.mdx')).toBeUndefined();
  });

  it('orders a category by `order`, then alphabetically by title, in one language only', () => {
    expect(index.inCategory('en', 'returns').map((a) => a.slug)).toEqual(['start-a-return', 'refund-timing', 'exchange-an-item', 'return-policy']);
  });

  it('lists the writer’s related articles first, skips missing ones, then fills up by shared tags', () => {
    const related = index.related(all[0]!, 4).map((a) => a.slug);
    expect(related).toEqual(['refund-timing', 'exchange-an-item', 'return-policy', 'cancel-order']);
  });

  it('never relates an article to itself or to another language', () => {
    const related = index.related(all[0]!, 10);
    expect(related.map((a) => a.id)).not.toContain('en/returns/start-a-return');
    expect(related.every((a) => a.locale === 'en')).toBe(true);
  });

  it('finds previous and next inside the category', () => {
    const { previous, next } = index.previousAndNext(all[1]!);
    expect(previous?.slug).toBe('start-a-return');
    expect(next?.slug).toBe('exchange-an-item');
    expect(index.previousAndNext(all[0]!).previous).toBeUndefined();
  });

  it('finds an article only in the language it was written in', () => {
    expect(index.find('ko', 'returns', 'start-a-return')?.id).toBe('ko/returns/start-a-return');
    expect(index.find('ko', 'returns', 'refund-timing')).toBeUndefined();
  });

  it('puts pinned articles first in the popular list, in category order', () => {
    const popular = popularArticles(all, 'en', ['orders', 'shipping', 'returns'], 3).map((a) => a.slug);
    expect(popular).toEqual(['cancel-order', 'track-your-parcel', 'start-a-return']);
  });
});

/**
 * The rules as they were written before the index: each scans and sorts the whole list. The
 * index must give the same answers (the built pages stay byte-identical), on lists with the
 * awkward cases: slugs repeated across categories, tags listed twice, equal order and title,
 * stand-ins, an unsorted list, limits below and above what there is.
 */
describe('the article index answers as the plain rules do', () => {
  const inCategory = (list: readonly ArticleSummary[], locale: string, category: string) => list.filter((a) => a.locale === locale && a.category === category).sort(compareArticles);
  function plainRelated(article: ArticleSummary, list: readonly ArticleSummary[], limit = 5): ArticleSummary[] {
    const candidates = list.filter((a) => a.locale === article.locale && a.id !== article.id);
    const bySlug = new Map(candidates.map((a) => [a.slug, a]));
    const picked: ArticleSummary[] = [];
    const add = (a: ArticleSummary | undefined) => {
      if (a && picked.length < limit && !picked.includes(a)) picked.push(a);
    };
    article.related.forEach((slug) => add(bySlug.get(slug)));
    const shared = (a: ArticleSummary) => article.tags.filter((tag) => a.tags.includes(tag)).length;
    candidates
      .map((a) => ({ a, shared: shared(a), sameCategory: a.category === article.category }))
      .filter((c) => c.shared > 0)
      .sort((x, y) => y.shared - x.shared || Number(y.sameCategory) - Number(x.sameCategory) || compareArticles(x.a, y.a))
      .forEach((c) => add(c.a));
    candidates.filter((a) => a.category === article.category).sort(compareArticles).forEach(add);
    return picked;
  }
  function plainPreviousAndNext(article: ArticleSummary, list: readonly ArticleSummary[]) {
    const siblings = inCategory(list, article.locale, article.category);
    const at = siblings.findIndex((a) => a.id === article.id);
    return at === -1 ? {} : { previous: siblings[at - 1], next: siblings[at + 1] };
  }

  function randomList(seed: number): ArticleSummary[] {
    const random = mulberry32(seed);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const tags = ['a', 'b', 'c', 'd', 'e', 'f'];
    const slugs = Array.from({ length: 12 }, (_, i) => `s${i}`);
    const list: ArticleSummary[] = [];
    for (let i = 0; i < 40; i++) {
      const locale = pick(['en', 'en', 'ko']);
      const category = pick(['orders', 'returns', 'billing']);
      const slug = pick(slugs);
      list.push({
        id: `${locale}/${category}/${slug}`,
        locale,
        category,
        slug,
        title: pick(['Alpha', 'beta', 'Beta', 'gamma', 'Älpha']),
        description: '',
        tags: Array.from({ length: Math.floor(random() * 4) }, () => pick(tags)),
        related: Array.from({ length: Math.floor(random() * 4) }, () => pick(slugs)),
        order: pick([1, 2, 2, 3]),
        pinned: false,
        updated: new Date('2026-01-01'),
        ...(random() < 0.2 ? { fallbackFrom: 'en' } : {}),
      });
    }
    return list;
  }

  it('gives the same related articles, previous, next and category lists on random lists', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const list = randomList(seed);
      const index = indexArticles(list);
      // Which objects of the list, not only equal ones.
      const at = (found: readonly (ArticleSummary | undefined)[]) => found.map((a) => (a ? list.indexOf(a) : undefined));
      const around = ({ previous, next }: { previous?: ArticleSummary; next?: ArticleSummary }) => at([previous, next]);
      for (const article of list) {
        for (const limit of [0, 1, 3, 5, 50, Infinity]) expect(at(index.related(article, limit)), `seed ${seed}, ${article.id}, limit ${limit}`).toEqual(at(plainRelated(article, list, limit)));
        // Also asked by an article outside the list, as an article page asks for its stand-in.
        const outside = { ...article, id: `${article.id}-page` };
        expect(at(index.related(outside))).toEqual(at(plainRelated(outside, list)));
        expect(around(index.previousAndNext(article))).toEqual(around(plainPreviousAndNext(article, list)));
        expect(at(index.inCategory(article.locale, article.category))).toEqual(at(inCategory(list, article.locale, article.category)));
        expect(index.find(article.locale, article.category, article.slug)).toBe(list.find((a) => a.locale === article.locale && a.category === article.category && a.slug === article.slug));
      }
    }
  });
});
