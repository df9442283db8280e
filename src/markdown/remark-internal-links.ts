/**
 * Writers link to articles as `/category/slug/#anchor` (in the article's own language) or, in
 * translations, `/ko/category/slug/`. At build time this adds the site's base path and, for
 * unprefixed links, the article's locale prefix, so the same link works on any host and in
 * every language. The content checker has already verified the target exists.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseArticleId } from '../lib/articles.ts';
import { resolveInternalHref } from '../lib/urls.ts';

export interface InternalLinkOptions {
  base: string;
  defaultLocale: string;
  /** Every language code: a link starting with one (`/ko/…`) already names its language. */
  locales: readonly string[];
  /** Absolute path of content/articles, to read the locale from the file's path. */
  articlesDir: string;
}

export function remarkInternalLinks(options: InternalLinkOptions) {
  return (tree: Root, file: { path?: string }) => {
    const relative = file.path?.startsWith(options.articlesDir) ? file.path.slice(options.articlesDir.length + 1) : undefined;
    const locale = (relative && parseArticleId(relative)?.locale) || options.defaultLocale;
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as { url: string };
      link.url = resolveInternalHref(link.url, { base: options.base, locale, defaultLocale: options.defaultLocale }, options.locales);
    });
  };
}
