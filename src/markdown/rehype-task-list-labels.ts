/**
 * GFM task lists render `<input type="checkbox" disabled>` with no label, which screen
 * readers announce as an unnamed checkbox. We wrap the checkbox and its text in a <label>
 * and let customers tick items off as they go (nothing is saved; it is a reading aid).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';

const isBlock = (node: ElementContent) => node.type === 'element' && ['ul', 'ol', 'p', 'div', 'blockquote', 'pre', 'table'].includes(node.tagName);

export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li') return;
      // Tight lists put the checkbox in the <li>, loose lists in its first <p>.
      const holder = node.children.find(isCheckbox) ? node : (node.children.find((c) => c.type === 'element' && c.tagName === 'p' && c.children.some(isCheckbox)) as Element | undefined);
      if (!holder) return;
      const checkbox = holder.children.find(isCheckbox)!;
      delete checkbox.properties.disabled;
      const start = holder.children.indexOf(checkbox);
      let end = start + 1;
      while (end < holder.children.length && !isBlock(holder.children[end]!)) end++;
      const label: Element = { type: 'element', tagName: 'label', properties: { className: ['task-item'] }, children: holder.children.slice(start, end) };
      holder.children.splice(start, end - start, label);
    });
  };
}
