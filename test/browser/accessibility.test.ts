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
