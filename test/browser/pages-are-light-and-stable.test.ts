import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('pages are light, stable and work on a phone', () => {
  it('loads only the small search-box script, and the feedback form’s inline one, on an article page until search is used', async () => {
    const { page } = await site().open('/orders/find-order-number/');
    const found = await page.locator('script:not([type="application/ld+json"])').evaluateAll((nodes) => nodes.map((n) => ({ src: (n as HTMLScriptElement).src, bytes: new TextEncoder().encode(n.textContent ?? '').length })));
    const scripts = found.filter((s) => s.src).map((s) => s.src);
    expect(scripts).toHaveLength(1);
    // "Was this article helpful?": small enough that Astro writes it into the page.
    const inline = found.filter((s) => !s.src);
    expect(inline).toHaveLength(1);
    expect(inline[0]!.bytes).toBeLessThan(1.5 * 1024);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => ({ name: r.name, bytes: (r as PerformanceResourceTiming).decodedBodySize })));
    expect(loaded.map((r) => r.name)).toContain(scripts[0]);
    expect(loaded.some((r) => /pagefind|search-client/.test(r.name))).toBe(false);
    expect(loaded.reduce((sum, r) => sum + r.bytes, inline[0]!.bytes)).toBeLessThan(8 * 1024);
  });

  it('serves article images optimised, with alt text and reserved space (no layout shift)', async () => {
    const { page } = await site().open('/orders/find-order-number/');
    const image = page.locator('.prose img').first();
    await image.scrollIntoViewIfNeeded();
    const info = await image.evaluate((img: HTMLImageElement) => ({ alt: img.alt, width: img.getAttribute('width'), height: img.getAttribute('height'), src: img.currentSrc, complete: img.complete && img.naturalWidth > 0 }));
    expect(info.alt).toContain('LK-104233');
    expect(Number(info.width)).toBeGreaterThan(0);
    expect(Number(info.height)).toBeGreaterThan(0);
    expect(info.src).toMatch(/\/_astro\/.+\.webp$/);
    expect(info.complete).toBe(true);
  });

  // A slow phone paints a page before it has parsed all of it, so each load runs with the CPU
  // slowed down six times: the header is then painted before its language links arrive, and the
  // search page before its results, as on such a phone. Anything placed by what comes later
  // moves. The budget per load is 1/100 of what Core Web Vitals call good (0.1): a header that
  // re-flows when its last part arrives scores 0.0015 to 0.012; an icon nudged by a pixel as its
  // label arrives, 0.00002. Where the parser pauses depends on the machine's load, so a page
  // that shifts is loaded once more and counts only if it shifts again: the header bug above
  // shifted on 7 of 10 loads.
  it('has no layout shift while a page loads on a slow phone or a desktop', async () => {
    const load = async (target: string, width: number) => {
      const page = await site().context.newPage();
      await page.setViewportSize({ width, height: 800 });
      const cdp = await site().context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await page.goto(new URL(target.slice(1), site().url).href);
      const shift = await page.evaluate(
        () =>
          new Promise<{ total: number; moved: string[] }>((resolve) => {
            let total = 0;
            const moved = new Set<string>();
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
                if (entry.hadRecentInput) continue;
                total += entry.value;
                for (const { node } of entry.sources) moved.add(node instanceof Element ? `<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}">` : String(node?.nodeName));
              }
            }).observe({ type: 'layout-shift', buffered: true });
            window.scrollTo(0, document.body.scrollHeight);
            setTimeout(() => resolve({ total, moved: [...moved] }), 800);
          }),
      );
      await page.close();
      return shift.total < 0.001 ? undefined : `shifted ${shift.total.toFixed(4)}: ${shift.moved.join(', ')}`;
    };
    const shifts: string[] = [];
    const loads = [
      ['/returns/pack-and-send-a-return/', 1280], ['/ko/account/account-locked/', 1280], ['/shipping/', 1280],
      ['/shipping/delivery-times-and-costs/', 1024], ['/returns/pack-and-send-a-return/', 900],
      ['/ru/shipping/delivery-times-and-costs/', 360], ['/', 1280], ['/search/?q=refund', 1280], ['/search/?q=refund', 360],
    ] as const;
    for (const [target, width] of loads) {
      const first = await load(target, width);
      const again = first && (await load(target, width));
      if (again) shifts.push(`${target} at ${width}px ${first}; loaded again, ${again}`);
    }
    expect(shifts).toEqual([]);
  }, 180_000);

  it('fits a 360px-wide phone screen without sideways scrolling', async () => {
    for (const path of ['/', '/shipping/', '/shipping/delivery-times-and-costs/', '/te/account/reset-password/', '/ru/shipping/delivery-times-and-costs/', '/ko/account/account-locked/']) {
      const { page } = await site().open(path);
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
    }
  });

  it('shows the whole example question in the home search box, and no lone "›" in breadcrumbs, on a 360px phone', async () => {
    const { page } = await site().open('/');
    await page.setViewportSize({ width: 360, height: 780 });
    const fits = await page.locator('.hero input[type="search"]').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, room };
    });
    expect(fits.text).toBeLessThanOrEqual(fits.room);
    const article = await site().open('/returns/refund-timing/');
    await article.page.setViewportSize({ width: 360, height: 780 });
    const crumbs = await article.page.locator('.breadcrumbs li').evaluateAll((items) => items.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => ({ text: li.textContent ?? '', lines: Math.round(li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight || '24')) })));
    expect(crumbs.length).toBeGreaterThan(0);
    for (const crumb of crumbs) expect(crumb.lines, crumb.text).toBeLessThanOrEqual(1);
    // The article's title is the heading right below, in full.
    expect(await article.page.getByRole('heading', { level: 1 }).textContent()).toBe('When will I get my refund?');
  });

  it('gives every page a description, a canonical URL and structured data', async () => {
    const { page } = await site().open('/billing/download-invoice/');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://help.larkspur.example/billing/download-invoice/');
    const types = await page.locator('script[type="application/ld+json"]').evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent!)['@type']));
    expect(types).toEqual(['Article', 'BreadcrumbList']);
  });

  it('lists every article in the sitemap', async () => {
    const xml = await (await fetch(new URL('sitemap.xml', site().url))).text();
    expect(xml).toContain('<loc>https://help.larkspur.example/returns/start-a-return/</loc>');
    expect(xml.match(/<url>/g)!.length).toBeGreaterThanOrEqual(36 + 5 + 1);
  });
});
