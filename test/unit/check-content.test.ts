import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ArticleSource, type ContentSnapshot } from '../../src/lib/content-check/check-content.ts';
import type { Category } from '../../src/schema.ts';

const categories: Category[] = [
  { id: 'returns', title: 'Returns', description: 'Returns', icon: 'return', order: 1, translations: { ko: { title: '반품', description: '반품' } } },
  { id: 'shipping', title: 'Shipping', description: 'Shipping', icon: 'truck', order: 2, translations: {} },
];

function mdx(frontmatter: Record<string, string>, body = 'Answer first.\n\n## Steps\n\nDo this.\n'): string {
  const lines = Object.entries(frontmatter).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

const good = (overrides: Record<string, string> = {}) => ({ title: 'How do I return an item?', description: 'Start it in your account.', category: 'returns', updated: '2026-10-14', ...overrides });

function check(articles: ArticleSource[], assets: string[] = []) {
  const snapshot: ContentSnapshot = { articles, categories, locales: ['en', 'ko'], defaultLocale: 'en', assets: new Set(assets), displayRoot: 'content' };
  return checkContent(snapshot).problems;
}

const base: ArticleSource[] = [
  { path: 'en/returns/start-a-return.mdx', source: mdx(good()) },
  { path: 'en/shipping/track-your-parcel.mdx', source: mdx(good({ title: 'Where is my parcel?', category: 'shipping' }), 'Text.\n\n## Find your tracking link\n\nIn the email.\n') },
];

describe('content checker', () => {
  it('accepts valid articles', () => {
    expect(check(base)).toEqual([]);
  });

  it('reports a missing title with the file, the line-less field and how to fix it', () => {
    const [problem, ...rest] = check([{ path: 'en/returns/a.mdx', source: mdx({ description: 'x', category: 'returns', updated: '2026-10-14' }) }]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'frontmatter-field', file: 'content/articles/en/returns/a.mdx', field: 'title' });
    expect(problem!.message).toMatch(/is missing.*title:/);
  });

  it('reports an empty title on its line', () => {
    const [problem] = check([{ path: 'en/returns/a.mdx', source: mdx(good({ title: '"  "' })) }]);
    expect(problem).toMatchObject({ code: 'frontmatter-field', field: 'title', line: 2 });
    expect(problem!.message).toMatch(/is empty/);
  });

  it('reports an unknown category and lists the valid ones', () => {
    const [problem] = check([{ path: 'en/returns/a.mdx', source: mdx(good({ category: 'refunds' })) }]);
    expect(problem).toMatchObject({ code: 'frontmatter-field', field: 'category', line: 4 });
    expect(problem!.message).toContain('"refunds" is not a category. Use one of: returns, shipping');
  });

  it('reports a category that does not match the folder', () => {
    const [problem] = check([{ path: 'en/returns/a.mdx', source: mdx(good({ category: 'shipping' })) }]);
    expect(problem).toMatchObject({ code: 'category-folder', field: 'category' });
    expect(problem!.message).toContain('content/articles/en/shipping/');
  });

  it.each([['2026-13-45'], ['2026-02-30'], ['"last week"'], ['14/10/2026']])('reports the impossible date %s', (value) => {
    const [problem] = check([{ path: 'en/returns/a.mdx', source: mdx(good({ updated: value })) }]);
    expect(problem).toMatchObject({ code: 'frontmatter-field', field: 'updated', line: 5 });
    expect(problem!.message).toMatch(/YYYY-MM-DD/);
  });

  it('reports related slugs that do not exist, with their position', () => {
    const problems = check([...base, { path: 'en/returns/b.mdx', source: mdx(good({ related: '[start-a-return, refund-timeing]' })) }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'related-missing', field: 'related[1]', file: 'content/articles/en/returns/b.mdx' });
    expect(problems[0]!.message).toContain('"refund-timeing"');
  });

  it('reports a slug used twice in one language, on both files', () => {
    const problems = check([...base, { path: 'en/shipping/start-a-return.mdx', source: mdx(good({ category: 'shipping' })) }]);
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['duplicate-slug', 'content/articles/en/returns/start-a-return.mdx'],
      ['duplicate-slug', 'content/articles/en/shipping/start-a-return.mdx'],
    ]);
  });

  it('allows the same slug in another language (that is a translation)', () => {
    expect(check([...base, { path: 'ko/returns/start-a-return.mdx', source: mdx(good()) }])).toEqual([]);
  });

  it('reports links to missing articles and missing anchors, and accepts good ones', () => {
    const body = [
      'See [tracking](/shipping/track-your-parcel/#find-your-tracking-link) and [steps](#steps).',
      '',
      'Broken: [a](/shipping/where-is-it/), [b](/shipping/track-your-parcel/#nope), [c](#nowhere), [d](/returns/track-your-parcel/), [e](/faq/x/).',
      '',
      '## Steps',
    ].join('\n');
    const problems = check([...base, { path: 'en/returns/links.mdx', source: mdx(good(), body) }]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['link-missing-article', 10],
      ['link-missing-anchor', 10],
      ['link-missing-anchor', 10],
      ['link-missing-article', 10],
      ['link-missing-article', 10],
    ]);
    expect(problems[1]!.message).toContain('#find-your-tracking-link');
    expect(problems[3]!.message).toContain('use /shipping/track-your-parcel/');
  });

  it('tells writers to use /category/slug/ instead of relative links', () => {
    const [problem] = check([...base, { path: 'en/returns/b.mdx', source: mdx(good(), 'See [x](../shipping/track-your-parcel).') }]);
    expect(problem).toMatchObject({ code: 'link-form' });
  });

  it('reports images without alt text, missing image files and remote images', () => {
    const body = '![](../../../images/box.png)\n\n![Box](../../../images/nope.png)\n\n![Logo](https://cdn.example/logo.png)\n\n<img src="../../../images/box.png" />\n\n![A box with a label](../../../images/box.png)\n';
    const problems = check([{ path: 'en/returns/a.mdx', source: mdx(good(), body) }], ['images/box.png']);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['image-alt', 8],
      ['image-missing', 10],
      ['image-remote', 12],
      ['image-alt', 14],
    ]);
  });

  it('explains the MDX import/export paragraph trap with the line', () => {
    const body = 'Answer.\n\nimport your contacts from the old shop first.\n';
    const [problem, ...rest] = check([{ path: 'en/returns/a.mdx', source: mdx(good(), body) }]);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'mdx-esm', line: 10 });
    expect(problem!.message).toContain('starts with the word "import"');
  });

  it('reports an export paragraph too, even when it is valid JavaScript', () => {
    const [problem] = check([{ path: 'en/returns/a.mdx', source: mdx(good(), 'export const x = 1\n') }]);
    expect(problem).toMatchObject({ code: 'mdx-esm', line: 8 });
  });

  it('reports broken YAML and broken MDX with their lines', () => {
    const yaml = check([{ path: 'en/returns/a.mdx', source: '---\ntitle: Why: because\n---\n\nx\n' }]);
    expect(yaml[0]).toMatchObject({ code: 'frontmatter-yaml', line: 2 });
    const jsx = check([{ path: 'en/returns/a.mdx', source: mdx(good(), 'Text\n\n<Callout>\n\nnever closed\n') }]);
    expect(jsx[0]).toMatchObject({ code: 'mdx-syntax' });
  });

  it('puts an unclosed tag on its own line, not where its paragraph or the file ends', () => {
    // Frontmatter lines 1-6, blank 7, body from line 8: the tag is on line 10 in both cases.
    const atEnd = check([{ path: 'en/returns/a.mdx', source: mdx(good(), 'Text\n\n<Callout type="tip">\n\nnever closed\n\nMore text.\n') }]);
    const inParagraph = check([{ path: 'en/returns/a.mdx', source: mdx(good(), 'Text\n\nA paragraph\ncontinued <Callout type="tip">never closed\n') }]);
    expect(atEnd[0]).toMatchObject({ code: 'mdx-syntax', line: 10 });
    expect(atEnd[0]!.message).toMatch(/^<Callout> is opened here but never closed\. Close it with <\/Callout>/);
    expect(inParagraph[0]).toMatchObject({ code: 'mdx-syntax', line: 11 });
  });

  it('reports files in the wrong place or with a bad name', () => {
    const problems = check([
      { path: 'en/a.mdx', source: mdx(good()) },
      { path: 'fr/returns/a.mdx', source: mdx(good()) },
      { path: 'en/returns/Start A Return.mdx', source: mdx(good()) },
    ]);
    expect(problems.map((p) => p.code)).toEqual(['article-path', 'article-path', 'article-path']);
    expect(problems.map((p) => p.message).join('\n')).toContain('"start-a-return.mdx"');
  });

  it('reports every problem at once, across files', () => {
    const problems = check([
      { path: 'en/returns/a.mdx', source: mdx(good({ title: '""', related: '[nope]' })) },
      { path: 'en/returns/b.mdx', source: mdx(good({ category: 'x', updated: '2026-99-01' })) },
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/articles/en/returns/a.mdx title',
      'content/articles/en/returns/b.mdx category',
      'content/articles/en/returns/b.mdx updated',
    ]);
  });

  it('formats a problem as file:line  field: message', () => {
    expect(formatProblem({ code: 'frontmatter-field', file: 'f.mdx', line: 3, field: 'title', message: 'is empty.' })).toBe('f.mdx:3  title: is empty.');
  });
});

