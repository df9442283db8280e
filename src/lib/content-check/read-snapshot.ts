/**
 * The I/O edge of the content checker: lists and reads the content folder into the plain
 * snapshot `checkContent` works on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath, loadCategories, loadSiteSettings } from '../../content-files.ts';
import type { ContentSnapshot } from './check-content.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The site's UI strings, one file per language: src/i18n/<code>.json. */
export const UI_STRINGS_DIR = fileURLToPath(new URL('../../i18n/', import.meta.url));

/** Throws ContentError when site.json or categories.json are themselves invalid. */
export function readContentSnapshot(dir: string, uiStringsDir = UI_STRINGS_DIR): ContentSnapshot {
  const settings = loadSiteSettings(dir);
  const categories = loadCategories(dir);
  const files = listFiles(dir);
  const articleFiles = files.filter((f) => f.startsWith('articles/') && /\.mdx?$/.test(f));
  return {
    articles: articleFiles.map((f) => ({ path: f.slice('articles/'.length), source: readFileSync(path.join(dir, f), 'utf8') })),
    categories,
    locales: settings.locales.map((l) => l.code),
    defaultLocale: settings.locales[0]!.code,
    assets: new Set(files.filter((f) => !articleFiles.includes(f))),
    displayRoot: displayPath(dir),
    uiStrings: {
      dir: displayPath(uiStringsDir).replace(/\/$/, ''),
      files: Object.fromEntries(settings.locales.map(({ code }) => {
        const file = path.join(uiStringsDir, `${code}.json`);
        return [code, existsSync(file) ? readFileSync(file, 'utf8') : undefined];
      })),
    },
    categoriesSource: readFileSync(path.join(dir, 'categories.json'), 'utf8'),
    logo: settings.brand?.logo,
    uiOverrides: Object.fromEntries(settings.locales.flatMap(({ code }) => {
      const file = path.join(dir, 'ui', `${code}.json`);
      return existsSync(file) ? [[code, readFileSync(file, 'utf8')]] : [];
    })),
  };
}
