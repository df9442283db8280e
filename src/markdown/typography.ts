/**
 * Astro's Markdown engine turns quotes, dashes and dots into typographic ones while it
 * parses ("smart punctuation"). Two of its choices differ from the pipeline our articles were
 * written against (remark-smartypants with Astro's defaults), and these plugins keep the
 * former ones, so no page changes (BENCHMARKS.md, issue 18):
 *
 * - `--` between words is an em dash (—); `---` stays as typed. The engine makes `--` an en
 *   dash and `---` an em dash, so its dashes are turned off (index.ts) and done here.
 * - An image's alt text is as typed: the engine curls its quotes and joins its dots, which
 *   remark-smartypants never did (alt text is an attribute, not the page's text).
 *
 * Other differences were found only in unusual text and are left to the engine: a quote
 * escaped with a backslash (`\"`) stays straight, four dots are an ellipsis and a dot, and
 * dots spaced apart (`. . .`) are not joined.
 */
import type { MdastPluginEntry } from './engine.ts';

/** Exactly two hyphens: `---` and longer runs are left as typed. */
const TWO_HYPHENS = /(?<!-)--(?!-)/g;

export const emDashes: MdastPluginEntry = ({ source }) =>
  // Most articles have no `--` at all (frontmatter and table rules are three or more): they
  // skip a visit of every text node.
  new RegExp(TWO_HYPHENS.source).test(source) && {
    name: 'em-dashes',
    text(node, engine) {
      const value = node.value.replace(TWO_HYPHENS, '—');
      if (value !== node.value) engine.setProperty(node, 'value', value);
    },
  };

/** Characters the engine's smart punctuation writes, and what they were typed as. */
const TYPED: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'", '…': '...' };

/** `ALT` of `![ALT](…)` or `![ALT][ref]` as written, or undefined if it cannot be found. */
function writtenAlt(image: string): string | undefined {
  if (!image.startsWith('![')) return undefined;
  let depth = 0;
  for (let i = 2; i < image.length; i++) {
    const char = image[i];
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && depth-- === 0) return image.slice(2, i);
  }
  return undefined;
}

function alt(node: Readonly<{ alt?: string | null; position?: { start: { offset?: number }; end: { offset?: number } } }>, source: string): string | undefined {
  if (!node.alt || !/[“”‘’…]/.test(node.alt) || node.position?.start.offset === undefined) return undefined;
  const written = writtenAlt(source.slice(node.position.start.offset, node.position.end.offset));
  // Typed curly quotes, an ellipsis or an entity (`&ldquo;`) were the writer's own: left alone.
  if (written === undefined || /[“”‘’…&]/.test(written)) return undefined;
  return node.alt.replace(/[“”‘’…]/g, (char) => TYPED[char]!);
}

export const imageAltAsTyped: MdastPluginEntry = ({ source }) =>
  // Reading an image's place in the file needs positions, which slow parsing (≈15%, per
  // the engine's documentation): only files with an image ask for them.
  source.includes('![') && {
    name: 'image-alt-as-typed',
    options: { position: true },
    image(node, engine) {
      const typed = alt(node, source);
      if (typed !== undefined) engine.setProperty(node, 'alt', typed);
    },
    imageReference(node, engine) {
      const typed = alt(node, source);
      if (typed !== undefined) engine.setProperty(node, 'alt', typed);
    },
  };
