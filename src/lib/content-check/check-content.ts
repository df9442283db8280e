/**
 * Checks the whole help center at once and returns every problem (not just the first),
 * each naming the file, the line or field, and the fix. Pure: the caller reads the files.
 */
import path from 'node:path/posix';
import { articleFrontmatterSchema, uiStringsSchema, type ArticleFrontmatter, type Category } from '../../schema.ts';
import { parseArticleId } from '../articles.ts';
import { checkCategoryIcons, checkLogo } from './site-files.ts';
import { closest, scanMdx, type ScannedArticle } from './scan-mdx.ts';

export interface ContentProblem {
  /** Stable identifier, for tests and for anyone grepping the output. */
  code:
    | 'article-path'
    | 'frontmatter-yaml'
    | 'frontmatter-field'
    | 'category-folder'
    | 'duplicate-slug'
    | 'related-missing'
    | 'link-missing-article'
    | 'link-missing-anchor'
    | 'link-form'
    | 'category-translation'
    | 'ui-strings'
    | 'image-alt'
    | 'image-missing'
    | 'image-remote'
    | 'mdx-esm'
    | 'mdx-syntax'
    | 'mdx-component'
    | 'mdx-expression'
    | 'heading-level'
    | 'encoding'
    | 'article-size'
    | 'frontmatter-unknown'
    | 'category-icon'
    | 'brand-logo';
  /** Path as the writer sees it, e.g. `content/articles/en/billing/vat.mdx`. */
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export interface ArticleSource {
  /** Path relative to the articles folder, with forward slashes: `en/billing/vat.mdx`. */
  path: string;
  source: string;
}

export interface ContentSnapshot {
  articles: ArticleSource[];
  categories: readonly Category[];
  locales: readonly string[];
  defaultLocale: string;
  /** Every other file under the content folder, relative to it: `images/box.png`. */
  assets: ReadonlySet<string>;
  /** How the content folder is named in messages, e.g. `content`. */
  displayRoot: string;
  /**
   * The UI strings files (`src/i18n/<code>.json`) as text, by language code; undefined for a
   * language without a file. Omitted: UI strings are not checked.
   */
  uiStrings?: { dir: string; files: Readonly<Record<string, string | undefined>> };
  /** The company's own wording (`<content>/ui/<code>.json`) as text, by language code. */
  uiOverrides?: Readonly<Record<string, string>>;
  /** categories.json as text, to give a category's problems a line. */
  categoriesSource?: string;
  /** `brand.logo` from site.json: a path under the content folder. */
  logo?: string;
}

export interface CheckedArticle {
  file: string;
  locale: string;
  category: string;
  slug: string;
  frontmatter?: ArticleFrontmatter;
  scan: ScannedArticle;
}

export interface ContentReport {
  problems: ContentProblem[];
  articles: CheckedArticle[];
  /** The UI strings of every language whose file could be read, for the translation report. */
  uiStrings: Record<string, Record<string, string>>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * An article customers read on a phone: the longest in the sample is 6 KB. 200 KB is a manual
 * (or a pasted export), slow to load and to find anything in.
 */
export const MAX_ARTICLE_BYTES = 200 * 1024;
const KIND_CODES = { yaml: 'frontmatter-yaml', esm: 'mdx-esm', mdx: 'mdx-syntax', component: 'mdx-component', expression: 'mdx-expression', heading: 'heading-level', encoding: 'encoding' } as const;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

export function checkContent(snapshot: ContentSnapshot): ContentReport {
  const problems: ContentProblem[] = [];
  const categoryIds = snapshot.categories.map((c) => c.id);
  const schema = articleFrontmatterSchema(categoryIds);
  const articles: CheckedArticle[] = [];
  const articlesRoot = `${snapshot.displayRoot}/articles`;

  for (const { path: relative, source } of snapshot.articles) {
    const file = `${articlesRoot}/${relative}`;
    const parts = parseArticleId(relative);
    if (!parts || !relative.endsWith('.mdx')) {
      problems.push({ code: 'article-path', file, message: `articles must be at ${articlesRoot}/<locale>/<category>/<slug>.mdx. Move the file there.` });
      continue;
    }
    if (!snapshot.locales.includes(parts.locale)) {
      problems.push({ code: 'article-path', file, message: `"${parts.locale}" is not a language of this help center (${snapshot.locales.join(', ')}). Move the file, or add the locale to ${snapshot.displayRoot}/site.json.` });
      continue;
    }
    if (!SLUG.test(parts.slug)) {
      problems.push({ code: 'article-path', file, message: `the file name "${parts.slug}" is used as the URL, so it must be lowercase words joined by hyphens, e.g. "${parts.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx". Rename the file.` });
      continue;
    }

    const bytes = new TextEncoder().encode(source).length;
    if (bytes > MAX_ARTICLE_BYTES) {
      problems.push({ code: 'article-size', file, message: `is ${(bytes / 1024 / 1024).toFixed(1)} MB; an article is at most ${MAX_ARTICLE_BYTES / 1024} KB (customers read it on a phone). Split it into articles that each answer one question.` });
      continue;
    }
    const scan = scanMdx(source);
    const checked: CheckedArticle = { file, ...parts, scan };
    articles.push(checked);
    for (const problem of scan.problems) problems.push({ code: KIND_CODES[problem.kind], file, line: problem.line, message: problem.message });
    if (scan.problems.some((p) => p.kind === 'yaml' || p.kind === 'encoding')) continue;

    // A field the schema does not have is ignored by the build: most often a misspelt one.
    const known = Object.keys(schema.shape);
    for (const key of Object.keys(scan.frontmatter)) {
      if (known.includes(key)) continue;
      const near = closest(key, known);
      problems.push({ code: 'frontmatter-unknown', file, line: scan.fieldLines[key], field: key, message: `is not a frontmatter field${near ? ` (did you mean "${near}"?)` : ''}. Fields: ${known.join(', ')}.` });
    }

    const parsed = schema.safeParse(scan.frontmatter);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || 'frontmatter';
        const top = String(issue.path[0] ?? '');
        problems.push({ code: 'frontmatter-field', file, line: scan.fieldLines[top], field, message: issue.message });
      }
      continue;
    }
    checked.frontmatter = parsed.data;
    if (parsed.data.category !== parts.category) {
      problems.push({
        code: 'category-folder',
        file,
        line: scan.fieldLines.category,
        field: 'category',
        message: `says "${parsed.data.category}" but the file is in the "${parts.category}" folder. Move the file to ${articlesRoot}/${parts.locale}/${parsed.data.category}/ or change the field to "${parts.category}".`,
      });
    }
  }

