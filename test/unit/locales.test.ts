import { describe, expect, it } from 'vitest';
import { compareArticles, indexArticles, popularArticles, type ArticleSummary } from '../../src/lib/articles.ts';
import { interpolate, pluralTemplates, registerMessages, t, tPlural } from '../../src/lib/i18n.ts';
import { articlesForLocale, isOutdatedTranslation, languageLinks, languagesWithPage, localeOfPath, localizeCategory, synonymsFor, type LocaleRouting } from '../../src/lib/locales.ts';
import { routeParam, sitePages } from '../../src/lib/routes.ts';
import { sitemapEntries } from '../../src/lib/sitemap.ts';
import { localizeSiteHref, pageUrl, resolveInternalHref } from '../../src/lib/urls.ts';
import { siteSettingsSchema, type Category } from '../../src/schema.ts';

const routing: LocaleRouting = { locales: ['en', 'ko', 'ru'], defaultLocale: 'en' };

function article(locale: string, category: string, slug: string, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return { id: `${locale}/${category}/${slug}`, locale, category, slug, title: `${locale} ${slug}`, description: '', tags: [], related: [], order: 100, pinned: false, updated: new Date('2026-10-01'), ...extra };
}

const all = [
  article('en', 'returns', 'start-a-return', { order: 1 }),
  article('en', 'returns', 'refund-timing', { order: 2 }),
  article('en', 'account', 'reset-password'),
  article('ko', 'returns', 'refund-timing', { order: 2 }),
  article('ru', 'returns', 'refund-timing', { order: 2 }),
  article('ru', 'account', 'reset-password'),
];

describe('articles in each language, with stand-ins for missing translations', () => {
  it('gives a language its translations plus the default-language articles it lacks, marked as stand-ins', () => {
    const ko = articlesForLocale(all, 'ko', 'en');
    expect(ko.map((a) => [a.id, a.fallbackFrom])).toEqual([
      ['ko/returns/refund-timing', undefined],
      ['ko/returns/start-a-return', 'en'],
      ['ko/account/reset-password', 'en'],
    ]);
    expect(ko.find((a) => a.slug === 'start-a-return')?.title).toBe('en start-a-return');
  });

  it('leaves the default language as it is', () => {
    expect(articlesForLocale(all, 'en', 'en').map((a) => a.id)).toEqual(['en/returns/start-a-return', 'en/returns/refund-timing', 'en/account/reset-password']);
  });

  it('lists translations before stand-ins, then by order', () => {
    const sorted = articlesForLocale(all, 'ko', 'en').filter((a) => a.category === 'returns').sort(compareArticles);
    expect(sorted.map((a) => a.slug)).toEqual(['refund-timing', 'start-a-return']);
  });

  it('fills the home page’s popular list with translations first, untranslated articles only after them', () => {
    const ko = articlesForLocale([...all, article('en', 'account', 'delete-account', { pinned: true })], 'ko', 'en');
    expect(popularArticles(ko, 'ko', ['returns', 'account'], 3).map((a) => [a.slug, a.fallbackFrom])).toEqual([
      ['refund-timing', undefined],
      ['delete-account', 'en'],
      ['start-a-return', 'en'],
    ]);
  });

  it('calls a translation outdated when its source was updated after it', () => {
    const source = { updated: new Date('2026-11-03') };
    expect(isOutdatedTranslation({ updated: new Date('2026-10-01') }, source)).toBe(true);
    expect(isOutdatedTranslation({ updated: new Date('2026-11-03') }, source)).toBe(false);
    expect(isOutdatedTranslation({ updated: new Date('2026-10-01') }, undefined)).toBe(false);
  });
});

