import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

async function typeInHeaderSearch(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query, { delay: 20 });
  await page.getByRole('listbox', { name: 'Suggested articles' }).or(page.getByText(`No articles match “${query}”.`)).first().waitFor();
}

const options = (page: Page) => page.getByRole('listbox', { name: 'Suggested articles' }).getByRole('option');

describe('a customer searches', () => {
  it.each([
    ['where is my parcel', 'Where is my parcel? Tracking your order'],
    ['cancel my order', 'How do I cancel my order?'],
    ['forgot my password', 'How do I reset my password?'],
    ['my package arrived broken', 'My parcel or item arrived damaged'],
    ['invoice with VAT number', 'How do I get an invoice with my company name and VAT ID?'],
  ])('typing “%s” shows “%s” first', async (query, title) => {
    const { page, consoleErrors } = await site().open('/returns/refund-timing/');
    await typeInHeaderSearch(page, query);
    const first = options(page).first();
    await expect.poll(() => first.locator('.search-option__title').textContent()).toBe(title);
    expect(await first.locator('.search-option__category').textContent()).toBeTruthy();
    // Results for the words typed so far may still be on screen; the final ones highlight the query.
    await expect.poll(() => first.locator('mark').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the company’s own example question in the search box (content/ui), in each language', async () => {
    const { page } = await site().open('/');
    expect(await page.getByRole('combobox', { name: 'Search the help center' }).first().getAttribute('placeholder')).toBe('e.g. where is my parcel?');
    const russian = await site().open('/ru/');
    expect(await russian.page.locator('input[type="search"]').first().getAttribute('placeholder')).toBe('например, где моя посылка?');
  });

  it('loads no search code or index until the customer focuses the search box', async () => {
    const { page } = await site().open('/shipping/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.waitForTimeout(300);
    expect(requests.filter((p) => p.includes('pagefind'))).toEqual([]);
    await page.getByRole('combobox', { name: 'Search the help center' }).focus();
    await expect.poll(() => requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it('works with the keyboard only: / to focus, arrows to choose, Enter to open, Esc to close', async () => {
    const { page } = await site().open('/');
    await typeInHeaderSearch(page, 'refund');
    const box = page.getByRole('combobox', { name: 'Search the help center' });
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type(' timing');
    await options(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const title = await page.locator(`#${active} .search-option__title`).textContent();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/returns/**');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
  });

  it('announces how many articles were found', async () => {
    const { page } = await site().open('/');
    await typeInHeaderSearch(page, 'gift card');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^\d+ articles? found$/);
  });

  it('shows the no-result state with topics and contact channels for a nonsense query', async () => {
    const { page, consoleErrors } = await site().open('/');
    await typeInHeaderSearch(page, 'xqzvbn wplkrt');
    const popup = page.locator('.search-popup');
    await expect.poll(() => popup.getByText('No articles match “xqzvbn wplkrt”.').isVisible()).toBe(true);
    expect(await popup.getByRole('link', { name: 'Returns & refunds' }).isVisible()).toBe(true);
    const help = await popup.locator('[data-search-help]').textContent();
    expect(help).toContain('First reply: within 3 minutes');
    expect(help).toContain('First reply: within 1 business day');
    expect(consoleErrors).toEqual([]);
  });

  it('emits helpcenter:search with the query, the result count and the clicked article, and sends nothing off the site (events go to its own collector)', async () => {
    const { page, foreignRequests } = await site().open('/');
    // Events are kept in sessionStorage so the one fired on click survives the navigation.
    await page.evaluate(() => {
      sessionStorage.setItem('events', '[]');
      window.addEventListener('helpcenter:search', (e) => {
        sessionStorage.setItem('events', JSON.stringify([...JSON.parse(sessionStorage.getItem('events')!), (e as CustomEvent).detail]));
      });
    });
    await typeInHeaderSearch(page, 'cancel my order');
    await options(page).first().waitFor();
    await page.waitForTimeout(1700);
    await options(page).first().click();
    await page.waitForURL('**/orders/cancel-order/');
    const events = JSON.parse((await page.evaluate(() => sessionStorage.getItem('events')))!) as { query: string; resultCount: number; clickedResult: string | null }[];
    expect(events.map((e) => [e.query, e.clickedResult])).toEqual([
      ['cancel my order', null],
      ['cancel my order', '/orders/cancel-order/'],
    ]);
    expect(events[0]!.resultCount).toBeGreaterThan(0);
    expect(foreignRequests).toEqual([]);
  });

  it('has a shareable search page whose topic chips narrow the results', async () => {
    const { page, consoleErrors } = await site().open('/search/?q=refund');
    const list = page.locator('[data-search-list] > li');
    await list.first().waitFor();
    const all = await list.count();
    expect(await page.getByRole('heading', { name: 'Results for “refund”' }).isVisible()).toBe(true);
    const chip = page.getByRole('group', { name: 'Filter by topic' }).getByRole('button', { name: /^Payments & invoices/ });
    const chipCount = Number(await chip.locator('.filter-chip__count').textContent());
    await chip.click();
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    expect(await list.count()).toBe(chipCount);
    expect(chipCount).toBeLessThan(all);
    expect(await page.locator('.search-result__category').allTextContents()).toEqual(Array(chipCount).fill('Payments & invoices'));
    expect(page.url()).toContain('category=Payments');
    // The URL reproduces the filtered view.
    const shared = await site().open(new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.page.locator('[data-search-list] > li').first().waitFor();
    expect(await shared.page.locator('[data-search-list] > li').count()).toBe(chipCount);
    expect(consoleErrors).toEqual([]);
  });

  it('shows contact channels on the search page when nothing matches', async () => {
    const { page } = await site().open('/search/?q=xqzvbn%20wplkrt');
    await page.getByRole('heading', { name: 'No articles match “xqzvbn wplkrt”.' }).waitFor();
    expect(await page.getByRole('region', { name: 'Still need help?' }).isVisible()).toBe(true);
  });

  it('fixes real typos, says what it searched, and offers the words as typed', async () => {
    const { page, consoleErrors } = await site().open('/search/?q=retun%20polcy');
    const note = page.locator('[data-search-corrected]');
    await note.waitFor();
    expect(await note.textContent()).toContain('Showing results for “return policy”.');
    const first = page.locator('[data-search-list] > li').first();
    expect(await first.getByRole('heading').textContent()).toBe('What is your return policy?');
    await page.getByRole('link', { name: 'Search instead for “retun polcy”' }).click();
    // As typed, neither word is on the site: no article answers them.
    await page.getByRole('heading', { name: 'No articles match “retun polcy”.' }).waitFor();
    expect(await note.isHidden()).toBe(true);
    expect(page.url()).toContain('literal=1');
    expect(consoleErrors).toEqual([]);
  });

  it('never "corrects" a word the site uses', async () => {
    const { page } = await site().open('/search/?q=card');
    await page.locator('[data-search-list] > li').first().waitFor();
    expect(await page.locator('[data-search-corrected]').isHidden()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Results for “card”' }).isVisible()).toBe(true);
    expect(await page.locator('[data-search-list] .search-result__category').first().textContent()).toBe('Payments & invoices');
  });

  it('leaves a real word alone when the site does not use it ("stuff" is not a typo of "staff")', async () => {
    const { page, consoleErrors } = await site().open('/search/?q=where%20is%20my%20stuff');
    const first = page.locator('[data-search-list] > li').first();
    await first.waitFor();
    expect(await page.locator('[data-search-corrected]').isHidden()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Results for “where is my stuff”' }).isVisible()).toBe(true);
    expect(await first.getByRole('heading').textContent()).toBe('Where is my parcel? Tracking your order');
    expect(consoleErrors).toEqual([]);
  });

  it('says so when no article answers a question, shows the contact channels and reports it once, as zero results', async () => {
    const { page, consoleErrors } = await site().open('/');
    await page.addInitScript(() => {
      window.addEventListener('helpcenter:search', (e) => {
        sessionStorage.setItem('events', JSON.stringify([...JSON.parse(sessionStorage.getItem('events') ?? '[]'), (e as CustomEvent).detail]));
      });
    });
    await page.reload();
    await typeInHeaderSearch(page, 'do you have a loyalty program');
    const popup = page.locator('.search-popup');
    await expect.poll(() => popup.getByText('No articles match “do you have a loyalty program”.').isVisible()).toBe(true);
    expect(await options(page).count()).toBe(0);
    expect(await popup.locator('[data-search-help]').textContent()).toContain('First reply: within 3 minutes');
    // Enter hands the query to the search page, which reports it: one event, not two.
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=**');
    await page.getByRole('heading', { name: 'No articles match “do you have a loyalty program”.' }).waitFor();
    expect(await page.getByRole('region', { name: 'Still need help?' }).isVisible()).toBe(true);
    const events = JSON.parse((await page.evaluate(() => sessionStorage.getItem('events'))) ?? '[]') as { query: string; resultCount: number }[];
    expect(events.filter((e) => e.query === 'do you have a loyalty program')).toEqual([expect.objectContaining({ resultCount: 0 })]);
    expect(consoleErrors).toEqual([]);
  });

  it('says so in Russian too, with the contact channels', async () => {
    const { page, consoleErrors } = await site().open(`/ru/search/?q=${encodeURIComponent('бонусные баллы')}`);
    await page.getByRole('heading', { name: 'По запросу «бонусные баллы» ничего не нашлось.' }).waitFor();
    expect(await page.getByRole('region', { name: 'Остались вопросы?' }).isVisible()).toBe(true);
    expect(await page.locator('[data-search-list] > li').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('finds the article for a Russian question whose topic is its question word', async () => {
    const { page } = await site().open(`/ru/search/?q=${encodeURIComponent('где мой заказ?')}`);
    const first = page.locator('[data-search-list] > li').first();
    await first.waitFor();
    expect(await first.locator('a').getAttribute('href')).toBe('/ru/shipping/track-your-parcel/');
  });

  it('keeps the search page accessible with results and with none (axe)', async () => {
    for (const path of ['/search/?q=refund', '/search/?q=xqzvbn']) {
      const { page } = await site().open(path);
      await page.locator('[data-search-list] > li, [data-search-empty]:not([hidden])').first().waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    }
  });

  it('keeps the open suggestion list accessible (axe)', async () => {
    const { page } = await site().open('/');
    await typeInHeaderSearch(page, 'parcel');
    await options(page).first().waitFor();
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
