/**
 * Wide tables scroll sideways on phones. A scrolling box must be reachable by keyboard
 * (WCAG 2.1.1), so each table is wrapped in a focusable region named after the table's
 * header cells, in the article's language ("Таблица: …" on a Russian page).
 *
 * A plugin of Astro's Markdown engine, on the HTML tree of each table.
 */
import type { Element, ElementContent } from 'hast';
import { interpolate } from '../lib/i18n.ts';
import { pathUnder, type HastPluginEntry } from './engine.ts';

export interface ScrollableTableOptions {
  /** The articles folder: an article's language is the first folder under it. */
  articlesDir?: string;
  defaultLocale?: string;
  /**
   * The region's name per language: `table.label` ("Table: {headers}") and `table.unnamed` of
   * src/i18n/<code>.json (this runs while Markdown is compiled, outside the site's i18n).
   */
  labels?: Record<string, { label: string; unnamed: string }>;
}

const ENGLISH = { label: 'Table: {headers}', unnamed: 'Table' };

/** The text of a node: its text nodes, in order (a header cell's words without markup). */
function text(node: ElementContent): string {
  return node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '';
}

/**
 * Whitespace between a table's rows and cells (the engine keeps the Markdown's line breaks
 * there, MDX's own compiler dropped them): a text node of a table, row group or row where
 * HTML allows none. Removed so the page stays as it was (BENCHMARKS.md, issue 18).
 */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
function interRowWhitespace(node: Element, into: ElementContent[] = []): ElementContent[] {
  for (const child of node.children) {
    if (child.type === 'text' && TABLE_PARTS.has(node.tagName) && child.value.trim() === '') into.push(child);
    else if (child.type === 'element' && TABLE_PARTS.has(child.tagName)) interRowWhitespace(child, into);
  }
  return into;
}

/** Every header cell's text, in document order. */
function headerCells(node: ElementContent, into: string[] = []): string[] {
  if (node.type !== 'element') return into;
  if (node.tagName === 'th') into.push(text(node).trim());
  for (const child of node.children) headerCells(child, into);
  return into;
}

export function scrollableTables(options: ScrollableTableOptions = {}): HastPluginEntry {
  // Called once per file, before it is parsed: the file's language is known here.
  return ({ fileURL }) => {
    const locale = pathUnder(options.articlesDir, fileURL).split(/[\\/]/)[0] || options.defaultLocale || 'en';
    const labels = options.labels?.[locale] ?? options.labels?.[options.defaultLocale ?? 'en'] ?? ENGLISH;
    return {
      name: 'scrollable-tables',
      element: {
        filter: ['table'],
        visit(table, engine) {
          for (const space of interRowWhitespace(table)) engine.removeNode(space);
          const headers = headerCells(table as Element);
          const ariaLabel = headers.length ? interpolate(labels.label, { headers: headers.join(', ') }) : labels.unnamed;
          engine.wrapNode(table, { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel }, children: [] });
        },
      },
    };
  };
}
