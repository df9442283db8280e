/**
 * `npm run new -- "How do I freeze my card?" --category cards [--locale en] [--content content]`
 * Writes a new draft article with valid frontmatter and a skeleton in the house style, and
 * prints its path and the address it will have. Never overwrites a file.
 *
 * Exit codes: 0 written, 2 bad usage (no title, unknown category or language, file exists).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, contentDir, displayPath, loadCategories, loadSiteSettings } from '../src/content-files.ts';
import { newArticle } from '../src/lib/authoring/new-article.ts';
import { closest } from '../src/lib/content-check/scan-mdx.ts';
import { absoluteUrl, articleUrl, normalizeBase } from '../src/lib/urls.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = 'Usage: npm run new -- "How do I freeze my card?" --category <category id> [--locale <code>]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = parseCommandLine({ allowPositionals: true, options: { category: { type: 'string' }, locale: { type: 'string' }, content: { type: 'string' } } }, USAGE);
const title = args.positionals.join(' ').trim();
if (!title) fail(`Give the article's title: the customer's question, in their words.\n${USAGE}`);
const dir = args.values.content ? path.resolve(args.values.content) : contentDir();
let ids: string[];
let locales: string[];
let settingsUrl: string;
let base: string;
try {
  const settings = loadSiteSettings(dir);
  ids = loadCategories(dir).map((c) => c.id);
  locales = settings.locales.map((l) => l.code);
  settingsUrl = settings.url;
  base = normalizeBase(process.env.BASE_PATH ?? settings.basePath);
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}
const category = args.values.category;
if (!category || !ids.includes(category)) {
  const near = category ? closest(category, ids) : undefined;
  fail(`${category ? `"${category}" is not a category${near ? ` (did you mean "${near}"?)` : ''}` : 'Give the category'}: one of ${ids.join(', ')}.\n${USAGE}`);
}
const locale = args.values.locale ?? locales[0]!;
if (!locales.includes(locale)) fail(`"${locale}" is not a language of this help center (${locales.join(', ')}).`);
if (title.length > 120) fail(`The title is ${title.length} characters; at most 120. Shorten it to the question a customer would type.`);

const article = newArticle({ title, category, locale, today: new Date() });
const file = path.join(dir, 'articles', article.path);
if (existsSync(file)) fail(`${displayPath(file)} already exists. Choose another title, or edit that article.`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, article.content);
const address = articleUrl({ base, locale, defaultLocale: locales[0]! }, category, article.slug);
console.log(`Wrote ${displayPath(file)} (a draft: previewed by npm run dev, published when you remove draft: true).`);
console.log(`Its address: ${absoluteUrl(settingsUrl, address)}`);
