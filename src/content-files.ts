/**
 * Reads the site's data files (settings and categories) from the content folder.
 * The folder is `content/` unless HELPCENTER_CONTENT_DIR points elsewhere (benchmarks build
 * a generated help center that way).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { categoriesFileSchema, describeIssues, siteSettingsSchema, uiStringsSchema, type Category, type SiteSettings } from './schema.ts';

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The help center content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function contentDir(): string {
  return path.resolve(process.env.HELPCENTER_CONTENT_DIR ?? 'content');
}

/** Path as shown in messages: relative to the project when possible. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([`${displayPath(file)}: cannot be read. It must exist and be a JSON file.`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContentError([`${displayPath(file)}: is not valid JSON (${(error as Error).message}).`]);
  }
}

function parseWith<T extends z.ZodType>(schema: T, file: string): z.output<T> {
  const json = readJson(file);
  const result = schema.safeParse(json);
  if (!result.success) throw new ContentError(describeIssues(displayPath(file), result.error, '', json));
  return result.data;
}

export function loadSiteSettings(dir = contentDir()): SiteSettings {
  return parseWith(siteSettingsSchema, path.join(dir, 'site.json'));
}

export function loadCategories(dir = contentDir()): Category[] {
  return parseWith(categoriesFileSchema, path.join(dir, 'categories.json'));
}

/**
 * The company's own wording for UI texts (`content/ui/<code>.json`: flat keys as in
 * src/i18n/<code>.json, e.g. the search box's example question), or undefined when the language
 * has none. Checked by `npm run check:content` (unknown keys, placeholders).
 */
export function loadUiOverrides(code: string, dir = contentDir()): Record<string, string> | undefined {
  const file = path.join(dir, 'ui', `${code}.json`);
  if (!existsSync(file)) return undefined;
  return parseWith(uiStringsSchema, file);
}
