/**
 * Browser side of search, shared by the search box and the search page: loads Pagefind on
 * first use, runs the site's query logic, and turns results into plain data for rendering.
 */
import { excerptParts, highlightWords } from '../lib/search/excerpt.ts';
import { ArticleFinder, type FindOptions, type FoundArticles } from '../lib/search/find-articles.ts';
import { LEXICON_DIR, siteLexicon, type SiteLexicon } from '../lib/search/lexicon.ts';
import type { PagefindApi } from '../lib/search/types.ts';

export interface SearchConfig {
  base: string;
  searchPage: string;
  locale: string;
  synonyms: string[][];
  endpoint: string | null;
  strings: Record<string, string>;
}

export interface ArticleHit {
  url: string;
  title: string;
  category: string;
  excerpt: ReturnType<typeof excerptParts>;
}

let finder: Promise<ArticleFinder> | undefined;

/** Downloads Pagefind (JS, WebAssembly, index metadata) once; later calls reuse it. */
export function loadFinder(base: string): Promise<ArticleFinder> {
  finder ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Main thread: our searches are tiny, and the worker would add a second 43 KB download.
    await pagefind.options({ baseUrl: base, noWorker: true });
    await pagefind.init();
    return new ArticleFinder(pagefind);
  })();
  finder.catch(() => (finder = undefined));
  return finder;
}

let lexicon: SiteLexicon | undefined;

/** The site's words in the page's language, fetched a shard at a time when a query needs them. */
function lexiconOf(config: SearchConfig): SiteLexicon {
  lexicon ??= siteLexicon(config.locale, async (file) => {
    try {
      const response = await fetch(`${config.base}${LEXICON_DIR}/${config.locale}/${file}`);
      return response.ok ? await response.text() : undefined;
    } catch {
      return undefined;
    }
  });
  return lexicon;
}

/**
 * `typing`: results as you type (the last word may be unfinished); `literal`: the words as
 * typed, without spelling corrections ("search instead for …").
 */
export async function findArticles(config: SearchConfig, query: string, mode: Pick<FindOptions, 'typing' | 'literal'> = {}): Promise<FoundArticles> {
  return (await loadFinder(config.base)).find(query, { synonyms: config.synonyms, locale: config.locale, lexicon: lexiconOf(config), ...mode });
}

/**
 * The article's one-sentence answer is the best snippet a help center can show, so it is the
 * excerpt, with the searched words highlighted. Pagefind's own excerpt is the fallback for
 * pages without one (its window often lands on the hidden keyword list, which reads badly).
 */
export async function loadHits(found: FoundArticles, limit: number): Promise<ArticleHit[]> {
  const searched = found.terms.flatMap((t) => t.variants);
  return Promise.all(
    found.results.slice(0, limit).map(async ({ result }) => {
      const data = await result.data();
      const answer = data.meta.description;
      const excerpt = answer ? (highlightWords(answer, searched) ?? [{ text: answer, highlighted: false }]) : excerptParts(data.excerpt);
      return { url: data.url, title: data.meta.title ?? data.url, category: data.meta.category ?? '', excerpt };
    }),
  );
}

/** "3 articles found" with the language's plural form (Russian: 1 статья, 3 статьи, 5 статей). */
export function pluralCount(config: SearchConfig, count: number): string {
  const form = new Intl.PluralRules(config.locale).select(count);
  const template = config.strings[`count.${form}`] ?? config.strings['count.other']!;
  return template.replace('{count}', new Intl.NumberFormat(config.locale).format(count));
}

export function fill(template: string, query: string): string {
  return template.replace('{query}', query);
}

/** Renders an excerpt as text nodes and <mark> elements (never as HTML). */
export function renderExcerpt(target: HTMLElement, hit: ArticleHit): void {
  target.replaceChildren(
    ...hit.excerpt.map((part) => {
      if (!part.highlighted) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
  );
}

export function readConfig(element: HTMLElement): SearchConfig {
  return JSON.parse(element.dataset.config ?? '{}') as SearchConfig;
}