describe('content checker: translations', () => {
  const ko = (slug: string, body: string, extra: Record<string, string> = {}, category = 'returns') => ({ path: `ko/${category}/${slug}.mdx`, source: mdx(good({ title: '"반품은 어떻게 하나요?"', category, ...extra }), body) });

  it('accepts links written with the language prefix, to a translation or to an article not translated yet', () => {
    const problems = check([
      ...base,
      ko('start-a-return', '[배송 조회](/ko/shipping/track-your-parcel/#find-your-tracking-link), [English](/shipping/track-your-parcel/), [주제](/ko/returns/), [검색](/ko/search/), [홈](/ko/).\n\n## 단계\n'),
    ]);
    expect(problems).toEqual([]);
  });

  it('checks anchors against the page customers will see: the translation when it exists', () => {
    const problems = check([...base, ko('start-a-return', '## 단계\n\nText.\n'), ko('other', '[a](/ko/returns/start-a-return/#단계) [b](/ko/returns/start-a-return/#steps)')]);
    expect(problems.map((p) => [p.code, p.message.includes('#steps')])).toEqual([['link-missing-anchor', true]]);
  });

  it('still fails truly broken links in a translation, with the prefix in the fix', () => {
    const problems = check([...base, ko('start-a-return', '[a](/ko/shipping/where-is-it/) [b](/ko/faq/x/) [c](/ko/returns/track-your-parcel/)')]);
    expect(problems.map((p) => p.code)).toEqual(['link-missing-article', 'link-missing-article', 'link-missing-article']);
    expect(problems[1]!.message).toContain('/ko/<category>/<slug>/');
    expect(problems[2]!.message).toContain('use /ko/shipping/track-your-parcel/');
  });

  it('explains that the default language has no /en/ prefix', () => {
    const [problem] = check([...base, { path: 'en/returns/b.mdx', source: mdx(good(), 'See [x](/en/shipping/track-your-parcel/).') }]);
    expect(problem).toMatchObject({ code: 'link-missing-article' });
    expect(problem!.message).toContain('Write /shipping/track-your-parcel/.');
  });

  it('accepts related articles that exist only in the default language', () => {
    expect(check([...base, ko('start-a-return', 'x', { related: '[track-your-parcel]' })])).toEqual([]);
    const [problem] = check([...base, ko('start-a-return', 'x', { related: '[nope]' })]);
    expect(problem!.message).toContain('"nope" is not an article in ko or en');
  });

  it('reports category translations for unknown languages and categories named like a language', () => {
    const snapshot: ContentSnapshot = {
      articles: base,
      categories: [{ ...categories[0]!, translations: { fr: { title: 'Retours', description: 'Retours' } } }, { ...categories[1]!, id: 'ko' }],
      locales: ['en', 'ko'],
      defaultLocale: 'en',
      assets: new Set(),
      displayRoot: 'content',
    };
    const problems = checkContent(snapshot).problems.filter((p) => p.code === 'category-translation');
    expect(problems.map((p) => p.field)).toEqual(['"returns".translations.fr', '"ko".id']);
    expect(problems[0]!.message).toContain('"fr" is not a language of this help center (en, ko)');
  });

  it('requires a valid UI strings file for every language', () => {
    const snapshot: ContentSnapshot = { articles: base, categories, locales: ['en', 'ko', 'ru'], defaultLocale: 'en', assets: new Set(), displayRoot: 'content', uiStrings: { dir: 'src/i18n', files: { en: '{"site.home":"Home"}', ko: '{"site.home": 3}' } } };
    const problems = checkContent(snapshot).problems;
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['ui-strings', 'src/i18n/ko.json'],
      ['ui-strings', 'src/i18n/ru.json'],
    ]);
    expect(problems[1]!.message).toContain('Copy src/i18n/en.json to src/i18n/ru.json');
  });
});

