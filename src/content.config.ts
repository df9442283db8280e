import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { contentDir, loadCategories } from './content-files.ts';
import { articleFrontmatterSchema } from './schema.ts';

const dir = contentDir();

type EntryType = { getEntryInfo: (...args: never[]) => Promise<{ data: Record<string, unknown> }> };

/**
 * The glob loader reads each file's frontmatter through the entry type of its extension, which
 * Astro passes loaders as `entryTypes` (astro 7.3.5, content-layer.js; not in LoaderContext's
 * published type). Frontmatter that cannot be read gives the entry no data, which the schema
 * then fails, so leavingOutInvalidEntries's parseData leaves it out. Should Astro stop passing
 * it, the loader reads as before (and test/cli's bad-yaml build test fails).
 */
function readingOrEmpty(context: LoaderContext): { entryTypes?: Map<string, EntryType> } {
  const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
  if (!(entryTypes instanceof Map)) return {};
  const wrapped = [...entryTypes].map(([extension, type]): [string, EntryType] => [
    extension,
    {
      ...type,
      getEntryInfo: async (...args) => {
        try {
          return await type.getEntryInfo(...args);
        } catch {
          return { data: {}, body: '', slug: '', rawData: '' };
        }
      },
    },
  ]);
  return { entryTypes: new Map(wrapped) };
}

/**
 * An article whose frontmatter is not YAML that can be read, or fails the schema, is left out
 * of the collection instead of stopping the content sync. The content checker names it (file,
 * line, field, fix): `astro build` stops on it before any article is compiled, and `astro dev`
 * shows it in the browser until it is fixed (src/integrations/content-check.ts). Without this,
 * one bad article made `npm run dev` exit with a stack trace at start (js-yaml's, for a quote
 * left open), and an edit that broke an article left its last good version in the preview.
 */
function leavingOutInvalidEntries(loader: Loader): Loader {
  let watching = false;
  return {
    ...loader,
    load: (context: LoaderContext) => {
      // The dev server syncs again once a problem is fixed (refreshContent): the glob loader
      // would add a second set of file listeners each time, so only the first sync gets the watcher.
      const watcher = watching ? undefined : context.watcher;
      watching ||= Boolean(context.watcher);
      const invalid = new Set<string>();
      const store = new Proxy(context.store, {
        get(target, property, receiver) {
          if (property === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              if (!invalid.has(entry.id)) return target.set(entry);
              target.delete(entry.id);
              return false;
            };
          }
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          const data = await context.parseData(props);
          invalid.delete(props.id);
          return data;
        } catch {
          invalid.add(props.id);
          return props.data;
        }
      };
      return loader.load({ ...context, store, parseData, watcher, ...readingOrEmpty(context) });
    },
  };
}

const articles = defineCollection({
  // id: "<locale>/<category>/<slug>", the URL without the default locale.
  loader: leavingOutInvalidEntries(glob({ pattern: '**/*.mdx', base: path.join(dir, 'articles'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') })),
  schema: articleFrontmatterSchema(loadCategories(dir).map((c) => c.id)),
});

export const collections = { articles };
