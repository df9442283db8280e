import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleUrl, categoryUrl, homeUrl, normalizeBase, resolveInternalHref } from '../../src/lib/urls.ts';

const en = { base: '/', locale: 'en', defaultLocale: 'en' };
const koUnderHelp = { base: '/help/', locale: 'ko', defaultLocale: 'en' };

describe('urls', () => {
  it('puts the default language at the site root and others under their code', () => {
    expect(homeUrl(en)).toBe('/');
    expect(articleUrl(en, 'returns', 'start-a-return')).toBe('/returns/start-a-return/');
    expect(categoryUrl(koUnderHelp, 'returns')).toBe('/help/ko/returns/');
  });

  it('normalizes base paths however they are written', () => {
    expect(normalizeBase('help')).toBe('/help/');
    expect(normalizeBase('/help')).toBe('/help/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('')).toBe('/');
  });

  it('rewrites writer links to the real URL, keeping anchors, and leaves external links alone', () => {
    expect(resolveInternalHref('/returns/refund-timing/#card-payments', koUnderHelp)).toBe('/help/ko/returns/refund-timing/#card-payments');
    expect(resolveInternalHref('https://larkspur.example/', koUnderHelp)).toBe('https://larkspur.example/');
    expect(resolveInternalHref('mailto:a@b.c', koUnderHelp)).toBe('mailto:a@b.c');
    expect(resolveInternalHref('//cdn.example/x', koUnderHelp)).toBe('//cdn.example/x');
    expect(resolveInternalHref('#steps', koUnderHelp)).toBe('#steps');
  });

  it('builds absolute URLs for canonical links with or without a trailing slash on the site', () => {
    expect(absoluteUrl('https://help.example', '/help/a/')).toBe('https://help.example/help/a/');
    expect(absoluteUrl('https://help.example/', '/a/')).toBe('https://help.example/a/');
  });
});
