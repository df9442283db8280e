import { describe, expect, it } from 'vitest';
import { checkContent, type ContentSnapshot } from '../../src/lib/content-check/check-content.ts';
import { addInterval, formatReviews, reviewsDue } from '../../src/lib/content-check/reviews.ts';
import type { Category } from '../../src/schema.ts';

const categories: Category[] = [
  { id: 'billing', title: 'Billing', description: 'Billing', icon: 'credit-card', order: 1, translations: {}, owner: 'Payments team', reviewEvery: '6 months' },
  { id: 'shipping', title: 'Shipping', description: 'Shipping', icon: 'truck', order: 2, translations: {} },
];
const article = (category: string, updated: string, extra = '') => `---\ntitle: A question?\ndescription: The answer.\ncategory: ${category}\nupdated: ${updated}\n${extra}---\n\nText.\n`;

function checked(articles: [string, string][]) {
  const snapshot: ContentSnapshot = { articles: articles.map(([path, source]) => ({ path, source })), categories, locales: ['en'], defaultLocale: 'en', assets: new Set(), displayRoot: 'content' };
  const report = checkContent(snapshot);
  expect(report.problems).toEqual([]);
  return report.articles;
}

describe('articles due for review', () => {
  const today = new Date('2026-12-03T12:00:00Z');

  it('lists articles whose review interval, their own or their category\'s, has passed since updated, with their owner', () => {
    const due = reviewsDue(
      checked([
        ['en/billing/old.mdx', article('billing', '2026-05-01')],
        ['en/billing/fresh.mdx', article('billing', '2026-11-01')],
        ['en/shipping/own.mdx', article('shipping', '2026-11-01', 'owner: Anna\nreviewEvery: 2 weeks\n')],
        ['en/shipping/none.mdx', article('shipping', '2020-01-01')],
        ['en/billing/draft.mdx', article('billing', '2020-01-01', 'draft: true\n')],
      ]),
      categories,
      today,
    );
    expect(due.map((d) => [d.file, d.owner, d.dueSince])).toEqual([
      ['content/articles/en/billing/old.mdx', 'Payments team', '2026-11-01'],
      ['content/articles/en/shipping/own.mdx', 'Anna', '2026-11-15'],
    ]);
    expect(formatReviews(due)).toContain('content/articles/en/billing/old.mdx  Payments team; updated 2026-05-01, every 6 months: due since 2026-11-01');
  });

  it('adds months the way a calendar does', () => {
    expect(addInterval(new Date('2026-08-31T00:00:00Z'), '6 months').toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addInterval(new Date('2026-01-15T00:00:00Z'), '1 year').toISOString().slice(0, 10)).toBe('2027-01-15');
    expect(addInterval(new Date('2026-01-15T00:00:00Z'), '3 days').toISOString().slice(0, 10)).toBe('2026-01-18');
  });

  it('explains a review interval it cannot read', () => {
    const snapshot: ContentSnapshot = { articles: [{ path: 'en/billing/a.mdx', source: article('billing', '2026-01-01', 'reviewEvery: soon\n') }], categories, locales: ['en'], defaultLocale: 'en', assets: new Set(), displayRoot: 'content' };
    const [problem] = checkContent(snapshot).problems;
    expect(problem).toMatchObject({ field: 'reviewEvery', line: 6 });
    expect(problem!.message).toContain('e.g. `6 months`');
  });
});
