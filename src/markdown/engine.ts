/**
 * The plugin shapes of Astro's default Markdown engine (compiled in Rust, with visitors in
 * JavaScript), named once. They come from the options of `@astrojs/markdown-satteri`, the
 * package astro.config.mjs takes the engine from, so nothing imports the engine's own package.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';

/** An entry of `mdastPlugins`: runs on the Markdown tree (links, headings, …) before HTML. */
export type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];
/** An entry of `hastPlugins`: runs on the HTML tree the engine made from the Markdown. */
export type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * An article's path under the articles folder (`ru/orders/x.mdx`), where its language is the
 * first folder; '' for a file elsewhere or when the engine was given no file.
 */
export function pathUnder(articlesDir: string | undefined, fileURL: URL | undefined): string {
  if (!articlesDir || fileURL?.protocol !== 'file:') return '';
  const file = fileURLToPath(fileURL);
  return file.startsWith(articlesDir) ? file.slice(articlesDir.length + 1) : '';
}
