/**
 * Draft articles for missing topics: frontmatter filled in, `draft: true`, and the customers'
 * own (redacted) words as notes for the writer. Existing files are never overwritten.
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

export function scaffoldArticles(report: GapReport, dir: string, exists: (file: string) => boolean, today = new Date()) {
  const written: { path: string; content: string }[] = [];
  const skipped: string[] = [];
  for (const topic of report.topics.filter((t) => t.status === 'missing')) {
    const slug = slugFor(topic.suggestedTitle || topic.label, `new-${topic.locale}-${topic.id}`);
    const file = path.join(dir, topic.suggestedCategory, `${slug}.mdx`);
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
