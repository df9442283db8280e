// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, contentDir, loadSiteSettings } from './src/content-files.ts';
import { brandLogo } from './src/integrations/brand-logo.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { articleMarkdown } from './src/markdown/index.ts';
import { normalizeBase } from './src/lib/urls.ts';

const dir = contentDir();
/** @type {import('./src/schema.ts').SiteSettings} */
let settings;
try {
  settings = loadSiteSettings(dir);
} catch (error) {
  // A broken site.json: its problems, not Astro's "failed to load config" and a stack trace.
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.message}\n\nFix them and build again (\`npm run check:content\` checks without building).`);
  process.exit(1);
}
// GitHub Pages and similar hosts serve a project under /<repo>/: BASE_PATH=/repo/ npm run build
const base = normalizeBase(process.env.BASE_PATH ?? settings.basePath);
// Screen readers hear a table's region name in the page's language.
const tableLabels = Object.fromEntries(
  settings.locales.map(({ code }) => {
    const read = (/** @type {string} */ file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {});
    // The company's wording (content/ui/<code>.json) over the product's, as everywhere.
    const strings = { ...read(path.resolve('src/i18n', `${code}.json`)), ...read(path.join(dir, 'ui', `${code}.json`)) };
    return [code, { label: strings['table.label'] ?? 'Table: {headers}', unnamed: strings['table.unnamed'] ?? 'Table' }];
  }),
);

// The search index at the end of the build reads the articles the check read at its start.
const checkContentIntegration = contentCheck(dir);

export default defineConfig({
  site: settings.url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [checkContentIntegration, brandLogo(dir, settings.brand?.logo), mdx(), searchIndex(() => checkContentIntegration.takeArticles())],
  markdown: {
    // Astro's default engine (parsed and compiled in Rust), with our changes as its own
    // plugins (src/markdown/), so `astro dev` and the build run the same code.
    processor: satteri(articleMarkdown({ base, defaultLocale: settings.locales[0].code, locales: settings.locales.map((l) => l.code), articlesDir: path.join(dir, 'articles'), labels: tableLabels })),
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // One per .mdx file, harmless: withastro/astro#18087.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
