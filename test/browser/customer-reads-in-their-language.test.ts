import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const htmlLang = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('a customer reads the help center in their language', () => {
  it('switches language on an article and lands on the same article in Russian', async () => {
    const { page, consoleErrors } = await site().open('/returns/refund-timing/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL('**/ru/returns/refund-timing/');
    expect(await h1(page)).toBe('Когда мне вернут деньги?');
    expect(await htmlLang(page)).toEqual({ lang: 'ru', dir: 'ltr' });
    // The switcher is now labelled in Russian and leads back to the English article.
    const switcher = page.getByRole('navigation', { name: 'Язык' });
    expect(await switcher.getByRole('link', { name: 'Русский' }).getAttribute('aria-current')).toBe('page');
    await switcher.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/returns/refund-timing/');
    expect(await h1(page)).toBe('When will I get my refund?');
    expect(consoleErrors).toEqual([]);
  });

  it('switches to the language’s home when the article has no translation there', async () => {
    const { page } = await site().open('/account/account-locked/');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '한국어' }).click();
    await page.waitForURL((url) => url.pathname === '/ko/');
    expect(await h1(page)).toBe('무엇을 도와드릴까요?');
  });

  it('opens an untranslated article in Korean: the English text with a Korean notice and a way to contact us, not indexed', async () => {
    const response = await fetch(new URL('ko/account/account-locked/', site().url));
    expect(response.status).toBe(200);
    const { page, consoleErrors } = await site().open('/ko/account/account-locked/');
    expect(await htmlLang(page)).toEqual({ lang: 'ko', dir: 'ltr' });
    const notice = page.getByRole('complementary', { name: /아직 한국어로 준비되지 않아/ });
    expect(await notice.isVisible()).toBe(true);
    expect(await h1(page)).toBe("I can't log in to my account");
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('en');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    // The contact link jumps to the contact channels, in Korean.
    await notice.getByRole('link', { name: '고객센터에 문의하기' }).click();
    await page.waitForURL('**#contact-heading');
    const contact = page.getByRole('region', { name: '아직 해결되지 않으셨나요?' });
    expect(await contact.isVisible()).toBe(true);
    expect(await contact.textContent()).toContain('첫 답변: 3분 이내');
    // Links inside the English text keep the customer in Korean.
    expect(await page.locator('.prose').getByRole('link', { name: 'reset it' }).getAttribute('href')).toBe('/ko/account/reset-password/');
    expect(consoleErrors).toEqual([]);
  });

  it('marks articles that are only in English on Korean topic pages, and lists the Korean ones first', async () => {
    const { page } = await site().open('/ko/account/');
    expect(await h1(page)).toBe('내 계정');
    const titles = page.locator('.article-list__title');
    expect(await titles.first().locator('a').textContent()).toBe('비밀번호를 잊어버렸어요. 어떻게 재설정하나요?');
    expect(await titles.first().locator('.language-badge').count()).toBe(0);
    const untranslated = titles.filter({ hasText: 'How do I turn on two-step verification?' });
    expect(await untranslated.locator('.language-badge').textContent()).toBe('English');
    expect(await untranslated.locator('a').getAttribute('lang')).toBe('en');
  });

  it('shows each language’s home with its topics, popular articles and contact channels', async () => {
    const { page } = await site().open('/te/');
    expect(await htmlLang(page)).toEqual({ lang: 'te', dir: 'ltr' });
    expect(await page.getByRole('link', { name: 'రిటర్న్లు, రీఫండ్‌లు' }).count()).toBe(1);
    const popular = page.getByRole('region', { name: 'ఎక్కువ మంది చూసే ఆర్టికల్స్' });
    const titles = await popular.getByRole('link').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles.every((title) => /[\u0C00-\u0C7F]/.test(title))).toBe(true);
    expect(await page.getByRole('region', { name: 'మా టీమ్‌తో నేరుగా మాట్లాడండి' }).textContent()).toContain('మొదటి సమాధానం');
  });

  it('writes dates and counts the customer’s way', async () => {
    const ru = (await site().open('/ru/returns/refund-timing/')).page;
    expect(await ru.locator('.article__meta time').textContent()).toBe('Обновлено: 3 ноября 2026 г.');
    const ko = (await site().open('/ko/returns/refund-timing/')).page;
    expect(await ko.locator('.article__meta time').textContent()).toBe('최종 업데이트: 2026년 11월 3일');
    const ruHome = (await site().open('/ru/')).page;
    // Russian plural forms: 8 статей.
    expect(await ruHome.locator('.category-card__count').first().textContent()).toBe('8 статей');
  });

  it('tells search engines about every translation of a page, and nothing about untranslated ones', async () => {
    const { page } = await site().open('/ru/returns/refund-timing/');
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
    expect(alternates).toEqual([
      'en https://help.larkspur.example/returns/refund-timing/',
      'ko https://help.larkspur.example/ko/returns/refund-timing/',
      'ru https://help.larkspur.example/ru/returns/refund-timing/',
      'te https://help.larkspur.example/te/returns/refund-timing/',
      'x-default https://help.larkspur.example/returns/refund-timing/',
    ]);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://help.larkspur.example/ru/returns/refund-timing/');
    const english = (await site().open('/account/account-locked/')).page;
    expect(await english.locator('link[rel="alternate"][hreflang]').count()).toBe(0);

    const xml = await (await fetch(new URL('sitemap.xml', site().url))).text();
    expect(xml).toContain('<loc>https://help.larkspur.example/ko/returns/refund-timing/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://help.larkspur.example/returns/refund-timing/"/>');
    expect(xml).not.toContain('<loc>https://help.larkspur.example/ko/account/account-locked/</loc>');
  });

  it('keeps the language switcher usable by keyboard', async () => {
    const { page } = await site().open('/ko/');
    const link = page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'Русский' });
    await link.focus();
    expect(await link.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/ru/');
    expect(await htmlLang(page)).toEqual({ lang: 'ru', dir: 'ltr' });
  });
});

