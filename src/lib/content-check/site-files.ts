/**
 * Checks of the company's own files beside the articles: each category's icon is a Lucide
 * icon, and the logo named in site.json exists.
 */
import { closestIconNames, isIconName } from '../icons.ts';
import type { ContentProblem, ContentSnapshot } from './check-content.ts';

/** Line of a category's `"icon": "<name>"` in categories.json (1-based), when the text is at hand. */
function iconLine(source: string | undefined, id: string, icon: string): number | undefined {
  if (!source) return undefined;
  const lines = source.split(/\r?\n/);
  const idLine = lines.findIndex((l) => l.includes(`"id": "${id}"`) || l.includes(`"id":"${id}"`));
  const from = Math.max(idLine, 0);
  const found = lines.findIndex((l, i) => i >= from && new RegExp(`"icon"\\s*:\\s*${JSON.stringify(icon).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(l));
  return found >= 0 ? found + 1 : undefined;
}

export function checkCategoryIcons(snapshot: ContentSnapshot): ContentProblem[] {
  const file = `${snapshot.displayRoot}/categories.json`;
  return snapshot.categories.flatMap((category): ContentProblem[] => {
    if (isIconName(category.icon)) return [];
    const closest = closestIconNames(category.icon);
    const suggestion = closest.length ? `Closest: ${closest.map((n) => `"${n}"`).join(', ')}.` : 'No icon is spelled or tagged like it.';
    return [{
      code: 'category-icon',
      file,
      line: iconLine(snapshot.categoriesSource, category.id, category.icon),
      field: `"${category.id}".icon`,
      message: `"${category.icon}" is not a Lucide icon. ${suggestion} All icons, searchable by meaning: https://lucide.dev/icons`,
    }];
  });
}

export function checkLogo(snapshot: ContentSnapshot): ContentProblem[] {
  const { logo } = snapshot;
  if (!logo || snapshot.assets.has(logo)) return [];
  const sameName = [...snapshot.assets].filter((a) => a.split('/').pop()!.toLowerCase() === logo.split('/').pop()!.toLowerCase());
  return [{
    code: 'brand-logo',
    file: `${snapshot.displayRoot}/site.json`,
    field: 'brand.logo',
    message: `"${logo}" does not exist under ${snapshot.displayRoot}/. ${sameName.length ? `Did you mean "${sameName[0]}"?` : `Put the logo there (an .svg or an image), e.g. ${snapshot.displayRoot}/brand/logo.svg, or remove the field to show the help center's name.`}`,
  }];
}
