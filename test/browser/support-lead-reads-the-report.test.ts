import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness.ts';

let browser: Browser;
let report: string;

beforeAll(async () => {
  // The sample export's HTML report, as a support lead would open it from disk.
  report = path.join(mkdtempSync(path.join(tmpdir(), 'gap-report-')), 'report.html');
  const run = spawnSync(process.execPath, ['scripts/gaps.ts', '--format', 'html', '--out', report], { encoding: 'utf8' });
  expect(run.stderr).toContain(`Report written to ${report}`);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('a support lead reads the HTML gap report', () => {
  it('on a 390 px phone: nothing wider than the screen, each topic a card that names its fields', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(pathToFileURL(report).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const firstTopic = page.locator('table').filter({ hasText: 'All topics' }).locator('tbody tr').first();
    const cell = firstTopic.locator('td').nth(1);
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"status: "');
    expect(await page.getByText('no article answers these tickets').isVisible()).toBe(true);
    // The chart's labels stay text at a readable size.
    const label = page.getByRole('list', { name: 'Tickets per topic without a good article' }).locator('.bar-label').first();
    expect(Number.parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    await page.close();
  });

  it('on a desktop, with the legend under the chart, and no accessibility violations', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(pathToFileURL(report).href);
    const chart = page.getByRole('list', { name: 'Tickets per topic without a good article' });
    const legend = page.locator('.legend').first();
    expect(await legend.evaluate((ul, svg) => ul.getBoundingClientRect().top >= svg!.getBoundingClientRect().bottom, await chart.elementHandle())).toBe(true);
    expect(await page.getByRole('heading', { name: /^Rejected rows/ }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: /^Articles no ticket touches/ }).isVisible()).toBe(true);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.close();
  });
});
