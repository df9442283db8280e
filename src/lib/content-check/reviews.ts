/**
 * Articles due for review: each has (or inherits from its category) an owner and a review
 * interval, counted from its `updated` date. For information in `npm run check:content`; it
 * never fails the check unless `--strict`.
 */
import type { Category } from '../../schema.ts';
import type { CheckedArticle } from './check-content.ts';

export interface ReviewDue {
  file: string;
  owner: string | undefined;
  updated: string;
  every: string;
  /** The day the review fell due (YYYY-MM-DD). */
  dueSince: string;
}

/** `updated` plus "6 months" (a month from the 31st ends on the last day of the shorter month). */
export function addInterval(date: Date, every: string): Date {
  const [, count, unit] = /^\s*(\d+)\s+(day|week|month|year)s?\s*$/.exec(every)!;
  const n = Number(count);
  const out = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  if (unit === 'day' || unit === 'week') out.setUTCDate(out.getUTCDate() + n * (unit === 'week' ? 7 : 1));
  else {
    const months = unit === 'year' ? n * 12 : n;
    const day = out.getUTCDate();
    out.setUTCDate(1);
    out.setUTCMonth(out.getUTCMonth() + months);
    const last = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
    out.setUTCDate(Math.min(day, last));
  }
  return out;
}

export function reviewsDue(articles: readonly CheckedArticle[], categories: readonly Category[], today: Date): ReviewDue[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const due: ReviewDue[] = [];
  for (const article of articles) {
    const fm = article.frontmatter;
    if (!fm || fm.draft) continue;
    const category = byId.get(article.category);
    const every = fm.reviewEvery ?? category?.reviewEvery;
    if (!every) continue;
    const dueOn = addInterval(fm.updated, every);
    if (dueOn > today) continue;
    due.push({ file: article.file, owner: fm.owner ?? category?.owner, updated: fm.updated.toISOString().slice(0, 10), every: every.trim(), dueSince: dueOn.toISOString().slice(0, 10) });
  }
  return due.sort((a, b) => (a.dueSince < b.dueSince ? -1 : a.dueSince > b.dueSince ? 1 : a.file.localeCompare(b.file)));
}

export function formatReviews(due: readonly ReviewDue[]): string {
  if (!due.length) return '';
  return [`Due for review (${due.length}; checked against how things work, then set \`updated\` to that day):`, ...due.map((d) => `  ${d.file}  ${d.owner ?? 'no owner'}; updated ${d.updated}, every ${d.every}: due since ${d.dueSince}`)].join('\n');
}
