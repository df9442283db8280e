/**
 * Writers link to articles as `/category/slug/#anchor` (in the article's own language) or, in
 * translations, `/ko/category/slug/`. At build time this adds the site's base path and, for
 * unprefixed links, the article's locale prefix, so the same link works on any host and in
 * every language. The content checker has already verified the target exists.
 *
 * A plugin of Astro's Markdown engine, on the Markdown tree: links and link definitions
 * (`[x][ref]` … `[ref]: /orders/x/`), as written and as GFM finds them in the text.
 */
import { parseArticleId } from '../lib/articles.ts';
import { resolveInternalHref } from '../lib/urls.ts';
import { pathUnder, type MdastPluginEntry } from './engine.ts';

export interface InternalLinkOptions {
  base: string;
  defaultLocale: string;
  /** Every language code: a link starting with one (`/ko/…`) already names its language. */
  locales: readonly string[];
  /** Absolute path of content/articles, to read the locale from the file's path. */
  articlesDir: string;
}

export function internalLinks(options: InternalLinkOptions): MdastPluginEntry {
  // Called once per file, before it is parsed: the file's language is known here.
  return ({ fileURL }) => {
    const relative = pathUnder(options.articlesDir, fileURL);
    const locale = (relative && parseArticleId(relative)?.locale) || options.defaultLocale;
    const resolve = (url: string) => resolveInternalHref(url, { base: options.base, locale, defaultLocale: options.defaultLocale }, options.locales);
    return {
      name: 'internal-links',
      link(node, engine) {
        const url = resolve(node.url);
        if (url !== node.url) engine.setProperty(node, 'url', url);
      },
      definition(node, engine) {
        const url = resolve(node.url);
        if (url !== node.url) engine.setProperty(node, 'url', url);
      },
    };
  };
}
