/**
 * Loads a built site's Pagefind search (dist/pagefind/pagefind.js) inside Node, so the same
 * query code the browser runs can be calibrated at build time (search-calibration-worker.ts)
 * and measured from a script. Pagefind fetches its index with fetch(); Node's fetch cannot read
 * file: URLs, so this serves them from disk. It replaces the global `fetch` and `document`:
 * call it in a process or thread of its own.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR, siteLexicon, type SiteLexicon } from '../lib/search/lexicon.ts';
import type { PagefindApi } from '../lib/search/types.ts';

/**
 * `language` picks the index, as `<html lang>` does in the browser. Each language gets its own
 * copy of the module (Pagefind keeps one index per loaded module).
 */
export async function loadPagefind(distDir: string, basePath = '/', language = 'en'): Promise<PagefindApi> {
  const root = path.resolve(distDir);
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'file:///');
    if (url.protocol !== 'file:') return realFetch(input, init);
    // Pagefind asks for /pagefind/… relative to the site root: map it onto dist/.
    const relative = decodeURIComponent(url.pathname).replace(new RegExp(`^.*?${basePath}pagefind/`), 'pagefind/');
    const data = await readFile(path.join(root, relative));
    return new Response(data);
  }) as typeof fetch;
  const module = (await import(`${pathToFileURL(path.join(root, 'pagefind', 'pagefind.js')).href}?language=${encodeURIComponent(language)}`)) as PagefindApi;
  // Pagefind reads <html lang> when it initialises, to choose the language index; give it a
  // minimal document. `currentScript: null` as in a module: the next language's copy of
  // pagefind.js asks for it when it loads, and an undefined one sent it to `location`.
  (globalThis as { document?: unknown }).document = { currentScript: null, documentElement: { lang: language }, querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => language } : null) };
  await module.options({ basePath: `${pathToFileURL(path.join(root, 'pagefind')).href}/`, baseUrl: basePath });
  await module.init();
  return module;
}

/** The site's word lists of one language in a built site (dist/search-words/<locale>/), read from disk as the browser fetches them. */
export function siteLexiconOnDisk(distDir: string, locale: string): SiteLexicon {
  return siteLexicon(locale, (file) => readFile(path.join(distDir, LEXICON_DIR, locale, file), 'utf8').catch(() => undefined));
}
