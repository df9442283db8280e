/**
 * Reads one article the way the build will (same frontmatter parser, same MDX + GFM parser,
 * same heading-id slugger) and returns what the checks need: frontmatter, anchors, links,
 * images, and any syntax problem with its line.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface SourceLink {
  url: string;
  line: number;
}
export interface SourceImage {
  src: string;
  alt: string | undefined;
  line: number;
}
export interface SyntaxProblem {
  kind: 'yaml' | 'esm' | 'mdx' | 'component' | 'expression' | 'heading' | 'encoding';
  line: number;
  message: string;
}

/**
 * The components articles can use without an import (src/components/pages/ArticlePage.astro
 * passes them to every article), with the values their attributes take.
 */
export const ARTICLE_COMPONENTS: Record<string, Record<string, readonly string[]>> = {
  Callout: { type: ['info', 'tip', 'warning'] },
  Steps: {},
};

/** The closest of `names` to `name` by letters in common (for "did you mean"). */
export function closest(name: string, names: readonly string[]): string | undefined {
  const score = (a: string, b: string) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let common = 0;
    for (let i = 0; i < Math.min(x.length, y.length) && x[i] === y[i]; i++) common++;
    return common * 2 - Math.abs(x.length - y.length);
  };
  const best = [...names].sort((a, b) => score(name, b) - score(name, a))[0];
  return best && score(name, best) > 0 ? best : undefined;
}
/** The first "(line:column-…)" in a parser message: some errors carry their place only there. */
function positionIn(reason: string): number | undefined {
  const match = /\((\d+):\d+-\d+:\d+\)/.exec(reason);
  return match ? Number(match[1]) : undefined;
}

/**
 * "Expected a closing tag for `<Callout>` (46:1-46:21) before the end of `paragraph`": the
 * parser places this error where the enclosing paragraph or the file ends, which is not where
 * the writer must look. The tag's own line is in the message.
 */
function unclosedTag(reason: string): { line: number; message: string } | undefined {
  const match = /^Expected a closing tag for `<([\w.]+)>` \((\d+):\d+-\d+:\d+\)/.exec(reason);
  if (!match) return undefined;
  const [, name, line] = match;
  return {
    line: Number(line),
    message: `<${name}> is opened here but never closed. Close it with </${name}> after its text, or write <${name} … /> if it has none. If "<" is not meant as a component, write it as \\<.`,
  };
}

export interface ScannedArticle {
  frontmatter: Record<string, unknown>;
  /** Line of each top-level frontmatter key, for messages. */
  fieldLines: Record<string, number>;
  anchors: Set<string>;
  links: SourceLink[];
  images: SourceImage[];
  problems: SyntaxProblem[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function fieldLinesOf(source: string): Record<string, number> {
  const lines: Record<string, number> = {};
  const all = source.split(/\r?\n/);
  if (all[0]?.trim() !== '---') return lines;
  for (let i = 1; i < all.length && all[i]?.trim() !== '---'; i++) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(all[i]!)?.[1];
    if (key && !(key in lines)) lines[key] = i + 1;
  }
  return lines;
}

function jsxAttribute(attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[], name: string): { present: boolean; value: string | undefined } {
  const attribute = attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return { present: false, value: undefined };
  // An expression (`alt={x}`) cannot be judged statically; treat it as provided.
  if (attribute.value !== null && typeof attribute.value === 'object') return { present: true, value: '{expression}' };
  return { present: true, value: attribute.value ?? '' };
}

/**
 * YAML reads `2026-13-45` as a valid date in 2027 (it rolls months and days over). Give the
 * schema the text the writer typed whenever it does not round-trip, so it is reported.
 */
function undoDateRollover(frontmatter: Record<string, unknown>, raw: string): Record<string, unknown> {
  const result = { ...frontmatter };
  for (const [key, value] of Object.entries(frontmatter)) {
    if (!(value instanceof Date)) continue;
    const typed = new RegExp(`^${key}\\s*:\\s*['"]?([^'"#\\n]*)`, 'm').exec(raw)?.[1]?.trim();
    if (typed && !Number.isNaN(value.getTime()) && !typed.startsWith(value.toISOString().slice(0, 10))) result[key] = typed;
  }
  return result;
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

/** A paragraph that starts with "import"/"export" is read by MDX as JavaScript. */
function esmProblem(line: number, firstLine: string): SyntaxProblem {
  const word = /^\s*(import|export)/.exec(firstLine)?.[1] ?? 'import';
  return {
    kind: 'esm',
    line,
    message:
      `this paragraph starts with the word "${word}", so MDX reads it as JavaScript code and the page cannot be built. ` +
      `Rephrase the start (e.g. "${word === 'import' ? 'Importing' : 'Exporting'} …" or "To ${word} …"). ` +
      'Components such as <Callout> and <Steps> need no import in articles.',
  };
}

export function scanMdx(source: string): ScannedArticle {
  const scanned: ScannedArticle = { frontmatter: {}, fieldLines: fieldLinesOf(source), anchors: new Set(), links: [], images: [], problems: [] };
  // Bytes that are not UTF-8 were read as U+FFFD: say where, before anything else misreads them.
  const broken = source.indexOf('\uFFFD');
  if (broken >= 0) {
    scanned.problems.push({ kind: 'encoding', line: source.slice(0, broken).split('\n').length, message: 'this line has bytes that are not UTF-8 text (the file was saved in another encoding, e.g. Windows-1252). Save the file as UTF-8 in your editor and check the characters on this line.' });
    return scanned;
  }
  // A frontmatter that is never closed would be read as part of the text.
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() === '---' && !lines.slice(1).some((l) => l.trim() === '---')) {
    scanned.problems.push({ kind: 'yaml', line: 1, message: 'the frontmatter that starts here is never closed. Add a line with only --- after the last field (before the article text).' });
    return scanned;
  }
  let body: string;
  try {
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
    scanned.frontmatter = undoDateRollover(parsed.frontmatter ?? {}, parsed.rawFrontmatter);
    body = parsed.content;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0];
    scanned.problems.push({ kind: 'yaml', line: (mark?.line ?? 0) + 1, message: `the frontmatter is not valid YAML (${reason}). Check quotes and colons: a value containing ": " must be in quotes.` });
    return scanned;
  }

