import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSiteSettings } from '../../src/content-files.ts';
import { useSite } from './harness.ts';

const site = useSite();
const { brand, name } = loadSiteSettings();

/** "#5b4fa8" → "rgb(91, 79, 168)", as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const colours = (page: Page) =>
  page.evaluate(() => {
    const button = document.querySelector('.search-form button')!;
    const link = document.querySelector('main a')!;
    return { button: getComputedStyle(button).backgroundColor, buttonText: getComputedStyle(button).color, link: getComputedStyle(link).color };
  });

describe('the company’s brand, as a customer sees it', () => {
  it('shows the logo in the header, named by the help center’s name, leading home', async () => {
    expect(brand?.logo).toBeTruthy();
    const { page, foreignRequests } = await site().open('/returns/refund-timing/');
    const home = page.getByRole('banner').getByRole('link', { name });
    const logo = home.getByRole('img', { name });
    expect(await logo.isVisible()).toBe(true);
    // Loaded, and sized before it loads (width and height in the HTML: nothing moves).
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(Number(await logo.getAttribute('height'))).toBe(40);
    expect(Number(await logo.getAttribute('width'))).toBeGreaterThan(0);
    await home.click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(foreignRequests).toEqual([]);
  });

  it('draws links and buttons in the brand colour, and in its dark colour for a dark system setting', async () => {
    const { page } = await site().open('/');
    expect(await colours(page)).toEqual({ button: rgb(brand!.color!), buttonText: 'rgb(255, 255, 255)', link: rgb(brand!.color!) });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await colours(page)).toEqual({ button: rgb(brand!.colorDark!), buttonText: 'rgb(11, 18, 24)', link: rgb(brand!.colorDark!) });
  });

  it('shows the categories’ icons inline, without fetching an icon', async () => {
    const { page } = await site().open('/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    const icons = page.locator('.category-card svg.icon');
    expect(await icons.count()).toBe(5);
    for (const icon of await icons.all()) {
      expect(await icon.getAttribute('aria-hidden')).toBe('true');
      expect(await icon.evaluate((svg) => svg.getBoundingClientRect().width)).toBeGreaterThan(20);
      expect(await icon.locator('path, circle, rect, polyline, line').count()).toBeGreaterThan(0);
    }
    // The only images fetched are the logo and the tab's icon.
    const images = requests.filter((url) => /\.(svg|png|webp)(\?|$)/.test(url)).map((url) => new URL(url).pathname).sort();
    expect(images).toEqual([expect.stringMatching(/^\/_astro\/larkspur\.[\w-]+\.svg$/), '/favicon.svg']);
  });
});

describe('"On this page" on a phone', () => {
  it('comes folded, so the answer is on the first screen, and opens on a tap', async () => {
    const { page } = await site().open('/billing/payment-methods/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    // Wide screen: the open list.
    const visibleLinks = () => toc.locator('a:visible').count();
    expect(await visibleLinks()).toBe(4);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await visibleLinks()).toBe(0);
    // The answer starts well within the first screen, above where the open list would push it.
    const answerTop = () => page.locator('.prose p').first().evaluate((p) => p.getBoundingClientRect().top);
    const folded = await answerTop();
    expect(folded).toBeLessThan(844 * 0.6);
    await toc.locator('summary').click();
    expect(await visibleLinks()).toBe(4);
    expect(await answerTop()).toBeGreaterThan(folded + 100);
    await toc.getByRole('link', { name: 'Payment methods we accept' }).click();
    await page.waitForURL('**#payment-methods-we-accept');
  });
});
