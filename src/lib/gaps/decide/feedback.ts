/**
 * What customers said on the articles (`--events`): votes per article, the share of No, the
 * reasons and a few comments (redacted again: an export from another pipeline may not be), and
 * which articles do not help by one rule (tuning.ts, FEEDBACK_*). And the searches that found
 * nothing, by week, for the report's chart.
 */
import { FEEDBACK_REASONS, type FeedbackEvent } from '../../../schema.ts';
import { redact } from '../normalize/redact.ts';
import { FEEDBACK_COMMENTS, FEEDBACK_MIN_VOTES, FEEDBACK_NO_SHARE, TOP_ZERO_RESULT_SEARCHES } from '../tuning.ts';

export interface ArticleFeedback {
  /** The report's article id (`category/slug`, `<locale>/category/slug` outside the default language). */
  article: string;
  votes: number;
  no: number;
  noShare: number;
  /** At least FEEDBACK_MIN_VOTES votes and FEEDBACK_NO_SHARE of them No. */
  notHelping: boolean;
  reasons: Partial<Record<(typeof FEEDBACK_REASONS)[number], number>>;
  /** Up to FEEDBACK_COMMENTS comments of No votes, newest first, redacted. */
  comments: string[];
}

export interface ZeroResultSearches {
  /** Searches that found nothing, and those that found something. */
  zeroResult: number;
  answered: number;
  /** The commonest queries that found nothing (lowercased, redacted), with counts per ISO week. */
  top: { query: string; count: number; weeks: Record<string, number> }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function summarizeFeedback(events: readonly (FeedbackEvent & { receivedAt?: string })[], defaultLocale: string): ArticleFeedback[] {
  const byArticle = new Map<string, { votes: number; no: number; reasons: ArticleFeedback['reasons']; comments: { at: string; text: string }[] }>();
  for (const event of events) {
    const id = event.locale === defaultLocale ? event.article : `${event.locale}/${event.article}`;
    const entry = byArticle.get(id) ?? { votes: 0, no: 0, reasons: {}, comments: [] };
    entry.votes++;
    if (!event.helpful) {
      entry.no++;
      if (event.reason) entry.reasons[event.reason] = (entry.reasons[event.reason] ?? 0) + 1;
      if (event.comment?.trim()) entry.comments.push({ at: event.at ?? event.receivedAt ?? '', text: redact(event.comment.trim()) });
    }
    byArticle.set(id, entry);
  }
  return [...byArticle]
    .map(([article, e]) => ({
      article,
      votes: e.votes,
      no: e.no,
      noShare: round(e.no / e.votes),
      notHelping: e.votes >= FEEDBACK_MIN_VOTES && e.no / e.votes >= FEEDBACK_NO_SHARE,
      reasons: Object.fromEntries(FEEDBACK_REASONS.filter((r) => e.reasons[r]).map((r) => [r, e.reasons[r]!])),
      comments: e.comments.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, FEEDBACK_COMMENTS).map((c) => c.text),
    }))
    .sort((a, b) => Number(b.notHelping) - Number(a.notHelping) || b.no - a.no || b.votes - a.votes || (a.article < b.article ? -1 : 1));
}

/** ISO week of a date, "2026-W49" ('' when there is no date). */
export function isoWeek(when: string | undefined): string {
  const date = when ? new Date(when) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '';
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function summarizeSearches(zeroResult: readonly { body?: string; created?: string }[], answered: number): ZeroResultSearches {
  const byQuery = new Map<string, { count: number; weeks: Record<string, number> }>();
  for (const search of zeroResult) {
    // Redacted before lowercasing: VAT numbers and ID codes are known by their capitals.
    const query = redact((search.body ?? '').trim()).toLowerCase().replace(/\s+/g, ' ');
    if (!query) continue;
    const entry = byQuery.get(query) ?? { count: 0, weeks: {} };
    entry.count++;
    const week = isoWeek(search.created) || 'undated';
    entry.weeks[week] = (entry.weeks[week] ?? 0) + 1;
    byQuery.set(query, entry);
  }
  const top = [...byQuery]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_ZERO_RESULT_SEARCHES)
    .map(([query, e]) => ({ query, count: e.count, weeks: Object.fromEntries(Object.entries(e.weeks).sort()) }));
  return { zeroResult: zeroResult.length, answered, top };
}
