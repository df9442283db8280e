import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

const pages = ['/', '/returns/', '/returns/pack-and-send-a-return/', '/shipping/delivery-times-and-costs/', '/search/', '/does-not-exist/'];

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it('keeps wide tables reachable by keyboard on a phone', async () => {
    const { page } = await site().open('/shipping/delivery-times-and-costs/');
    await page.setViewportSize({ width: 360, height: 740 });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    const region = page.getByRole('region', { name: /^Table: Destination/ });
    await region.focus();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no serious or critical violations in ${scheme} mode`, async (path) => {
      const { page } = await site().open(path);
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

describe('accessibility in every language (axe, WCAG 2.2 AA)', () => {
  const localePages = [
    ['ko', '/ko/', '/ko/returns/refund-timing/', '/ko/account/account-locked/', '/ko/search/?q=%ED%99%98%EB%B6%88'],
    ['ru', '/ru/', '/ru/orders/cancel-order/', '/ru/shipping/damaged-parcel/', '/ru/search/?q=%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7'],
    ['te', '/te/', '/te/account/reset-password/', '/te/billing/vat-duties-taxes/', '/te/search/?q=%E0%B0%B5%E0%B0%BE%E0%B0%AA%E0%B0%B8%E0%B1%81'],
  ] as const;
  const cases = localePages.flatMap(([locale, ...paths]) => paths.flatMap((path) => (['light', 'dark'] as const).map((scheme) => [locale, path, scheme] as const)));

  it.each(cases)('%s: %s has no violations in %s mode (home, a translation, an untranslated article, search results)', async (locale, path, scheme) => {
    const { page } = await site().open(path);
    await page.emulateMedia({ colorScheme: scheme });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    if (path.includes('/search/')) await page.locator('[data-search-list] > li').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
