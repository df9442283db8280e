import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('a customer finds an answer', () => {
  it('goes home → category → article by clicking, with no console errors and no third-party requests', async () => {
    const { page, consoleErrors, foreignRequests } = await site().open('/');
    await expect(page.title()).resolves.toBe('Larkspur Help Center');
    await page.getByRole('link', { name: 'Returns & refunds' }).click();
    await page.waitForURL('**/returns/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Returns & refunds');
    await page.getByRole('link', { name: 'How do I return an item?' }).click();
    await page.waitForURL('**/returns/start-a-return/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('How do I return an item?');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(await crumbs.getByRole('listitem').allTextContents()).toEqual(['Home', 'Returns & refunds', 'How do I return an item?']);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('goes home → category → article with the keyboard only', async () => {
    const { page } = await site().open('/');
    // First Tab lands on the skip link; Enter moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const tabTo = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), outline: getComputedStyle(document.activeElement!).outlineStyle }));
        if (focused.text === name) return focused;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    const focused = await tabTo('Shipping & delivery');
    // Focus must be visible. (The card draws the ring around itself via :focus-within.)
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.category-card')!).outlineStyle);
    expect([focused.outline, ring]).toContain('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/shipping/');
    await tabTo('Where is my parcel? Tracking your order');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/shipping/track-your-parcel/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Where is my parcel?');
  });

  it('shows every contact channel with its hours and first-reply time on an article', async () => {
    const { page } = await site().open('/returns/refund-timing/');
    const help = page.getByRole('region', { name: 'Still need help?' });
    const text = await help.textContent();
    expect(text).toContain('Live chat');
    expect(text).toContain('First reply: within 3 minutes');
    expect(text).toContain('First reply: within 1 business day');
    expect(text).toContain('First reply: within 5 minutes');
    expect(text).toMatch(/Monday–Friday, 08:00–18:00/);
    expect(await help.getByRole('link', { name: /support@larkspur\.example/ }).getAttribute('href')).toBe('mailto:support@larkspur.example');
  });

  it('shows related articles and previous/next inside the category', async () => {
    const { page } = await site().open('/returns/refund-timing/');
    const related = page.getByRole('region', { name: 'Related articles' });
    expect(await related.getByRole('link').count()).toBeGreaterThanOrEqual(2);
    const more = page.getByRole('navigation', { name: 'More in Returns & refunds' });
    expect(await more.getByRole('link').allTextContents()).toEqual(['PreviousHow do I return an item?', 'NextWhat is your return policy?']);
  });

  it('shows a table of contents on long articles that jumps to the section', async () => {
    const { page } = await site().open('/returns/refund-timing/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Card payments' }).click();
    await page.waitForURL('**#card-payments');
    expect(await page.locator('#card-payments').isVisible()).toBe(true);
  });

  it('sends the search form somewhere useful without JavaScript', async () => {
    const context = await site().context.browser()?.newContext({ javaScriptEnabled: false });
    const page = context ? await context.newPage() : (await site().open('/')).page;
    await page.goto(site().url);
    await page.getByRole('searchbox', { name: 'Search the help center' }).fill('refund');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=refund');
    expect(await page.getByRole('link', { name: 'When will I get my refund?' }).count()).toBe(1);
    await context?.close();
  });

  it('answers an unknown address with a helpful 404 page', async () => {
    const response = await fetch(new URL('returns/no-such-article/', site().url));
    expect(response.status).toBe(404);
    const { page } = await site().open('/returns/no-such-article/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('We couldn’t find that page');
    expect(await page.getByRole('combobox', { name: 'Search the help center' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Shipping & delivery' }).count()).toBe(1);
  });
});
