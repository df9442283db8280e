/**
 * Writes a synthetic help center of N articles (realistic length and structure: headings,
 * steps, a table, callouts, cross-links) for build benchmarks. Never committed.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CATEGORIES = ['orders', 'shipping', 'returns', 'billing', 'account'];
const WORDS = 'parcel order refund return invoice account password delivery carrier label payment card tracking address warehouse business days email confirmation exchange size colour discount code gift balance checkout customer support team pickup point express courier customs duties receipt update change cancel status shipped received'.split(' ');

function sentence(seed: number, length = 14): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 31 + i * 17 + i * i) % WORDS.length]);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function article(index: number, total: number): { category: string; slug: string; text: string } {
  const category = CATEGORIES[index % CATEGORIES.length]!;
  const slug = `generated-article-${index}`;
  const related = [1, 2, 3].map((d) => `generated-article-${(index + d * CATEGORIES.length) % total}`).filter((s) => s !== slug);
  const linkTo = (index + CATEGORIES.length) % total;
  const paragraphs = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `${sentence(seed + i)} ${sentence(seed + i + 7, 10)} ${sentence(seed + i + 3, 12)}`).join('\n\n');
  const text = `---
title: "Question number ${index} about ${WORDS[index % WORDS.length]} and ${WORDS[(index * 7) % WORDS.length]}?"
description: "${sentence(index, 18)}"
category: ${category}
tags: [${WORDS[index % 9]}, ${WORDS[(index + 4) % 9]}]
keywords: [${WORDS[(index + 2) % WORDS.length]}, ${WORDS[(index + 5) % WORDS.length]}]
updated: 2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}
related: [${related.join(', ')}]
order: ${index % 20}
---

${paragraphs(1, index)}

## What to do first

<Steps>

1. ${sentence(index + 1)}
2. ${sentence(index + 2)} See [the related question](/${CATEGORIES[linkTo % CATEGORIES.length]}/generated-article-${linkTo}/).
3. ${sentence(index + 3)}

</Steps>

## Details

${paragraphs(3, index + 10)}

| Option | Time | Cost |
|---|---|---|
| Standard | 1–2 business days | €4.95 |
| Express | Next business day | €9.95 |

<Callout type="tip">

${sentence(index + 20)}

</Callout>

## If it still does not work

${paragraphs(2, index + 30)}
`;
  return { category, slug, text };
}

export function generateHelpCenter(target: string, count: number, sampleContent: string): void {
  mkdirSync(target, { recursive: true });
  cpSync(path.join(sampleContent, 'site.json'), path.join(target, 'site.json'));
  cpSync(path.join(sampleContent, 'categories.json'), path.join(target, 'categories.json'));
  // What site.json and the pages name besides articles: the logo, the company's wording.
  for (const folder of ['brand', 'ui']) if (existsSync(path.join(sampleContent, folder))) cpSync(path.join(sampleContent, folder), path.join(target, folder), { recursive: true });
  for (let i = 0; i < count; i++) {
    const { category, slug, text } = article(i, count);
    const dir = path.join(target, 'articles', 'en', category);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${slug}.mdx`), text);
  }
}