  // An "import"/"export" paragraph stops the MDX parser. Report it, blank the word out and
  // parse again, so the writer also sees the other problems of the file in the same run.
  let tree: Root | undefined;
  for (let attempt = 0; attempt < 50 && !tree; attempt++) {
    try {
      tree = parser.parse(body);
    } catch (error) {
      const place = error as { line?: number; reason?: string; message: string };
      const unclosed = unclosedTag(place.reason ?? place.message);
      const line = unclosed?.line ?? place.line ?? positionIn(place.reason ?? place.message) ?? 1;
      const lines = body.split('\n');
      const text = lines[line - 1] ?? '';
      if (!/^\s*(import|export)\b/.test(text)) {
        scanned.problems.push({ kind: 'mdx', line, message: unclosed?.message ?? `MDX cannot read this line: ${place.reason ?? place.message}. Check for an unclosed <Tag>, a stray "<" or "{" (write them as \\< and \\{).` });
        return scanned;
      }
      scanned.problems.push(esmProblem(line, text));
      lines[line - 1] = text.replace(/^(\s*)(import|export)/, (_, space: string, word: string) => `${space}${'x'.repeat(word.length)}`);
      body = lines.join('\n');
    }
  }
  if (!tree) return scanned;

  const slugger = new GithubSlugger();
  visit(tree, (node: Root | RootContent) => {
    switch (node.type) {
      case 'mdxjsEsm':
        scanned.problems.push(esmProblem(lineOf(node), node.value.split('\n')[0] ?? ''));
        break;
      case 'heading':
        scanned.anchors.add(slugger.slug(toString(node)));
        if (node.depth === 1) scanned.problems.push({ kind: 'heading', line: lineOf(node), message: `"# ${toString(node)}" is a top-level heading, but the article's title is the page's only one (two would confuse screen readers and search engines). Use "## ${toString(node)}" for a section.` });
        break;
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        // {/* a comment */} is how articles keep notes for writers (and drafts from the gap report do).
        if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) break;
        scanned.problems.push({ kind: 'expression', line: lineOf(node), message: `MDX reads {${node.value}} as code, and the page cannot be built. To show the braces, write \\{${node.value}\\}; to show a code, write it in backticks: \`${node.value}\`.` });
        break;
      case 'link':
      case 'definition':
        scanned.links.push({ url: node.url, line: lineOf(node) });
        break;
      case 'image':
        scanned.images.push({ src: node.url, alt: node.alt ?? undefined, line: lineOf(node) });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        // Lowercase names are HTML (<kbd>, <details>); a capitalised one must be a component articles have.
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name) && name !== 'Image') {
          const known = ARTICLE_COMPONENTS[name];
          if (!known) {
            const near = closest(name, Object.keys(ARTICLE_COMPONENTS));
            scanned.problems.push({ kind: 'component', line: lineOf(node), message: `<${name}> is not a component articles can use${near ? ` (did you mean <${near}>?)` : ''}. Articles can use ${Object.keys(ARTICLE_COMPONENTS).map((c) => `<${c}>`).join(' and ')}, with no import.` });
          } else {
            for (const [attribute, values] of Object.entries(known)) {
              const value = jsxAttribute(node.attributes, attribute).value;
              if (value !== undefined && value !== '{expression}' && !values.includes(value)) scanned.problems.push({ kind: 'component', line: lineOf(node), message: `<${name} ${attribute}="${value}"> is not a ${attribute} it has. Use one of: ${values.map((v) => `"${v}"`).join(', ')}.` });
            }
          }
        }
        if (node.name === 'img' || node.name === 'Image') {
          const alt = jsxAttribute(node.attributes, 'alt');
          scanned.images.push({ src: jsxAttribute(node.attributes, 'src').value ?? '', alt: alt.present ? alt.value : undefined, line: lineOf(node) });
        } else if (node.name === 'a') {
          const href = jsxAttribute(node.attributes, 'href').value;
          if (href) scanned.links.push({ url: href, line: lineOf(node) });
        }
        const id = jsxAttribute(node.attributes, 'id').value;
        if (id) scanned.anchors.add(id);
        break;
      }
    }
  });
  return scanned;
}
