/**
 * Writes a Starlight site that holds the same help center as a content folder of ours, set up
 * as a help center would set Starlight up (issue 18): the same articles in the same languages,
 * English standing in for missing translations (Starlight's own fallback pages), a sidebar of
 * one link per category (not Starlight's default of one link per article), a home and a page
 * per category listing its articles, as our site has, and Pagefind search (Starlight's
 * default). Used by scripts/bench-starlight.ts. The site is written into Starlight's install
 * folder, beside its package.json and node_modules: from a folder below it, the build left
 * Starlight's pages to Node's loader, which failed on their `astro:` imports.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { categoriesFileSchema, siteSettingsSchema, type Category, type SiteSettings } from '../../src/schema.ts';

/** Our `<Callout type>` as Starlight's `<Aside type>`. */
const ASIDE_TYPES: Record<string, string> = { info: 'note', tip: 'tip', warning: 'caution' };

interface Article {
  locale: string;
  category: string;
  slug: string;
  title: string;
  description: string;
}

const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** A frontmatter field on one line (`title: "…"`, `order: 3`), as our articles write them. */
function field(frontmatter: string, name: string): string | undefined {
  const value = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(frontmatter)?.[1]?.trim();
  if (value === undefined || value === '') return undefined;
  // A quoted YAML string: JSON reads double quotes; single quotes double themselves.
  if (value.startsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** A YAML double-quoted string (JSON's escapes are YAML's). */
const yamlString = (text: string) => JSON.stringify(text);

/**
 * One article as a Starlight page: our frontmatter kept (Starlight's schema drops the fields it
 * does not know) plus its own names for the date and the order; `<Callout>` as `<Aside>`, both
 * imported as Starlight's MDX needs; relative image paths pointing at the copied images.
 */
function toStarlightPage(source: string, rewriteImage: (relative: string) => string): { text: string; title: string; description: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new Error('An article without frontmatter: run `npm run check:content` on the content folder.');
  const frontmatter = match[1]!;
  const body = source.slice(match[0].length);
  const updated = field(frontmatter, 'updated');
  const order = field(frontmatter, 'order');
  const extra = [updated ? `lastUpdated: ${updated}` : '', order ? `sidebar:\n  order: ${order}` : ''].filter(Boolean).join('\n');
  const converted = body
    .replace(/<Callout\b([^>]*)>/g, (_, attributes: string) => `<Aside${attributes.replace(/type="(\w+)"/, (__, type: string) => `type="${ASIDE_TYPES[type] ?? 'note'}"`)}>`)
    .replace(/<\/Callout>/g, '</Aside>')
    .replace(/(!\[[^\]]*\]\()(\.{1,2}\/[^)\s]+)/g, (_, start: string, relative: string) => `${start}${rewriteImage(relative)}`);
  const text = `---\n${frontmatter}\n${extra}\n---\n\nimport { Aside, Steps } from '@astrojs/starlight/components';\n\n${converted}`;
  return { text, title: field(frontmatter, 'title') ?? '', description: field(frontmatter, 'description') ?? '' };
}

function listArticles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Where a page of `locale` lives: the default language at the root, as on our site. */
const localePrefix = (locale: string, settings: SiteSettings) => (locale === settings.locales[0]!.code ? '' : `${locale}/`);

function indexPage(title: string, description: string, links: { title: string; href: string; description?: string }[], splash: boolean): string {
  const items = links.map((l) => `- [${l.title.replace(/[[\]]/g, '\\$&')}](${l.href})${l.description ? `: ${l.description}` : ''}`);
  return `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\n${splash ? 'template: splash\n' : ''}---\n\n${items.join('\n')}\n`;
}

/**
 * Writes the site into `siteDir`, the folder Starlight is installed in: astro.config.mjs and
 * src/ (the content config, the pages, their images), replacing the last ones. Returns the
 * number of article files written.
 */
export function writeStarlightSite(contentDir: string, siteDir: string): { articles: number } {
  const settings = siteSettingsSchema.parse(json(path.join(contentDir, 'site.json')));
  const categories: Category[] = categoriesFileSchema.parse(json(path.join(contentDir, 'categories.json'))).sort((a, b) => a.order - b.order);
  const defaultLocale = settings.locales[0]!.code;
  const codes = new Set(settings.locales.map((l) => l.code));
  rmSync(path.join(siteDir, 'src'), { recursive: true, force: true });
  const docs = path.join(siteDir, 'src', 'content', 'docs');
  const assets = path.join(siteDir, 'src', 'assets', 'content');
  mkdirSync(docs, { recursive: true });

  const articlesDir = path.join(contentDir, 'articles');
  const articles: Article[] = [];
  for (const file of listArticles(articlesDir)) {
    const [locale, category, name] = file.split('/');
    if (!locale || !category || !name || !codes.has(locale)) continue;
    const slug = name.replace(/\.mdx?$/, '');
    const target = path.join(docs, localePrefix(locale, settings), category, `${slug}.mdx`);
    const rewriteImage = (relative: string) => {
      // The image where our article points, copied under src/assets and pointed at from the new place.
      const original = path.resolve(path.dirname(path.join(articlesDir, file)), relative);
      const copy = path.join(assets, path.relative(contentDir, original));
      mkdirSync(path.dirname(copy), { recursive: true });
      if (existsSync(original)) copyFileSync(original, copy);
      return path.relative(path.dirname(target), copy).split(path.sep).join('/');
    };
    const page = toStarlightPage(readFileSync(path.join(articlesDir, file), 'utf8'), rewriteImage);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, page.text);
    articles.push({ locale, category, slug, title: page.title, description: page.description });
  }

  // Home and category pages in every language, listing its translations and the default
  // language's articles it lacks, as our category pages do (Starlight's fallback serves those).
  for (const { code } of settings.locales) {
    const prefix = localePrefix(code, settings);
    const own = new Set(articles.filter((a) => a.locale === code).map((a) => `${a.category}/${a.slug}`));
    const shown = [...articles.filter((a) => a.locale === code), ...articles.filter((a) => a.locale === defaultLocale && !own.has(`${a.category}/${a.slug}`))];
    const title = (c: Category) => c.translations[code]?.title ?? c.title;
    const description = (c: Category) => c.translations[code]?.description ?? c.description;
    mkdirSync(path.join(docs, prefix), { recursive: true });
    writeFileSync(path.join(docs, prefix, 'index.mdx'), indexPage(settings.name, settings.name, categories.map((c) => ({ title: title(c), href: `/${prefix}${c.id}/`, description: description(c) })), true));
    for (const c of categories) {
      const links = shown.filter((a) => a.category === c.id).map((a) => ({ title: a.title, href: `/${prefix}${a.category}/${a.slug}/`, description: a.description }));
      mkdirSync(path.join(docs, prefix, c.id), { recursive: true });
      writeFileSync(path.join(docs, prefix, c.id, 'index.mdx'), indexPage(title(c), description(c), links, false));
    }
  }

  const locales = Object.fromEntries(settings.locales.map((l) => [l.code === defaultLocale ? 'root' : l.code, { label: l.label, lang: l.code, ...(l.dir === 'rtl' ? { dir: 'rtl' } : {}) }]));
  const sidebar = categories.map((c) => ({
    label: c.title,
    translations: Object.fromEntries(Object.entries(c.translations).filter(([code]) => codes.has(code)).map(([code, t]) => [code, t.title])),
    slug: c.id,
  }));
  const starlight = { title: settings.name, ...(settings.locales.length > 1 ? { defaultLocale: 'root', locales } : {}), sidebar };
  writeFileSync(
    path.join(siteDir, 'astro.config.mjs'),
    `// Written by scripts/bench/starlight-site.ts.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: ${JSON.stringify(settings.url)},
  integrations: [starlight(${JSON.stringify(starlight, null, 2)})],
});
`,
  );
  mkdirSync(path.join(siteDir, 'src'), { recursive: true });
  writeFileSync(
    path.join(siteDir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return { articles: articles.length };
}
