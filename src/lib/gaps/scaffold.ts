/**
 * Draft articles for missing topics: frontmatter filled in, `draft: true`, and the customers'
 * own (redacted) words as notes for the writer. For a `translation-missing` topic, a draft
 * translation: the default-language source to translate in place. Both go where the site
 * reads articles (`<locale>/<category>/<slug>.mdx` under the folder given, so
 * `--scaffold content/articles` previews them). Existing files are never overwritten.
 */
import path from 'node:path';
import type { GapReport } from './build-report.ts';

/**
 * Lowercase words joined by hyphens, at most 60 characters, cut between words. A title with
 * no Latin letters (Korean, Russian, Telugu) gets `fallback`: slugs are URLs, in Latin letters.
 */
export function slugFor(title: string, fallback = 'new-article'): string {
  const words = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + 1 + word.length > 60) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, 60);
  }
  return slug || fallback;
}

const yamlString = (text: string) => JSON.stringify(text);
/** Inside an MDX comment, a "*\/" would end it early. */
const commentSafe = (text: string) => text.replace(/\*\//g, '* /').replace(/[{}]/g, '');

/**
 * An article's source as frontmatter (through its closing `---`, with `draft: true` set,
 * whatever it said before) and the text after it. Without frontmatter, all of it is text.
 */
function splitAsDraft(source: string): { frontmatter: string; text: string } {
  const end = source.indexOf('\n---', 3);
  if (!source.startsWith('---') || end === -1) return { frontmatter: '', text: source };
  const fields = source.slice(0, end).replace(/^draft:.*\n?/m, '').replace(/\n*$/, '');
  return { frontmatter: `${fields}\ndraft: true\n---`, text: source.slice(end + 4) };
}

/**
 * `sourceOf(article)`: the MDX source of a default-language article (`<category>/<slug>`), for
 * translation drafts; topics whose source cannot be read are skipped.
 */
export function scaffoldArticles(report: GapReport, dir: string, exists: (file: string) => boolean, today = new Date(), sourceOf: (article: string) => string | undefined = () => undefined) {
  const written: { path: string; content: string }[] = [];
  const skipped: string[] = [];
  for (const topic of report.topics.filter((t) => t.status === 'translation-missing')) {
    const article = topic.matches[0]?.article;
    const source = article && sourceOf(article);
    if (!article || !source) continue;
    const file = path.join(dir, topic.locale, `${article}.mdx`);
    if (exists(file) || written.some((w) => w.path === file)) {
      skipped.push(file);
      continue;
    }
    const { frontmatter, text } = splitAsDraft(source);
    const notes = `
{/*
Translation draft from the gap report (topic ${topic.id}): ${topic.tickets} ${topic.tickets === 1 ? 'ticket' : 'tickets'} in "${topic.locale}"
that only the default-language article ${article} answers.
Translate the title, description, keywords and text in place; keep the sections in the same
order, and the numbers, links and component tags as they are (content/WRITING.md).
Remove draft: true when it is done. What these customers wrote:
${topic.examples.map((e) => `- ${commentSafe(e)}`).join('\n')}
*/}
`;
    written.push({ path: file, content: `${frontmatter}\n${notes}${text}` });
  }
  for (const topic of report.topics.filter((t) => t.status === 'missing')) {
    const slug = slugFor(topic.suggestedTitle || topic.label, `new-${topic.locale}-${topic.id}`);
    const file = path.join(dir, topic.locale, topic.suggestedCategory, `${slug}.mdx`);
    if (exists(file) || written.some((w) => w.path === file)) {
      skipped.push(file);
      continue;
    }
    const content = `---
title: ${yamlString(topic.suggestedTitle)}
description: ${yamlString(`Draft: write the one-sentence answer to "${topic.label}".`)}
category: ${topic.suggestedCategory}
keywords: [${topic.label.split(/\s+/).slice(0, 4).join(', ')}]
updated: ${today.toISOString().slice(0, 10)}
draft: true
---

{/*
Writer notes from the gap report (topic ${topic.id}, ${topic.tickets} tickets, ${(topic.share * 100).toFixed(1)}% of all):
${topic.examples.map((e) => `- ${commentSafe(e)}`).join('\n')}
*/}

Lead with the answer, then the steps.
`;
    written.push({ path: file, content });
  }
  return { written, skipped };
}
