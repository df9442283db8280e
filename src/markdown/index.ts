/**
 * What Astro's Markdown engine is given for every article (astro.config.mjs), in one place so
 * the tests compile Markdown the way the site does: its features, and our plugins in order.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { internalLinks, type InternalLinkOptions } from './internal-links.ts';
import { scrollableTables, type ScrollableTableOptions } from './scrollable-tables.ts';
import { taskListLabels } from './task-list-labels.ts';
import { emDashes, imageAltAsTyped } from './typography.ts';

export type ArticleMarkdownOptions = InternalLinkOptions & Pick<ScrollableTableOptions, 'labels'>;

export function articleMarkdown(options: ArticleMarkdownOptions): SatteriProcessorOptions {
  return {
    // GFM on (the engine's default). Its dashes are ours (typography.ts: `--` is an em dash,
    // as the pages had it before the engine compiled them).
    features: { smartPunctuation: { dashes: false } },
    mdastPlugins: [emDashes, imageAltAsTyped, internalLinks(options)],
    hastPlugins: [taskListLabels, scrollableTables({ articlesDir: options.articlesDir, defaultLocale: options.defaultLocale, labels: options.labels })],
  };
}