describe('content checker: mistakes the build used to find first, with a stack trace', () => {
  const one = (source: string, extra: ArticleSource[] = []) => check([{ path: 'en/returns/a.mdx', source }, ...extra]);

  it('names an unknown component, the closest real one, and says no import is needed', () => {
    const [problem, ...rest] = one(mdx(good(), 'Text.\n\n<Calout type="tip">Hi</Calout>\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'mdx-component', line: 10 });
    expect(problem!.message).toContain('<Calout> is not a component articles can use (did you mean <Callout>?)');
    expect(problem!.message).toContain('with no import');
  });

  it('names a Callout type that does not exist, with or without a title', () => {
    for (const body of ['<Callout type="danger">Careful.</Callout>\n', '<Callout type="danger" title="Careful">Careful.</Callout>\n']) {
      const [problem] = one(mdx(good(), `Text.\n\n${body}`));
      expect(problem).toMatchObject({ code: 'mdx-component', line: 10 });
      expect(problem!.message).toContain('Use one of: "info", "tip", "warning"');
    }
    expect(one(mdx(good(), 'Text.\n\n<Callout type="warning" title="Careful">Careful.</Callout>\n'))).toEqual([]);
  });

  it('explains that {SAVE10} is read as code, and how to write braces', () => {
    const [problem] = one(mdx(good(), 'Use the code {SAVE10} at checkout.\n'));
    expect(problem).toMatchObject({ code: 'mdx-expression', line: 8 });
    expect(problem!.message).toContain('write \\{SAVE10\\}');
    // A comment for writers is not code.
    expect(one(mdx(good(), 'Text.\n\n{/* Note for writers: check with finance. */}\n'))).toEqual([]);
  });

  it('refuses a second top-level heading', () => {
    const [problem] = one(mdx(good(), 'Text.\n\n# Returns\n\nMore.\n'));
    expect(problem).toMatchObject({ code: 'heading-level', line: 10 });
    expect(problem!.message).toContain('Use "## Returns"');
  });

  it('refuses HTML in a title or description, which customers would see as text', () => {
    const [problem] = one(mdx(good({ description: 'Start it <b>today</b>.' })));
    expect(problem).toMatchObject({ code: 'frontmatter-field', field: 'description', line: 3 });
    expect(problem!.message).toContain('customers would see the tag <b>');
  });

  it('names the line with bytes that are not UTF-8', () => {
    const [problem, ...rest] = one(mdx(good(), 'Fine.\n\nCaf\uFFFD au lait.\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'encoding', line: 10 });
    expect(problem!.message).toContain('Save the file as UTF-8');
  });

  it('refuses an article over 200 KB', () => {
    const [problem] = one(mdx(good(), `${'A long sentence about returns. '.repeat(70_000)}\n`));
    expect(problem).toMatchObject({ code: 'article-size' });
    expect(problem!.message).toMatch(/is 2\.\d MB.*Split it/);
  });

  it('says an unclosed frontmatter is unclosed, not that the title is missing', () => {
    const problems = one('---\ntitle: How do I return an item?\ndescription: x\n\nText.\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'frontmatter-yaml', line: 1 });
    expect(problems[0]!.message).toContain('never closed');
  });

  it('names a misspelt field and the one it probably means', () => {
    const source = mdx({ ...good(), updatd: '2026-10-14' }).replace('updated: 2026-10-14\n', '');
    const problems = one(source);
    expect(problems.find((p) => p.code === 'frontmatter-unknown')).toMatchObject({ field: 'updatd', line: 5 });
    expect(problems.find((p) => p.code === 'frontmatter-unknown')!.message).toContain('did you mean "updated"?');
  });

  it('does not call articles with an invalid frontmatter drafts in other files', () => {
    const broken = { path: 'en/shipping/b.mdx', source: mdx(good({ category: 'shipping', title: '""' })) };
    const problems = one(mdx(good({ related: '[b]' }), 'See [b](/shipping/b/).\n'), [broken]);
    expect(problems.map((p) => [p.file, p.code])).toEqual([['content/articles/en/shipping/b.mdx', 'frontmatter-field']]);
  });
});

describe('site settings and categories errors', () => {
  it('name a category by its id, not its position in the file', async () => {
    const { categoriesFileSchema, describeIssues } = await import('../../src/schema.ts');
    const input = [
      { id: 'orders', title: 'Orders', description: 'Orders', icon: 'package', order: 1 },
      { id: 'cards', title: 'Cards', description: 'Cards', icon: 'Credit Card', order: 2 },
    ];
    const result = categoriesFileSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(describeIssues('content/categories.json', result.error!, '', input)[0]).toMatch(/^content\/categories\.json: "cards"\.icon /);
  });

  it('name an icon that is not a Lucide icon, on its line, with the closest names by spelling and by meaning', () => {
    const source = JSON.stringify([{ id: 'returns', icon: 'return' }, { id: 'shipping', icon: 'truk' }, { id: 'cards', icon: 'money' }], null, 2);
    const snapshot: ContentSnapshot = {
      articles: base, locales: ['en', 'ko'], defaultLocale: 'en', assets: new Set(), displayRoot: 'content', categoriesSource: source,
      categories: [...categories.filter((c) => c.id === 'returns'), { ...categories[1]!, icon: 'truk' }, { ...categories[1]!, id: 'cards', icon: 'money' }],
    };
    const problems = checkContent(snapshot).problems.filter((p) => p.code === 'category-icon');
    expect(problems.map((p) => [p.field, p.line])).toEqual([['"shipping".icon', 8], ['"cards".icon', 12]]);
    expect(problems[0]!.message).toMatch(/^"truk" is not a Lucide icon\. Closest: "truck"/);
    expect(problems[1]!.message).toMatch(/"wallet".*"banknote"/);
    expect(formatProblem(problems[0]!)).toMatch(/^content\/categories\.json:8  "shipping"\.icon: /);
  });

  it('name a logo file that does not exist, and accept one that does', () => {
    const snapshot = (assets: string[]): ContentSnapshot => ({ articles: base, categories, locales: ['en', 'ko'], defaultLocale: 'en', assets: new Set(assets), displayRoot: 'content', logo: 'brand/logo.svg' });
    expect(checkContent(snapshot(['brand/logo.svg'])).problems).toEqual([]);
    const [missing] = checkContent(snapshot(['images/Logo.svg'])).problems;
    expect(missing).toMatchObject({ code: 'brand-logo', file: 'content/site.json', field: 'brand.logo' });
    expect(missing!.message).toBe('"brand/logo.svg" does not exist under content/. Did you mean "images/Logo.svg"?');
  });

  it('take a help center without a shop (a bank, a SaaS, an HR desk)', async () => {
    const { siteSettingsSchema } = await import('../../src/schema.ts');
    const { readFileSync } = await import('node:fs');
    const settings = JSON.parse(readFileSync('test/fixtures/helpcenters/work/site.json', 'utf8')) as Record<string, unknown>;
    expect('shop' in settings).toBe(false);
    const parsed = siteSettingsSchema.safeParse(settings);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.shop).toBeUndefined();
  });

  it('take the company\'s wording for UI texts from content/ui, and name a key the site does not have', () => {
    const en = JSON.stringify({ 'search.placeholder': 'e.g. how do I reset my password?', 'site.footer.backToShop': 'Back to {shop}' });
    const snapshot: ContentSnapshot = {
      articles: base, categories: categories.map((c) => ({ ...c, translations: {} })), locales: ['en'], defaultLocale: 'en', assets: new Set(), displayRoot: 'content',
      uiStrings: { dir: 'src/i18n', files: { en } },
      uiOverrides: { en: JSON.stringify({ 'search.placeholder': 'e.g. how do I freeze my card?', 'search.placehoder': 'x', 'site.footer.backToShop': 'Back to the bank' }) },
    };
    const problems = checkContent(snapshot).problems;
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/ui/en.json', 'search.placehoder'], ['content/ui/en.json', 'site.footer.backToShop']]);
    expect(problems[0]!.message).toContain('did you mean "search.placeholder"?');
    expect(problems[1]!.message).toContain('must keep the placeholders of the original ("Back to {shop}"): {shop}; found none');
  });
});
