import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentDir, loadCategories } from './content-files.ts';
import { articleFrontmatterSchema } from './schema.ts';

const dir = contentDir();

const articles = defineCollection({
  // id: "<locale>/<category>/<slug>", the URL without the default locale.
  loader: glob({ pattern: '**/*.mdx', base: path.join(dir, 'articles'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: articleFrontmatterSchema(loadCategories(dir).map((c) => c.id)),
});

export const collections = { articles };