  // Index of what exists, per locale, for cross-references.
  const bySlug = new Map<string, CheckedArticle[]>();
  for (const article of articles) {
    const key = `${article.locale}/${article.slug}`;
    bySlug.set(key, [...(bySlug.get(key) ?? []), article]);
  }
  for (const [key, same] of bySlug) {
    if (same.length < 2) continue;
    for (const article of same) {
      const others = same.filter((a) => a !== article).map((a) => a.file);
      problems.push({ code: 'duplicate-slug', file: article.file, message: `the slug "${key.split('/')[1]}" is also used by ${others.join(', ')}. Slugs must be unique within a language because "related" and links refer to them. Rename one of the files.` });
    }
  }

  /** With a category, prefers the article in it (duplicate slugs are reported separately). */
  const find = (locale: string, slug: string, category?: string): CheckedArticle | undefined => {
    const same = bySlug.get(`${locale}/${slug}`) ?? [];
    return same.find((a) => a.category === category) ?? same[0];
  };
  const published = (a: CheckedArticle | undefined) => a?.frontmatter && !a.frontmatter.draft;

  for (const article of articles) {
    const fm = article.frontmatter;
    if (fm) {
      fm.related.forEach((slug, index) => {
        // An untranslated article is fine: its default-language version stands in for it.
        const own = find(article.locale, slug);
        const target = (published(own) ? own : undefined) ?? find(snapshot.defaultLocale, slug) ?? own;
        // An article whose own frontmatter is invalid is reported there: it is not a draft.
        if (target && !target.frontmatter) return;
        if (!target) {
          const where = article.locale === snapshot.defaultLocale ? article.locale : `${article.locale} or ${snapshot.defaultLocale}`;
          problems.push({ code: 'related-missing', file: article.file, line: article.scan.fieldLines.related, field: `related[${index}]`, message: `"${slug}" is not an article in ${where}. Use the file name (without .mdx) of an existing article, or remove it.` });
        } else if (!published(target) && !fm.draft) {
          problems.push({ code: 'related-missing', file: article.file, line: article.scan.fieldLines.related, field: `related[${index}]`, message: `"${slug}" is a draft, so the link would be broken on the live site. Publish it or remove it from related.` });
        }
      });
    }
    for (const link of article.scan.links) checkLink(article, link, { find, published, categoryIds, snapshot, problems });
    for (const image of article.scan.images) {
      if (image.alt === undefined || image.alt.trim() === '') {
        problems.push({ code: 'image-alt', file: article.file, line: image.line, message: `the image "${image.src}" has no alt text. Describe what it shows for customers who cannot see it: ![What the picture shows](${image.src}).` });
      }
      if (/^(https?:)?\/\//i.test(image.src)) {
        problems.push({ code: 'image-remote', file: article.file, line: image.line, message: `the image "${image.src}" is on another website, which would make every visitor's browser contact it. Save the image in ${snapshot.displayRoot}/images/ and link it with a relative path.` });
      } else if (image.src && !image.src.startsWith('/') && !image.src.startsWith('{')) {
        const resolved = path.normalize(path.join('articles', path.dirname(`${article.locale}/${article.category}/x`), image.src));
        if (!snapshot.assets.has(resolved)) {
          problems.push({ code: 'image-missing', file: article.file, line: image.line, message: `the image "${image.src}" does not exist (looked for ${snapshot.displayRoot}/${resolved}). Check the file name and the ../ parts of the path.` });
        }
      }
    }
  }

