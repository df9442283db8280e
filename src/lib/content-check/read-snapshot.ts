/**
 * The I/O edge of the content checker: lists and reads the content folder into the plain
 * snapshot `checkContent` works on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, loadCategories, loadSiteSettings } from '../../content-files.ts';
import type { ContentSnapshot } from './check-content.ts';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Throws ContentError when site.json or categories.json are themselves invalid. */
export function readContentSnapshot(dir: string): ContentSnapshot {
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
  };
}
