/**
 * How far each language is translated: which default-language articles it lacks or has an
 * older translation of (by `updated` date), which category names and UI strings are missing.
 * Informational: customers see the default-language article with a notice wherever a
 * translation is missing, so none of this stops the build. Pure: works on the checker's report.
 */
import type { Category } from '../../schema.ts';
import type { CheckedArticle } from './check-content.ts';

export interface OutdatedTranslation {
  /** `category/slug` */
  article: string;
  updated: Date;
  sourceUpdated: Date;
}

export interface LocaleCoverage {
  locale: string;
  /** Published articles of the default language. */
  total: number;
  /** How many of them this language has a published translation of. */
  translated: number;
  /** `category/slug` of articles without a published translation, in category and file order. */
  missing: string[];
  /** Translations last checked before their default-language article was updated. */
  outdated: OutdatedTranslation[];
  /** Published translations whose default-language article does not exist (or is a draft). */
  withoutSource: string[];
  /** Category ids without a title and description in this language. */
  categoriesMissing: string[];
  /** UI string keys of the default language this language does not have. */
  uiStringsMissing: string[];
  /** UI strings that lost a `{placeholder}` the default-language text has. */
  uiPlaceholdersMissing: { key: string; placeholders: string[] }[];
}

export interface CoverageInput {
  articles: readonly CheckedArticle[];
  categories: readonly Category[];
  locales: readonly string[];
  defaultLocale: string;
  /** UI strings per language code; a language without a file is absent. */
  uiStrings?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])];

/**
 * Plural keys differ by language (Russian has `.few` and `.many`, Korean only `.other`): a
 * language has a plural message when it has any form of it.
 */
const pluralBase = (key: string) => key.replace(/\.(zero|one|two|few|many|other)$/, '');

export function translationCoverage(input: CoverageInput): LocaleCoverage[] {
  const published = input.articles.filter((a) => a.frontmatter && !a.frontmatter.draft);
  const key = (a: CheckedArticle) => `${a.category}/${a.slug}`;
  const sources = published.filter((a) => a.locale === input.defaultLocale).sort((a, b) => categoryRank(input.categories, a) - categoryRank(input.categories, b) || a.file.localeCompare(b.file));
  const sourceByKey = new Map(sources.map((a) => [key(a), a]));
  const defaultStrings = input.uiStrings?.[input.defaultLocale] ?? {};

  return input.locales
    .filter((locale) => locale !== input.defaultLocale)
    .map((locale) => {
      const own = published.filter((a) => a.locale === locale);
      const ownKeys = new Set(own.map(key));
      const outdated = own.flatMap((a): OutdatedTranslation[] => {
        const source = sourceByKey.get(key(a));
        const updated = a.frontmatter!.updated;
        return source && updated.getTime() < source.frontmatter!.updated.getTime() ? [{ article: key(a), updated, sourceUpdated: source.frontmatter!.updated }] : [];
      });
      const strings = input.uiStrings?.[locale] ?? {};
      const present = new Set(Object.keys(strings).map(pluralBase));
      return {
        locale,
        total: sources.length,
        translated: sources.filter((s) => ownKeys.has(key(s))).length,
        missing: sources.filter((s) => !ownKeys.has(key(s))).map(key),
        outdated: outdated.sort((a, b) => a.article.localeCompare(b.article)),
        withoutSource: own.filter((a) => !sourceByKey.has(key(a))).map(key).sort(),
        categoriesMissing: input.categories.filter((c) => !c.translations[locale]).map((c) => c.id),
        uiStringsMissing: Object.keys(defaultStrings).filter((k) => !(k in strings) && !(k !== pluralBase(k) && present.has(pluralBase(k)))),
        uiPlaceholdersMissing: Object.entries(strings).flatMap(([k, text]) => {
          const expected = placeholders(defaultStrings[k] ?? defaultStrings[`${pluralBase(k)}.other`] ?? '');
          const lost = expected.filter((p) => !text.includes(p));
          return lost.length ? [{ key: k, placeholders: lost }] : [];
        }),
      };
    });
}

function categoryRank(categories: readonly Category[], article: CheckedArticle): number {
  const index = categories.findIndex((c) => c.id === article.category);
  return index === -1 ? categories.length : index;
}

/** The report `npm run check:content` prints, readable at 80 columns. */
export function formatCoverage(coverage: readonly LocaleCoverage[], options: { defaultLocale: string; labels?: Readonly<Record<string, string>>; contentRoot?: string }): string {
  if (coverage.length === 0) return '';
  const labels = options.labels ?? {};
  const fallback = labels[options.defaultLocale] ?? options.defaultLocale;
  const lines = [`Translations (for information; where one is missing, customers get the ${fallback} article with a notice):`];
  for (const c of coverage) {
    const name = labels[c.locale] ? `${c.locale} (${labels[c.locale]})` : c.locale;
    const parts = [`${c.translated} of ${c.total} articles translated`];
    if (c.outdated.length) parts.push(`${c.outdated.length} older than the source`);
    lines.push('', `  ${name}: ${parts.join(', ')}`);
    if (c.outdated.length) {
      lines.push('    outdated (updated: translation, source):');
      for (const o of c.outdated) lines.push(`      ${o.article}  ${day(o.updated)}, ${day(o.sourceUpdated)}`);
    }
    if (c.missing.length) lines.push(`    missing (${c.missing.length}):`, ...wrap(c.missing, '      '));
    if (c.withoutSource.length) lines.push(`    no source article (shown in this language only):`, ...wrap(c.withoutSource, '      '));
    if (c.categoriesMissing.length) lines.push(`    category names not translated (${options.contentRoot ?? 'content'}/categories.json): ${c.categoriesMissing.join(', ')}`);
    if (c.uiStringsMissing.length) lines.push(`    UI strings missing in src/i18n/${c.locale}.json (shown in ${fallback}):`, ...wrap(c.uiStringsMissing, '      '));
    for (const p of c.uiPlaceholdersMissing) lines.push(`    UI string "${p.key}" in src/i18n/${c.locale}.json lacks ${p.placeholders.join(', ')}: add it back where the value belongs.`);
  }
  return lines.join('\n');
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function wrap(items: readonly string[], indent: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (line && indent.length + next.length > width) {
      lines.push(`${indent}${line},`);
      line = item;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}