  problems.push(...checkCategoryLanguages(snapshot), ...checkCategoryIcons(snapshot), ...checkLogo(snapshot));
  const uiStrings = readUiStrings(snapshot, problems);
  checkUiOverrides(snapshot, uiStrings, problems);

  // Grouped by file, top to bottom, the order a writer fixes them in.
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, articles, uiStrings };
}

/** Every language needs a valid UI strings file; missing keys only fall back to the default language. */
function readUiStrings(snapshot: ContentSnapshot, problems: ContentProblem[]): Record<string, Record<string, string>> {
  const strings: Record<string, Record<string, string>> = {};
  if (!snapshot.uiStrings) return strings;
  const { dir, files } = snapshot.uiStrings;
  for (const locale of snapshot.locales) {
    const file = `${dir}/${locale}.json`;
    const text = files[locale];
    if (text === undefined) {
      problems.push({ code: 'ui-strings', file, message: `is missing, but ${snapshot.displayRoot}/site.json lists the language "${locale}". Copy ${dir}/${snapshot.defaultLocale}.json to ${file} and translate the texts.` });
      continue;
    }
    const parsed = parseUiStrings(file, text, problems);
    if (parsed) strings[locale] = parsed;
  }
  return strings;
}

/** A UI strings file's texts, or undefined after reporting why it cannot be read. */
function parseUiStrings(file: string, text: string, problems: ContentProblem[]): Record<string, string> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ code: 'ui-strings', file, message: `is not valid JSON (${(error as Error).message}). Check quotes and commas.` });
    return undefined;
  }
  const parsed = uiStringsSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push({ code: 'ui-strings', file, field: issue.path.join('.') || undefined, message: issue.message });
  return undefined;
}

/**
 * The company's wording overrides (`content/ui/<code>.json`): each key must be a UI text the
 * site has, and keep its {placeholders} (the site fills them in: "Back to {shop}").
 */
