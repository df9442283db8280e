import AxeBuilder from '@axe-core/playwright';
import { DatabaseSync } from 'node:sqlite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, useSite } from './harness.ts';

const site = useSite();

interface FeedbackRow { article: string; locale: string; helpful: number; reason: string | null; comment: string | null }

/** What the collector stored for one article (each test uses its own article). */
function feedbackFor(article: string): FeedbackRow[] {
  const db = new DatabaseSync(site().database, { readOnly: true });
  try {
    return db.prepare('SELECT article, locale, helpful, reason, comment FROM feedback WHERE article = ? ORDER BY id').all(article).map((row) => ({ ...row }) as unknown as FeedbackRow);
  } finally {
    db.close();
  }
}

const feedback = (page: Page, question = 'Was this article helpful?') => page.getByRole('region', { name: question });

// Without JavaScript: a browser of its own, since the site's context runs scripts.
let noScriptBrowser: Browser | undefined;
async function openWithoutJavaScript(path: string) {
  noScriptBrowser ??= await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await noScriptBrowser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(path.slice(1), site().url).href);
  return page;
}
afterAll(async () => {
  await noScriptBrowser?.close();
});

describe('a customer says whether an article helped', () => {
  it('answers "No", gives a reason and a comment, is thanked, sees how to reach a person, and the comment is stored without their email address', async () => {
    const { page, consoleErrors, foreignRequests } = await site().open('/returns/refund-timing/');
    const section = feedback(page);
    // With JavaScript the reasons wait for "No".
    expect(await section.getByRole('group', { name: /What was the problem/ }).isVisible()).toBe(false);
    await section.getByRole('button', { name: 'No', exact: true }).click();
    const reasons = section.getByRole('group', { name: 'What was the problem? (optional)' });
    expect(await reasons.isVisible()).toBe(true);
    // Focus moves to the first reason, where the customer goes next.
    expect(await reasons.getByRole('radio').first().evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await section.getByRole('link', { name: 'Live chat' }).isVisible()).toBe(true);
    await reasons.getByRole('radio', { name: 'It’s out of date or wrong' }).check();
    const comment = section.getByRole('textbox', { name: 'How could we make this article better? (optional)' });
    expect(await comment.getAttribute('maxlength')).toBe('2000');
    await comment.fill('I wrote to jan.jansen@example.com twice and the refund took 3 weeks');
    await section.getByRole('button', { name: 'Send' }).click();

    const thanks = section.getByRole('status');
    await expect.poll(() => thanks.textContent()).toBe('Thank you for your feedback.');
    expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await section.getByRole('link', { name: 'Live chat' }).isVisible()).toBe(true);
    expect(await section.getByText('First reply: within 1 business day').isVisible()).toBe(true);

    await expect.poll(() => feedbackFor('returns/refund-timing')).toHaveLength(1);
    const [row] = feedbackFor('returns/refund-timing');
    expect(row).toMatchObject({ locale: 'en', helpful: 0, reason: 'out-of-date' });
    expect(row!.comment).toContain('[email]');
    expect(row!.comment).toContain('the refund took 3 weeks');
    expect(row!.comment).not.toContain('jan.jansen@example.com');
    // Leaving the page does not vote again.
    await page.goto(new URL('returns/', site().url).href);
    await page.waitForTimeout(300);
    expect(feedbackFor('returns/refund-timing')).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('answers "Yes" and is thanked: one vote is stored', async () => {
    const { page, consoleErrors } = await site().open('/orders/cancel-order/');
    const section = feedback(page);
    await section.getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Thank you for your feedback.');
    expect(await section.getByRole('button', { name: 'Yes' }).count()).toBe(0);
    expect(await section.getByRole('group').count()).toBe(0);
    await expect.poll(() => feedbackFor('orders/cancel-order')).toEqual([{ article: 'orders/cancel-order', locale: 'en', helpful: 1, reason: null, comment: null }]);
    await page.goto(new URL('orders/', site().url).href);
    await page.waitForTimeout(300);
    expect(feedbackFor('orders/cancel-order')).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
  });

  it('answers "No" and leaves without pressing Send: the vote counts once, without details', async () => {
    const { page, consoleErrors } = await site().open('/shipping/lost-parcel/');
    await feedback(page).getByRole('button', { name: 'No', exact: true }).click();
    await feedback(page).getByRole('radio', { name: 'Something else' }).check();
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.waitForURL(site().url);
    await expect.poll(() => feedbackFor('shipping/lost-parcel')).toEqual([{ article: 'shipping/lost-parcel', locale: 'en', helpful: 0, reason: null, comment: null }]);
    // Back to the article (from the back-forward cache or not): no second vote.
    await page.goBack();
    await page.waitForTimeout(300);
    await page.goForward();
    await page.waitForTimeout(300);
    expect(feedbackFor('shipping/lost-parcel')).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
  });

  it('works with the keyboard alone, and Enter on a reason sends that "No", not a "Yes"', async () => {
    const { page } = await site().open('/billing/payment-failed/');
    const section = feedback(page);
    await section.getByRole('button', { name: 'No', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    expect(await section.getByRole('radio', { name: 'It was hard to follow' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Thank you for your feedback.');
    await expect.poll(() => feedbackFor('billing/payment-failed')).toEqual([expect.objectContaining({ helpful: 0, reason: 'hard-to-follow' })]);
  });

  it('works without JavaScript: the form posts, the page comes back thanking the customer, and the vote is stored', async () => {
    const page = await openWithoutJavaScript('/account/reset-password/');
    const section = feedback(page);
    // A plain form: everything is there at once, and there is no thank-you yet.
    expect(await section.getByText('Thank you for your feedback.').isVisible()).toBe(false);
    await section.getByRole('radio', { name: 'It didn’t answer my question' }).check();
    await section.getByRole('textbox', { name: /How could we make this article better/ }).fill('Call me on +31 6 1234 5678 please');
    await section.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL('**/account/reset-password/#feedback-thanks');
    expect(await section.getByText('Thank you for your feedback.').isVisible()).toBe(true);
    expect(await section.getByRole('button', { name: 'Yes' }).isVisible()).toBe(false);
    const stillNeedHelp = section.getByRole('link', { name: 'Contact our team' });
    expect(await stillNeedHelp.getAttribute('href')).toBe('#contact-heading');
    expect(await page.locator('#contact-heading').textContent()).toBe('Still need help?');
    const rows = feedbackFor('account/reset-password');
    expect(rows).toEqual([expect.objectContaining({ locale: 'en', helpful: 0, reason: 'not-answered' })]);
    expect(rows[0]!.comment).not.toContain('1234 5678');
    await page.context().close();
  });

  it('without JavaScript, Enter on a chosen reason sends a "No"', async () => {
    const page = await openWithoutJavaScript('/billing/payment-methods/');
    const reason = feedback(page).getByRole('radio', { name: 'It’s out of date or wrong' });
    await reason.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForURL('**#feedback-thanks');
    expect(feedbackFor('billing/payment-methods')).toEqual([expect.objectContaining({ helpful: 0, reason: 'out-of-date' })]);
    await page.context().close();
  });

  it('asks in the customer’s language, and stores the vote under the article’s key with that language', async () => {
    const { page, consoleErrors } = await site().open('/ru/shipping/track-your-parcel/');
    const section = feedback(page, 'Эта статья была полезной?');
    await section.getByRole('button', { name: 'Нет', exact: true }).click();
    expect(await section.getByRole('group', { name: 'Что было не так? (необязательно)' }).isVisible()).toBe(true);
    expect(await section.getByRole('radio', { name: 'Информация устарела или неверна' }).isVisible()).toBe(true);
    await section.getByRole('button', { name: 'Отправить' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toBe('Спасибо за ваш отзыв!');
    await expect.poll(() => feedbackFor('shipping/track-your-parcel')).toEqual([expect.objectContaining({ locale: 'ru', helpful: 0, reason: null })]);
    expect(consoleErrors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps the open form accessible after "No" (axe, ${scheme} mode)`, async () => {
      const { page } = await site().open('/returns/start-a-return/');
      await page.emulateMedia({ colorScheme: scheme });
      await feedback(page).getByRole('button', { name: 'No', exact: true }).click();
      await feedback(page).getByRole('group').waitFor();
      const results = await new AxeBuilder({ page }).include('.feedback').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const whole = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(whole.violations.map((v) => v.id)).toEqual([]);
    });
  }
});
