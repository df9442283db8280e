import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../src/markdown/index.ts';

// Compiled as the site compiles articles (astro.config.mjs), HTML instead of MDX's JavaScript.
const articlesDir = path.resolve('/help/content/articles');
const processor = await createSatteriMarkdownProcessor({
  syntaxHighlight: false,
  ...articleMarkdown({
    base: '/help/',
    defaultLocale: 'en',
    locales: ['en', 'ru'],
    articlesDir,
    labels: { en: { label: 'Table: {headers}', unnamed: 'Table' }, ru: { label: 'Таблица: {headers}', unnamed: 'Таблица' } },
  }),
});
const html = async (markdown: string, article = 'en/orders/x.mdx') =>
  (await processor.render(markdown, { fileURL: pathToFileURL(path.join(articlesDir, article)) })).code.trim();

describe('articles compiled by Astro’s Markdown engine with our plugins', () => {
  it('gives links to articles the base path and, in a translation, its language', async () => {
    expect(await html('[a](/returns/refund-timing/#card) [b](https://x.example/) [c][d]\n\n[d]: /orders/y/', 'ru/orders/x.mdx')).toBe(
      '<p><a href="/help/ru/returns/refund-timing/#card">a</a> <a href="https://x.example/">b</a> <a href="/help/ru/orders/y/">c</a></p>',
    );
    expect(await html('[a](/ru/orders/y/) [b](/orders/y/)')).toBe('<p><a href="/help/ru/orders/y/">a</a> <a href="/help/orders/y/">b</a></p>');
  });

  it('puts each task’s checkbox and text in a label, leaving a nested list outside it', async () => {
    expect(await html('- [ ] **Read** the slip\n- [x] Done\n  - [ ] Inner')).toBe(
      [
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><label class="task-item"><input type="checkbox"> <strong>Read</strong> the slip</label></li>',
        // The line break before the nested list goes into the label, as it did with remark.
        '<li class="task-list-item"><label class="task-item"><input type="checkbox" checked> Done',
        '</label><ul class="contains-task-list">',
        '<li class="task-list-item"><label class="task-item"><input type="checkbox"> Inner</label></li>',
        '</ul>',
        '</li>',
        '</ul>',
      ].join('\n'),
    );
  });

  it('labels the checkbox of a loose task list inside its first paragraph', async () => {
    expect(await html('1. [ ] First\n\n   More about it\n')).toBe(
      '<ol class="contains-task-list">\n<li class="task-list-item">\n<p><label class="task-item"><input type="checkbox"> First</label></p>\n<p>More about it</p>\n</li>\n</ol>',
    );
  });

  it('wraps a table in a focusable region named after its headers in the article’s language, without whitespace between rows', async () => {
    expect(await html('| Status | *What* it means |\n|---|---|\n| Paid | Done |', 'ru/orders/x.mdx')).toBe(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Таблица: Status, What it means"><table><thead><tr><th>Status</th><th><em>What</em> it means</th></tr></thead><tbody><tr><td>Paid</td><td>Done</td></tr></tbody></table></div>',
    );
  });

  it('keeps the typography articles were written against: -- an em dash, --- as typed, curly quotes', async () => {
    expect(await html('Wait -- it\'s "done"... or 1--2 or a --- b, `a -- b`')).toBe('<p>Wait — it’s “done”… or 1—2 or a --- b, <code>a -- b</code></p>');
  });

  it('leaves an image’s alt text as typed, unless the writer typed curly quotes there', async () => {
    expect(await html('![The "Thanks" heading...](/a.png)')).toBe('<p><img src="/a.png" alt="The &quot;Thanks&quot; heading..."></p>');
    expect(await html('![The “Thanks” heading](/a.png)')).toBe('<p><img src="/a.png" alt="The “Thanks” heading"></p>');
  });
});
