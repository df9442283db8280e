/**
 * The gap report from normalised tickets and the articles: match each ticket, group tickets
 * into topics, and decide per topic whether an article answers it. Pure: plain data in,
 * the JSON report (the documented contract) out.
 */
import { stemEnglish } from './analyze.ts';
import type { ArticleText } from './load-articles.ts';
import { ArticleIndex } from './match.ts';
import type { Rejected } from './read-tickets.ts';
import type { Ticket } from './tickets.ts';
import { clusterTickets, labelFor } from './topics.ts';

/** Normalised BM25 score from which an article is taken to answer a ticket. */
export const COVERED_SCORE = 0.25;
/** From here an article is related but probably not the answer. */
export const WEAK_SCORE = 0.125;

export type TopicStatus = 'missing' | 'weak' | 'covered';

export interface Topic {
  id: string;
  label: string;
  status: TopicStatus;
  tickets: number;
  share: number;
  locale: string;
  suggestedCategory: string;
  suggestedTitle: string;
  matches: { article: string; score: number }[];
  examples: string[];
  ticketIds: string[];
  /** Tickets, zero-result searches and aggregated counts behind the topic (only those present). */
  sources: Record<string, number>;
  trend: Record<string, number>;
  terms: string[];
}

export interface GapReport {
  input: { files: string[]; rowsRead: number; ticketsUsed: number; rejected: Rejected[]; duplicates: number; skipped: number };
  articles: { count: number; locales: string[]; untouched: string[] };
  coverage: { ticketsCovered: number; ticketsTotal: number; ratio: number };
  topics: Topic[];
}

export interface ReportInput {
  files: string[];
  rowsRead: number;
  rejected: Rejected[];
  duplicates: number;
  /** Rows read but not used on purpose (searches that found results). */
  skipped?: number;
  tickets: Ticket[];
  articles: ArticleText[];
  minTopicSize?: number;
  /** Overrides of COVERED_SCORE / WEAK_SCORE, for calibration. */
  thresholds?: { covered: number; weak: number };
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function buildReport(input: ReportInput): GapReport {
  const index = new ArticleIndex(input.articles);
  const best = new Map<Ticket, { article: string; score: number } | undefined>();
  for (const ticket of input.tickets) best.set(ticket, index.match(ticket.terms, 1)[0]);
  const { covered: coveredFrom, weak: weakFrom } = input.thresholds ?? { covered: COVERED_SCORE, weak: WEAK_SCORE };
  // An article answers a ticket when it scores well AND uses the ticket's most telling word
  // (rarest among tickets that share it, of the words articles use): "gift wrapping" is not
  // answered by the gift card article just because both say "gift".
  const ticketDf = new Map<string, number>();
  for (const t of input.tickets) for (const term of new Set(t.terms)) ticketDf.set(term, (ticketDf.get(term) ?? 0) + 1);
  // Only words some article uses count: a word no article knows ("corporate newsletter") says
  // nothing about which article is right.
  const tellingWord = (t: Ticket) => t.terms.filter((term) => (ticketDf.get(term) ?? 0) >= 2 && index.knows(term)).sort((a, b) => ticketDf.get(a)! - ticketDf.get(b)! || a.localeCompare(b))[0];
  const covered = (t: Ticket) => {
    const m = best.get(t);
    if (!m || m.score < coveredFrom) return false;
    const word = tellingWord(t);
    return !word || index.mentions(m.article, word);
  };
  const related = (t: Ticket) => (best.get(t)?.score ?? 0) >= weakFrom;

  const weightOf = (list: readonly Ticket[]) => list.reduce((sum, t) => sum + t.weight, 0);
  const total = weightOf(input.tickets);
  // A handful of tickets is an anecdote, not a topic: at least 0.5% of tickets (min 2).
  const minSize = input.minTopicSize ?? Math.max(2, Math.ceil(total * 0.005));
  const byId = new Map(input.articles.map((a) => [a.id, a]));

  // Tickets an article answers form one topic per article; the rest are grouped by their
  // words, and a group is "weak" when most of it leans on the same article without being
  // answered by it, "missing" otherwise.
  const answered = new Map<string, Ticket[]>();
  const rest: Ticket[] = [];
  for (const t of input.tickets) {
    const m = best.get(t);
    if (m && covered(t)) {
      const list = answered.get(m.article);
      if (list) list.push(t);
      else answered.set(m.article, [t]);
    }
    else rest.push(t);
  }
  const drafts = [
    ...[...answered].map(([article, list]) => ({ list, terms: topTerms(list), article })),
    ...clusterTickets(rest).map((d) => ({ list: d.tickets, terms: d.terms, article: undefined as string | undefined })),
  ];

  const topics: Topic[] = drafts
    .filter((d) => d.article || weightOf(d.list) >= minSize)
    .map((draft) => {
      const list = draft.list;
      const leaning = new Map<string, number>();
      for (const t of list) if (related(t)) leaning.set(best.get(t)!.article, (leaning.get(best.get(t)!.article) ?? 0) + t.weight);
      const [leanArticle, leanCount] = [...leaning].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      const status: TopicStatus = draft.article ? 'covered' : leanCount / weightOf(list) >= 0.5 ? 'weak' : 'missing';
      const sums = new Map<string, number>();
      for (const t of list) {
        const m = best.get(t);
        if (m) sums.set(m.article, (sums.get(m.article) ?? 0) + m.score);
      }
      const matches = [...sums].map(([article, sum]) => ({ article, score: round(sum / list.length) })).sort((a, b) => (b.article === leanArticle ? 1 : 0) - (a.article === leanArticle ? 1 : 0) || b.score - a.score).slice(0, 3);
      if (draft.article) matches.sort((a, b) => (b.article === draft.article ? 1 : 0) - (a.article === draft.article ? 1 : 0));
      const topicMatch = index.match(draft.terms.slice(0, 4), 1)[0];
      const label = draft.article ? byId.get(draft.article)!.title : labelFor(list, draft.terms, stemEnglish);
      const representative = [...list].sort((a, b) => overlap(b, draft.terms) - overlap(a, draft.terms) || a.text.length - b.text.length);
      const trend: Record<string, number> = {};
      for (const t of list) if (t.month) trend[t.month] = (trend[t.month] ?? 0) + t.weight;
      const locales = new Map<string, number>();
      for (const t of list) locales.set(t.language, (locales.get(t.language) ?? 0) + t.weight);
      const categoryArticle = draft.article ?? matches[0]?.article ?? topicMatch?.article;
      return {
        id: '',
        label,
        status,
        tickets: weightOf(list),
        share: round(weightOf(list) / Math.max(1, total)),
        locale: [...locales].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en',
        suggestedCategory: (categoryArticle && byId.get(categoryArticle)?.category) || 'uncategorised',
        suggestedTitle: draft.article ? byId.get(draft.article)!.title : titleFrom(representative[0]?.text ?? label),
        matches,
        examples: [...new Set(representative.map((t) => excerpt(t.text)))].slice(0, 3),
        ticketIds: list.filter((t) => t.source === 'ticket').map((t) => t.id),
        sources: Object.fromEntries(['ticket', 'search', 'count'].map((source) => [source, weightOf(list.filter((t) => t.source === source))]).filter(([, n]) => n)),
        trend: Object.fromEntries(Object.entries(trend).sort()),
        terms: draft.terms,
      };
    })
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || b.tickets - a.tickets)
    .map((topic, i) => ({ ...topic, id: `t${String(i + 1).padStart(3, '0')}` }));

