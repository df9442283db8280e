/**
 * Wide tables scroll sideways on phones. A scrolling box must be reachable by keyboard
 * (WCAG 2.1.1), so each table is wrapped in a focusable region named after the table's
 * first header row.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

function text(node: Element | Root): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
}

export function rehypeScrollableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const headers: string[] = [];
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName === 'th') headers.push(text(cell).trim());
      });
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: headers.length ? `Table: ${headers.join(', ')}` : 'Table' },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