describe('a customer searches in their language', () => {
  const suggestions = (page: Page) => page.getByRole('listbox').getByRole('option');

  async function search(path: string, query: string) {
    const opened = await site().open(path);
    const requests: string[] = [];
    opened.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await opened.page.keyboard.press('/');
    await opened.page.keyboard.type(query, { delay: 20 });
    await suggestions(opened.page).first().waitFor();
    return { ...opened, requests };
  }

  it.each([
    ['/ko/', '비밀번호', '비밀번호를 잊어버렸어요. 어떻게 재설정하나요?'],
    ['/ko/shipping/', '환불', '환불은 언제 받을 수 있나요?'],
    ['/ko/', '비번', '비밀번호를 잊어버렸어요. 어떻게 재설정하나요?'],
    ['/ru/', 'отменить заказ', 'Как отменить заказ?'],
    ['/ru/account/', 'отмена заказа', 'Как отменить заказ?'],
    ['/ru/', 'когда вернут деньги', 'Когда мне вернут деньги?'],
    ['/te/', 'పాస్‌వర్డ్', 'నా పాస్‌వర్డ్‌ను ఎలా రీసెట్ చేయాలి?'],
    ['/te/orders/', 'వాపసు', 'నా డబ్బు వాపసు (రీఫండ్) ఎప్పుడు వస్తుంది?'],
  ])('on %s, typing “%s” shows “%s” first, from that language’s index', async (path, query, title) => {
    const { page, consoleErrors, requests } = await search(path, query);
    const locale = path.split('/')[1]!;
    await expect.poll(() => suggestions(page).first().locator('.search-option__title').textContent()).toBe(title);
    expect(requests.some((p) => p.includes(`/pagefind/pagefind.${locale}_`))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('finds Russian articles whatever the form of the word (заказ, заказа, заказом)', async () => {
    const found: string[][] = [];
    for (const word of ['заказ', 'заказа', 'заказом']) {
      const { page } = await site().open(`/ru/search/?q=${encodeURIComponent(word)}`);
      await page.locator('[data-search-list] > li').first().waitFor();
      found.push(await page.locator('[data-search-list] a').evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname)));
    }
    expect(found[0]!.length).toBeGreaterThan(3);
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
  });

  it('counts Russian results with the right plural form', async () => {
    const { page } = await site().open('/ru/search/?q=%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7');
    await page.locator('[data-search-list] > li').first().waitFor();
    const count = await page.locator('[data-search-list] > li').count();
    const form = new Intl.PluralRules('ru').select(count);
    const expected = { one: `Найдена ${count} статья`, few: `Найдено ${count} статьи`, many: `Найдено ${count} статей` }[form as 'one' | 'few' | 'many'];
    expect(await page.locator('[data-search-count]').textContent()).toBe(expected);
  });

  it('has a search page per language whose results stay in that language', async () => {
    const { page } = await site().open('/te/search/?q=%E0%B0%B5%E0%B0%BE%E0%B0%AA%E0%B0%B8%E0%B1%81');
    await page.getByRole('heading', { name: '“వాపసు” కోసం ఫలితాలు' }).waitFor();
    const urls = await page.locator('[data-search-list] a').evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
    expect(urls[0]).toBe('/te/returns/refund-timing/');
    expect(urls.every((u) => u.startsWith('/te/'))).toBe(true);
    expect(await page.getByRole('status').first().textContent()).toMatch(/^\d+ ఆర్టికల్స్ దొరికాయి$/);
  });

  it('says in Korean when nothing matches and shows the contact channels', async () => {
    const { page } = await site().open('/ko/search/?q=xqzvbn');
    await page.getByRole('heading', { name: '“xqzvbn”에 대한 도움말을 찾지 못했어요.' }).waitFor();
    const help = page.getByRole('region', { name: '아직 해결되지 않으셨나요?' });
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('첫 답변: 1영업일 이내');
    expect(await page.getByRole('link', { name: '반품 및 환불' }).first().isVisible()).toBe(true);
  });

  it('breaks Korean lines between words, never inside one, on a phone', async () => {
    const { page } = await site().open('/ko/orders/order-status/');
    await page.setViewportSize({ width: 360, height: 780 });
    const paragraph = page.locator('.prose p').first();
    expect(await paragraph.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    // Every line ends at a space: the text's words are whole on each line.
    const broken = await paragraph.evaluate((el) => {
      const text = el.textContent ?? '';
      const range = document.createRange();
      const node = el.firstChild!;
      let lastTop = -1;
      const splits: string[] = [];
      for (let i = 0; i < (node.textContent ?? '').length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        if (lastTop >= 0 && top > lastTop && /\S/.test(text[i - 1] ?? '') && /\S/.test(text[i] ?? '')) splits.push(text.slice(Math.max(0, i - 2), i + 2));
        if (text[i]!.trim()) lastTop = top;
      }
      return splits;
    });
    expect(broken).toEqual([]);
  });

  it('names tables for screen readers in the page’s language', async () => {
    const { page } = await site().open('/ru/shipping/delivery-times-and-costs/');
    expect(await page.getByRole('region', { name: /^Таблица: Куда, Перевозчик/ }).count()).toBe(1);
    const korean = await site().open('/ko/orders/order-status/');
    expect(await korean.page.getByRole('region', { name: /^표: 상태/ }).count()).toBe(1);
  });
});
