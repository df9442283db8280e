/**
 * Icons by name from Lucide (https://lucide.dev, ISC licence), the `lucide-static` package:
 * its `icon-nodes.json` holds every icon as a list of SVG elements, and `tags.json` the words
 * each icon is found by. Pages inline the SVG at build time, so the browser fetches nothing.
 *
 * Read with fs, not imported: the build would otherwise bundle all 1,900 icons (800 KB of
 * JSON) into the page renderer, and the content checker reads them only when a category names
 * an icon.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeHtml } from './escape-html.ts';
import { editDistance } from './search/spelling.ts';

type IconNode = [tag: string, attributes: Record<string, string>][];

/**
 * Names of the six hand-drawn icons this project had before Lucide, kept so a fork's
 * categories.json still builds. "package", "truck", "credit-card" and "user" are Lucide
 * names too.
 */
const FORMER_NAMES: Readonly<Record<string, string>> = { return: 'undo-2', help: 'circle-question-mark' };

const require = createRequire(import.meta.url);
let nodes: Readonly<Record<string, IconNode>> | undefined;
let tags: Readonly<Record<string, readonly string[]>> | undefined;

function iconNodes(): Readonly<Record<string, IconNode>> {
  nodes ??= JSON.parse(readFileSync(require.resolve('lucide-static/icon-nodes.json'), 'utf8')) as Record<string, IconNode>;
  return nodes;
}

function iconTags(): Readonly<Record<string, readonly string[]>> {
  tags ??= JSON.parse(readFileSync(require.resolve('lucide-static/tags.json'), 'utf8')) as Record<string, string[]>;
  return tags;
}

/** The Lucide name an icon name stands for (a former name is translated). */
export function lucideName(name: string): string {
  return FORMER_NAMES[name] ?? name;
}

export function isIconName(name: string): boolean {
  return Object.hasOwn(iconNodes(), lucideName(name));
}

/**
 * Up to `count` icon names for a name that is not one: the names closest in spelling
 * ("truk" → "truck"), then icons tagged with the word ("parcel" → "package"), so a writer who
 * guessed a word gets the icons that mean it.
 */
export function closestIconNames(name: string, count = 5): string[] {
  const wanted = name.trim().toLowerCase();
  const names = Object.keys(iconNodes());
  const limit = Math.max(1, Math.min(3, Math.floor(wanted.length / 3)));
  const spelled = names
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate, limit) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.length - b.candidate.length || a.candidate.localeCompare(b.candidate))
    .map((c) => c.candidate);
  const words = wanted.split(/[-\s_]+/).filter((w) => w.length > 2);
  const tagged = Object.entries(iconTags())
    .filter(([icon, list]) => words.some((w) => list.includes(w) || icon.split('-').includes(w)))
    .map(([icon]) => icon)
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  return [...new Set([...spelled, ...tagged])].filter((n) => Object.hasOwn(iconNodes(), n)).slice(0, count);
}


/**
 * The icon as inline SVG markup: decorative (`aria-hidden`), drawn in the text colour with
 * Lucide's own stroke settings. Throws for an unknown name: the content checker names it first.
 */
export function iconSvg(name: string, size: number): string {
  const icon = iconNodes()[lucideName(name)];
  if (!icon) throw new Error(`"${name}" is not a Lucide icon. Closest: ${closestIconNames(name).join(', ')}.`);
  const children = icon.map(([tag, attributes]) => `<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('')}/>`).join('');
  return `<svg class="icon" xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${children}</svg>`;
}