function checkUiOverrides(snapshot: ContentSnapshot, uiStrings: Record<string, Record<string, string>>, problems: ContentProblem[]): void {
  for (const [locale, text] of Object.entries(snapshot.uiOverrides ?? {})) {
    const file = `${snapshot.displayRoot}/ui/${locale}.json`;
    const parsed = parseUiStrings(file, text, problems);
    if (!parsed) continue;
    const site = uiStrings[locale] ?? uiStrings[snapshot.defaultLocale] ?? {};
    const keys = Object.keys(site);
    if (!keys.length) continue;
    for (const [key, value] of Object.entries(parsed)) {
      const original = site[key];
      if (original === undefined) {
        const near = closest(key, keys);
        problems.push({ code: 'ui-strings', file, field: key, message: `is not a UI text of the site${near ? ` (did you mean "${near}"?)` : ''}. The texts are listed in ${snapshot.uiStrings?.dir ?? 'src/i18n'}/${locale}.json.` });
        continue;
      }
      const wanted = [...original.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      const found = [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      if (wanted.join() !== found.join()) problems.push({ code: 'ui-strings', file, field: key, message: `must keep the placeholders of the original ("${original}"): ${wanted.length ? wanted.map((w) => `{${w}}`).join(', ') : 'none'}; found ${found.length ? found.map((w) => `{${w}}`).join(', ') : 'none'}.` });
    }
  }
}

interface LinkContext {
  find: (locale: string, slug: string, category?: string) => CheckedArticle | undefined;
  published: (a: CheckedArticle | undefined) => boolean | undefined;
  categoryIds: string[];
  snapshot: ContentSnapshot;
  problems: ContentProblem[];
}

/**
 * Category translations must be for languages of the site, and a category id must not be a
 * language code (both would be the first segment of a URL: /ko/ is Korean's home).
 */
function checkCategoryLanguages(snapshot: ContentSnapshot): ContentProblem[] {
  const file = `${snapshot.displayRoot}/categories.json`;
  const problems: ContentProblem[] = [];
  snapshot.categories.forEach((category) => {
    if (snapshot.locales.includes(category.id)) {
      problems.push({ code: 'category-translation', file, field: `"${category.id}".id`, message: `"${category.id}" is also a language code, and /${category.id}/ is that language's home. Rename the category.` });
    }
    for (const code of Object.keys(category.translations)) {
      if (code === snapshot.defaultLocale) {
        problems.push({ code: 'category-translation', file, field: `"${category.id}".translations.${code}`, message: `"${code}" is the default language: its title and description are the category's own "title" and "description". Remove this translation.` });
      } else if (!snapshot.locales.includes(code)) {
        problems.push({ code: 'category-translation', file, field: `"${category.id}".translations.${code}`, message: `"${code}" is not a language of this help center (${snapshot.locales.join(', ')}). Fix the code or add the language to ${snapshot.displayRoot}/site.json.` });
      }
    }
  });
  return problems;
}

/**
 * Internal links are written `/category/slug/#anchor` (no base path; the article's own
 * language) or `/ko/category/slug/` (a language named explicitly, as translators do). A link to
 * an article a language has not translated is valid: the default-language article stands in
 * for it. Links to other sites, mailto: and tel: are not checked.
 */
function checkLink(article: CheckedArticle, link: { url: string; line: number }, ctx: LinkContext): void {
  const { url, line } = link;
  const report = (code: ContentProblem['code'], message: string) => ctx.problems.push({ code, file: article.file, line, message });
  if (SCHEME.test(url) || url.startsWith('//')) return;
  if (url.startsWith('#')) {
    const anchor = decodeURIComponent(url.slice(1));
    if (anchor && !article.scan.anchors.has(anchor)) {
      report('link-missing-anchor', `the link "${url}" points to a heading this article does not have. Headings here: ${listAnchors(article)}.`);
    }
    return;
  }
  if (!url.startsWith('/')) {
    report('link-form', `the link "${url}" is relative. Write links to other articles as /<category>/<slug>/, e.g. /returns/start-a-return/.`);
    return;
  }
  const [pathPart = '', anchorPart] = url.split('#', 2);
  const segments = pathPart.split('?')[0]!.split('/').filter(Boolean);
  const { defaultLocale, locales } = ctx.snapshot;
  if (segments[0] === defaultLocale) {
    report('link-missing-article', `the link "${url}" starts with /${defaultLocale}/, but ${defaultLocale} pages have no language prefix. Write /${segments.slice(1).join('/')}${segments.length > 1 ? '/' : ''}${anchorPart ? `#${anchorPart}` : ''}.`);
    return;
  }
  const linkLocale = locales.includes(segments[0]!) ? segments.shift()! : article.locale;
  const prefix = linkLocale === defaultLocale ? '' : `/${linkLocale}`;
  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'search')) return;
  const [category, slug, ...rest] = segments;
  if (!ctx.categoryIds.includes(category!) || rest.length > 0) {
    report('link-missing-article', `the link "${url}" does not lead to a page of this help center. Write links to articles as ${prefix}/<category>/<slug>/ with a category from: ${ctx.categoryIds.join(', ')}.`);
    return;
  }
  if (!slug) return;
  // The article in the link's language, or the default-language article standing in for it
  // (also while the translation is still a draft).
  const own = ctx.find(linkLocale, slug, category);
  const target = (ctx.published(own) ? own : undefined) ?? ctx.find(defaultLocale, slug, category) ?? own;
  if (!target || target.category !== category) {
    const elsewhere = target ? ` It is in "${target.category}": use ${prefix}/${target.category}/${slug}/.` : ' Check the spelling against the file names in that folder.';
    report('link-missing-article', `the link "${url}" points to an article that does not exist.${elsewhere}`);
    return;
  }
  if (!target.frontmatter) return;
  if (!ctx.published(target) && !article.frontmatter?.draft) {
    report('link-missing-article', `the link "${url}" points to a draft, which is not published. Publish it first or remove the link.`);
    return;
  }
  if (anchorPart) {
    const anchor = decodeURIComponent(anchorPart);
    if (!target.scan.anchors.has(anchor)) {
      report('link-missing-anchor', `the link "${url}" points to a heading "#${anchor}" that ${target.file} does not have. Headings there: ${listAnchors(target)}.`);
    }
  }
}

function listAnchors(article: CheckedArticle): string {
  const anchors = [...article.scan.anchors];
  return anchors.length ? anchors.map((a) => `#${a}`).join(', ') : '(none)';
}
