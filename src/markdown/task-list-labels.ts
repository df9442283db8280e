/**
 * GFM task lists render `<input type="checkbox" disabled>` with no label, which screen
 * readers announce as an unnamed checkbox. We wrap the checkbox and its text in a <label>
 * and let customers tick items off as they go (nothing is saved; it is a reading aid).
 *
 * A plugin of Astro's Markdown engine, on the HTML tree of each list item.
 */
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from './engine.ts';

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';

const isBlock = (node: ElementContent) => node.type === 'element' && ['ul', 'ol', 'p', 'div', 'blockquote', 'pre', 'table'].includes(node.tagName);

/**
 * A new node with the same content. The engine knows the nodes it handed to the visitor by
 * identity: a node it is told to remove is removed wherever it is put, so what moves into the
 * label goes in as a copy.
 */
function copy(node: ElementContent): ElementContent {
  return node.type === 'element' ? { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map(copy) } : { ...node };
}

export const taskListLabels: HastPluginEntry = {
  name: 'task-list-labels',
  element: {
    filter: ['li'],
    visit(item, engine) {
      // Tight lists put the checkbox in the <li>, loose lists in its first <p>.
      const holder = item.children.some(isCheckbox) ? item : (item.children.find((c) => c.type === 'element' && c.tagName === 'p' && c.children.some(isCheckbox)) as Element | undefined);
      if (!holder) return;
      const start = holder.children.findIndex(isCheckbox);
      const checkbox = holder.children[start] as Element;
      let end = start + 1;
      while (end < holder.children.length && !isBlock(holder.children[end]!)) end++;
      // The checkbox and the text up to the first block (a nested list stays outside the label).
      const { disabled: _, ...properties } = checkbox.properties;
      const text = holder.children.slice(start + 1, end);
      const label: Element = { type: 'element', tagName: 'label', properties: { className: ['task-item'] }, children: [{ type: 'element', tagName: 'input', properties, children: [] }, ...text.map(copy)] };
      engine.replaceNode(checkbox, label);
      for (const node of text) engine.removeNode(node);
    },
  },
};
