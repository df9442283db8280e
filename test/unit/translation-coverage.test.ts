import { describe, expect, it } from 'vitest';
import { checkContent, type ArticleSource } from '../../src/lib/content-check/check-content.ts';
import { formatCoverage, translationCoverage } from '../../src/lib/content-check/translation-coverage.ts';
import type { Category } from '../../src/schema.ts';

const categories: Category[] = [
  { id: 'returns', title: 'Returns', description: 'Returns', icon: 'return', order: 1, translations: { ru: { title: 'Возврат', description: 'Возврат' } } },
  { id: 'account', title: 'Account', description: 'Account', icon: 'user', order: 2, translations: {} },
];

const article = (path: string, updated: string, extra = '') => ({
  path,
  source: `---\ntitle: T\ndescription: D\ncategory: ${path.split('/')[1]}\nupdated: ${updated}\n${extra}---\n\nText.\n`,
});

const articles: ArticleSource[] = [
  article('en/returns/start-a-return.mdx', '2026-10-21'),
  article('en/returns/refund-timing.mdx', '2026-11-03'),
  article('en/account/reset-password.mdx', '2026-10-06'),
  article('en/account/delete-account.mdx', '2026-10-06', 'draft: true\n'),
  article('ru/returns/refund-timing.mdx', '2026-10-01'),
  article('ru/returns/start-a-return.mdx', '2026-10-21'),
  article('ru/account/reset-password.mdx', '2026-10-06', 'draft: true\n'),
  article('ru/account/russian-only.mdx', '2026-10-06'),
];

function coverage(uiStrings?: Record<string, Record<string, string>>) {
  const report = checkContent({ articles, categories, locales: ['en', 'ko', 'ru'], defaultLocale: 'en', assets: new Set(), displayRoot: 'content' });
  expect(report.problems).toEqual([]);
  return translationCoverage({ articles: report.articles, categories, locales: ['en', 'ko', 'ru'], defaultLocale: 'en', ...(uiStrings ? { uiStrings } : {}) });
}

describe('translation coverage report', () => {
  it('lists, per language, the published articles it lacks, in category order (drafts count as missing)', () => {
    const [ko, ru] = coverage();
    expect(ko).toMatchObject({ locale: 'ko', total: 3, translated: 0, missing: ['returns/refund-timing', 'returns/start-a-return', 'account/reset-password'] });
    expect(ru).toMatchObject({ locale: 'ru', total: 3, translated: 2, missing: ['account/reset-password'] });
  });

  it('lists translations older than their source, with both dates', () => {
    const ru = coverage()[1]!;
    expect(ru.outdated).toEqual([{ article: 'returns/refund-timing', updated: new Date('2026-10-01'), sourceUpdated: new Date('2026-11-03') }]);
  });

  it('lists translations without a source and untranslated category names', () => {
    const [ko, ru] = coverage();
    expect(ru!.withoutSource).toEqual(['account/russian-only']);
    expect(ru!.categoriesMissing).toEqual(['account']);
    expect(ko!.categoriesMissing).toEqual(['returns', 'account']);
  });

  it('lists missing UI strings, accepting any plural form a language uses, and lost placeholders', () => {
    const ru = coverage({
      en: { 'site.home': 'Home', 'search.noResults': 'No articles match “{query}”.', 'category.articleCount.one': '{count} article', 'category.articleCount.other': '{count} articles' },
      ru: { 'search.noResults': 'Ничего не нашлось.', 'category.articleCount.few': '{count} статьи', 'category.articleCount.many': '{count} статей' },
    })[1]!;
    expect(ru.uiStringsMissing).toEqual(['site.home']);
    expect(ru.uiPlaceholdersMissing).toEqual([{ key: 'search.noResults', placeholders: ['{query}'] }]);
  });

  it('prints a report readable at 80 columns', () => {
    const text = formatCoverage(coverage(), { defaultLocale: 'en', labels: { en: 'English', ru: 'Русский' } });
    expect(text).toContain('where one is missing, customers get the English article with a notice');
    expect(text).toContain('  ru (Русский): 2 of 3 articles translated, 1 older than the source');
    expect(text).toContain('      returns/refund-timing  2026-10-01, 2026-11-03');
    expect(text).toContain('    missing (1):\n      account/reset-password');
    expect(Math.max(...text.split('\n').slice(1).map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});