describe('locale routing', () => {
  const pages = sitePages(all, ['returns', 'account'], routing);

  it('builds every page in every language, nothing missing: home, search, categories and every article', () => {
    const paths = pages.map((p) => routeParam(p, routing) ?? '(root)');
    expect(paths.filter((p) => p.startsWith('ko/') || p === 'ko')).toEqual(['ko', 'ko/search', 'ko/returns', 'ko/account', 'ko/returns/refund-timing', 'ko/returns/start-a-return', 'ko/account/reset-password']);
    expect(paths).toContain('(root)');
    expect(paths).toContain('returns/start-a-return');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('shows the default-language article on the page of a missing translation, and the translation otherwise', () => {
    const ko = pages.filter((p) => p.kind === 'article' && p.locale === 'ko');
    expect(ko.map((p) => p.kind === 'article' && [p.slug, p.shownId, p.fallback])).toEqual([
      ['refund-timing', 'ko/returns/refund-timing', false],
      ['start-a-return', 'en/returns/start-a-return', true],
      ['reset-password', 'en/account/reset-password', true],
    ]);
  });

  it('puts the default language at the root and the others under their code, with the base path', () => {
    const ctx = { base: '/help/', locale: 'ru', defaultLocale: 'en' };
    expect(pageUrl(ctx, { kind: 'home' })).toBe('/help/ru/');
    expect(pageUrl(ctx, { kind: 'search' })).toBe('/help/ru/search/');
    expect(pageUrl({ ...ctx, locale: 'en' }, { kind: 'article', category: 'returns', slug: 'refund-timing' })).toBe('/help/returns/refund-timing/');
  });

  it('reads the language from a URL path', () => {
    expect(localeOfPath('/help/ko/returns/', '/help/', routing)).toBe('ko');
    expect(localeOfPath('/help/returns/', '/help/', routing)).toBe('en');
    expect(localeOfPath('/en/returns/', '/', routing)).toBe('en');
  });
});

describe('language switcher and hreflang', () => {
  const written = indexArticles(all);
  const article = { kind: 'article', category: 'returns', slug: 'refund-timing' } as const;
  const untranslated = { kind: 'article', category: 'returns', slug: 'start-a-return' } as const;

  it('keeps the customer on the same article in every language that has it', () => {
    expect(languageLinks(article, 'en', written, routing).map((l) => [l.locale, l.target.kind, l.current])).toEqual([
      ['en', 'article', true],
      ['ko', 'article', false],
      ['ru', 'article', false],
    ]);
  });

  it('sends the customer to the language’s home when the article is not translated there', () => {
    expect(languageLinks({ kind: 'article', category: 'account', slug: 'reset-password' }, 'en', written, routing).map((l) => [l.locale, l.target.kind])).toEqual([
      ['en', 'article'],
      ['ko', 'home'],
      ['ru', 'article'],
    ]);
  });

  it('links the current language to the page itself, even on a stand-in', () => {
    const links = languageLinks(untranslated, 'ko', written, routing);
    expect(links.find((l) => l.locale === 'ko')).toEqual({ locale: 'ko', target: untranslated, current: true });
    expect(links.find((l) => l.locale === 'ru')?.target).toEqual({ kind: 'home' });
  });

  it('names as alternates only the languages with a real page', () => {
    expect(languagesWithPage(article, written, routing)).toEqual(['en', 'ko', 'ru']);
    expect(languagesWithPage(untranslated, written, routing)).toEqual(['en']);
    expect(languagesWithPage({ kind: 'category', category: 'returns' }, written, routing)).toEqual(['en', 'ko', 'ru']);
  });

  it('lists translations in the sitemap with their alternates and x-default, and leaves out stand-ins', () => {
    const entries = sitemapEntries({ site: 'https://help.example', base: '/', routing, categoryIds: ['returns', 'account'], articles: all });
    const urls = entries.map((e) => e.url);
    expect(urls).toContain('https://help.example/ko/returns/refund-timing/');
    expect(urls).not.toContain('https://help.example/ko/returns/start-a-return/');
    expect(urls).toContain('https://help.example/ko/');
    const refund = entries.find((e) => e.url === 'https://help.example/ru/returns/refund-timing/');
    expect(refund?.alternates?.map((a) => a.hreflang)).toEqual(['en', 'ko', 'ru', 'x-default']);
    expect(refund?.alternates?.at(-1)?.url).toBe('https://help.example/returns/refund-timing/');
    expect(entries.find((e) => e.url === 'https://help.example/returns/start-a-return/')?.alternates).toBeUndefined();
  });
});

describe('links inside articles', () => {
  const ko = { base: '/help/', locale: 'ko', defaultLocale: 'en' };

  it('keeps a translator’s /ko/ link as written, adding only the base path', () => {
    expect(resolveInternalHref('/ko/returns/refund-timing/', ko, routing.locales)).toBe('/help/ko/returns/refund-timing/');
    expect(resolveInternalHref('/ru/returns/refund-timing/', ko, routing.locales)).toBe('/help/ru/returns/refund-timing/');
  });

  it('still puts unprefixed links in the article’s language', () => {
    expect(resolveInternalHref('/returns/refund-timing/#card-payments', ko, routing.locales)).toBe('/help/ko/returns/refund-timing/#card-payments');
  });

  it('moves the links of a stand-in article into the page’s language, and leaves others alone', () => {
    const sections = ['returns', 'account', 'search'];
    expect(localizeSiteHref('/help/returns/refund-timing/#card-payments', ko, sections)).toBe('/help/ko/returns/refund-timing/#card-payments');
    expect(localizeSiteHref('/help/', ko, sections)).toBe('/help/ko/');
    expect(localizeSiteHref('/help/_astro/box.webp', ko, sections)).toBe('/help/_astro/box.webp');
    expect(localizeSiteHref('/help/ru/returns/x/', ko, sections)).toBe('/help/ru/returns/x/');
    expect(localizeSiteHref('mailto:a@b.c', ko, sections)).toBe('mailto:a@b.c');
    expect(localizeSiteHref('/help/returns/x/', { ...ko, locale: 'en' }, sections)).toBe('/help/returns/x/');
  });
});

describe('categories and search settings per language', () => {
  const category: Category = { id: 'returns', title: 'Returns', description: 'Send things back', icon: 'return', order: 1, translations: { ko: { title: '반품', description: '반품 신청' } } };

  it('uses the category’s translation, or its default text', () => {
    expect(localizeCategory(category, 'ko')).toMatchObject({ id: 'returns', title: '반품', description: '반품 신청', icon: 'return' });
    expect(localizeCategory(category, 'ru')).toMatchObject({ title: 'Returns', description: 'Send things back' });
  });

  const settings = (search: unknown) =>
    siteSettingsSchema.safeParse({
      name: 'Help',
      shop: { name: 'Shop', url: 'https://shop.example' },
      url: 'https://help.example',
      timeZone: 'Europe/Amsterdam',
      locales: [{ code: 'en', label: 'English' }, { code: 'ru', label: 'Русский' }],
      contact: [{ type: 'email', value: 'a@b.c', hours: { days: ['mon'], opens: '09:00', closes: '17:00' }, firstResponse: { within: 1, unit: 'hours' } }],
      search,
    });

  it('gives each language its own synonyms', () => {
    const parsed = settings({ synonyms: [['refund', 'money back']], synonymsByLocale: { ru: [['возврат', 'вернуть деньги']] } });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(synonymsFor(parsed.data, 'en')).toEqual([['refund', 'money back']]);
    expect(synonymsFor(parsed.data, 'ru')).toEqual([['возврат', 'вернуть деньги']]);
    expect(synonymsFor(parsed.data, 'ko')).toEqual([]);
  });

  it('refuses synonyms for a language the site does not have, saying where and what to do', () => {
    const parsed = settings({ synonymsByLocale: { fr: [['remboursement', 'argent']] } });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues[0]).toMatchObject({ path: ['search', 'synonymsByLocale', 'fr'] });
    expect(parsed.error.issues[0]!.message).toContain('is not a language of this help center (en, ru)');
  });
});

describe('UI strings', () => {
  registerMessages('ru', {
    'contact.within.minutes.one': 'в течение {count} минуты',
    'contact.within.minutes.few': 'в течение {count} минут',
    'contact.within.minutes.many': 'в течение {count} минут',
    'site.home': 'Главная',
  });

  it('reads the language’s text and falls back to English for a missing key', () => {
    expect(t('ru', 'site.home')).toBe('Главная');
    expect(t('ru', 'search.title')).toBe('Search');
  });

  it('picks Russian plural forms and formats the number for the language', () => {
    expect(tPlural('ru', 'contact.within.minutes', 1)).toBe('в течение 1 минуты');
    expect(tPlural('ru', 'contact.within.minutes', 3)).toBe('в течение 3 минут');
    expect(tPlural('ru', 'contact.within.minutes', 5)).toBe('в течение 5 минут');
    expect(tPlural('en', 'category.articleCount', 1200)).toBe('1,200 articles');
  });

  it('hands the browser every plural form the language has', () => {
    expect(pluralTemplates('ru', 'contact.within.minutes')).toEqual({
      one: 'в течение {count} минуты',
      few: 'в течение {count} минут',
      many: 'в течение {count} минут',
      other: 'within {count} minutes',
    });
  });

  it('leaves an unknown placeholder visible so it gets noticed', () => {
    expect(interpolate('Hi {name}, {missing}', { name: 'Ann' })).toBe('Hi Ann, {missing}');
  });
});