  const touched = new Set([...best.values()].filter((m) => m && m.score >= weakFrom).map((m) => m!.article));
  const ticketsCovered = weightOf(input.tickets.filter(covered));
  return {
    input: { files: input.files, rowsRead: input.rowsRead, ticketsUsed: input.tickets.length, rejected: input.rejected, duplicates: input.duplicates, skipped: input.skipped ?? 0 },
    articles: { count: input.articles.length, locales: [...new Set(input.articles.map((a) => a.locale))].sort(), untouched: input.articles.map((a) => a.id).filter((id) => !touched.has(id)).sort() },
    coverage: { ticketsCovered, ticketsTotal: total, ratio: round(total ? ticketsCovered / total : 1) },
    topics,
  };
}

/** The words most often used by a group of tickets. */
function topTerms(list: readonly Ticket[]): string[] {
  const counts = new Map<string, number>();
  for (const t of list) for (const term of new Set(t.terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([term]) => term);
}

const statusRank = (s: TopicStatus) => ({ missing: 0, weak: 1, covered: 2 })[s];
const overlap = (t: Ticket, terms: readonly string[]) => terms.slice(0, 4).filter((term) => t.terms.includes(term)).length;

function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A customer's own phrasing makes the best working title: first sentence, as a question. */
function titleFrom(text: string): string {
  const firstLine = text.replace(/\[\w+\]/g, '').split('\n').find((l) => l.trim()) ?? '';
  const sentence = firstLine.replace(/\s+/g, ' ').trim().split(/(?<=[.?!])\s/)[0] ?? '';
  const short = sentence.length > 80 ? `${sentence.slice(0, 79).replace(/\s+\S*$/, '')}` : sentence;
  const clean = short.replace(/[.!,;:\s]+$/, '');
  return clean ? `${clean[0]!.toUpperCase()}${clean.slice(1)}${clean.endsWith('?') ? '' : '?'}` : '';
}
