/**
 * A new article in one command (`npm run new`): the file where the site reads it, with valid
 * frontmatter (`draft: true`, so it is checked and previewed but not published) and a skeleton
 * in the house style (content/WRITING.md): the answer first, then the steps, then what to do
 * when it does not work. Pure: the CLI (scripts/new-article.ts) checks the category and writes.
 */
import { slugFor } from '../gaps/scaffold.ts';

export interface NewArticle {
  /** Relative to the articles folder: `<locale>/<category>/<slug>.mdx`. */
  path: string;
  slug: string;
  content: string;
}

const yamlString = (text: string) => JSON.stringify(text);

export function newArticle(input: { title: string; category: string; locale: string; today: Date }): NewArticle {
  const title = input.title.replace(/\s+/g, ' ').trim();
  const slug = slugFor(title);
  const content = `---
title: ${yamlString(title)}
description: ${yamlString(`Draft: replace with the one-sentence answer to "${title}".`)}
category: ${input.category}
keywords: []
updated: ${input.today.toISOString().slice(0, 10)}
draft: true
---

{/* House style (content/WRITING.md): the answer first, in one or two sentences; then the
steps, naming buttons and menus in bold as they appear; then what to do when it does not work.
Add the words customers use for this to keywords. Remove draft: true to publish. */}

Lead with the answer in one or two sentences.

## Steps

<Steps>

1. Go to **…** and select **…**.
2. …

</Steps>

## If it does not work

Say what to check, and when to contact us (with what information).
`;
  return { path: `${input.locale}/${input.category}/${slug}.mdx`, slug, content };
}
