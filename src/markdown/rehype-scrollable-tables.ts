/**
 * Wide tables scroll sideways on phones. A scrolling box must be reachable by keyboard
 * (WCAG 2.1.1), so each table is wrapped in a focusable region named after the table's
 * first header row, in the article's language ("Таблица: …" on a Russian page).
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { interpolate } from '../lib/i18n.ts';

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

function text(node: Element | Root): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
}

export function rehypeScrollableTables(options: ScrollableTableOptions = {}) {
  return (tree: Root, file: VFile) => {
    const relative = options.articlesDir && file.path?.startsWith(options.articlesDir) ? file.path.slice(options.articlesDir.length + 1) : '';
    const locale = relative.split(/[\\/]/)[0] || options.defaultLocale || 'en';
    const labels = options.labels?.[locale] ?? options.labels?.[options.defaultLocale ?? 'en'] ?? ENGLISH;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const headers: string[] = [];
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName === 'th') headers.push(text(cell).trim());
      });
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: headers.length ? interpolate(labels.label, { headers: headers.join(', ') }) : labels.unnamed },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
