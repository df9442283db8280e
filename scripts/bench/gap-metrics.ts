/**
 * How good a gap report is, given what each ticket was really about: the labelled sets of
 * `npm run bench:gaps` (an intent per ticket, and which articles answer each intent). Pure:
 * the report's JSON and the labels in, figures out.
 *
 * An intent is *answered* when the map lists an article for it, *open* when it lists none
 * (or the intent is not in the map), and *noise* when it is one of the map's noise labels
 * (requests about nothing the help center offers: they should stay out of listed topics).
 */

export interface Labels {
  /** Ticket id → intent. */
  intentOf: ReadonlyMap<string, string>;
  /** Intent → the articles ("category/slug") that answer it; absent or empty: none does. */
  articlesOf: Readonly<Record<string, readonly string[]>>;
  noise?: ReadonlySet<string>;
}

/** What the metrics read of a report (its JSON contract). */
export interface ReportShape {
  topics: readonly { id: string; status: string; ticketIds: readonly string[]; matches: readonly { article: string }[] }[];
  longTail?: { ticketIds: readonly string[] };
  automaticReplies?: { ticketIds: readonly string[] };
}

export interface GapMetrics {
  /** Open intents (with at least MIN_INTENT_TICKETS tickets) whose tickets are mostly in open topics. */
  topicRecall: number;
  /** Open topics whose majority intent really has no article. */
  topicPrecision: number;
  ticketPrecision: number;
  ticketRecall: number;
  ticketF1: number;
  /** Between the topics (long-tail tickets each on their own) of open intents' tickets and their intents. */
  nmi: number;
  ari: number;
  /** Of tickets reported covered: the share covered by an article that answers their intent. */
  attribution: number;
  /** Tickets in exactly one topic or the long tail, of all. */
  accounted: number;
  openIntents: number;
  openTopics: number;
  /** Open intents not found (fewer than half their tickets in open topics). */
  missed: string[];
}

/** An intent with fewer tickets than this in an export is an anecdote, not a need to report. */
export const MIN_INTENT_TICKETS = 3;
const OPEN = new Set(['missing', 'translation-missing']);

/** "ko/orders/cancel-order" and "orders/cancel-order" are the same article for the labels. */
/** A reported article id (`ko/billing/x` in other languages) is the labelled one (`billing/x`). */
export const sameArticle = (reported: string, labelled: string) => reported === labelled || reported.endsWith(`/${labelled}`);

export function gapMetrics(report: ReportShape, labels: Labels, ticketIds: readonly string[]): GapMetrics {
  const { intentOf, articlesOf } = labels;
  const noise = labels.noise ?? new Set<string>();
  const isOpen = (intent: string) => !noise.has(intent) && !(articlesOf[intent]?.length);
  const placed = new Map<string, { topic: string; status: string; article?: string }[]>();
  const place = (id: string, where: { topic: string; status: string; article?: string }) => {
    const list = placed.get(id) ?? [];
    list.push(where);
    placed.set(id, list);
  };
  for (const topic of report.topics) for (const id of topic.ticketIds) place(id, { topic: topic.id, status: topic.status, article: topic.matches[0]?.article });
  for (const id of report.longTail?.ticketIds ?? []) place(id, { topic: `tail:${id}`, status: 'tail' });
  // Set apart as not a request: accounted for, in no topic (a labelled request there is a miss).
  for (const id of report.automaticReplies?.ticketIds ?? []) place(id, { topic: `automatic:${id}`, status: 'automatic' });

  const accounted = ticketIds.filter((id) => placed.get(id)?.length === 1).length / Math.max(1, ticketIds.length);
  const where = (id: string) => placed.get(id)?.[0];

  // Topic recall: open intents with enough tickets to be a need.
  const byIntent = new Map<string, string[]>();
  for (const id of ticketIds) {
    const intent = intentOf.get(id)!;
    byIntent.set(intent, [...(byIntent.get(intent) ?? []), id]);
  }
  const openIntents = [...byIntent].filter(([intent, ids]) => isOpen(intent) && ids.length >= MIN_INTENT_TICKETS);
  const missed = openIntents.filter(([, ids]) => ids.filter((id) => OPEN.has(where(id)?.status ?? '')).length * 2 <= ids.length).map(([intent]) => intent);
  const topicRecall = openIntents.length ? 1 - missed.length / openIntents.length : 1;

  // Topic precision: open topics whose majority intent is open (noise is not a need).
  const openTopics = report.topics.filter((t) => OPEN.has(t.status) && t.ticketIds.length);
  const majority = (ids: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(intentOf.get(id)!, (counts.get(intentOf.get(id)!) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  };
  const topicPrecision = openTopics.length ? openTopics.filter((t) => isOpen(majority(t.ticketIds))).length / openTopics.length : 1;

  // Tickets: a ticket of an open intent in an open topic is a hit.
  let hits = 0;
  let predicted = 0;
  let positives = 0;
  let coveredTickets = 0;
  let rightlyCovered = 0;
  for (const id of ticketIds) {
    const intent = intentOf.get(id)!;
    const at = where(id);
    const inOpen = OPEN.has(at?.status ?? '');
    if (isOpen(intent)) positives++;
    if (inOpen) predicted++;
    if (inOpen && isOpen(intent)) hits++;
    if (at?.status === 'covered') {
      coveredTickets++;
      if ((articlesOf[intent] ?? []).some((a) => sameArticle(at.article ?? '', a))) rightlyCovered++;
    }
  }
  const ticketPrecision = predicted ? hits / predicted : 1;
  const ticketRecall = positives ? hits / positives : 1;
  const ticketF1 = ticketPrecision + ticketRecall ? (2 * ticketPrecision * ticketRecall) / (ticketPrecision + ticketRecall) : 0;

  const openIds = ticketIds.filter((id) => isOpen(intentOf.get(id)!));
  const truth = openIds.map((id) => intentOf.get(id)!);
  const found = openIds.map((id) => where(id)?.topic ?? `none:${id}`);
  return {
    topicRecall,
    topicPrecision,
    ticketPrecision,
    ticketRecall,
    ticketF1,
    nmi: openIds.length ? nmi(truth, found) : 1,
    ari: openIds.length ? ari(truth, found) : 1,
    // Nothing reported covered although some tickets have an answer: none attributed right.
    attribution: coveredTickets ? rightlyCovered / coveredTickets : ticketIds.some((id) => (articlesOf[intentOf.get(id)!] ?? []).length) ? 0 : 1,
    accounted,
    openIntents: openIntents.length,
    openTopics: openTopics.length,
    missed,
  };
}

function contingency(a: readonly string[], b: readonly string[]) {
  const cells = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  a.forEach((x, i) => {
    const y = b[i]!;
    cells.set(`${x}\u0000${y}`, (cells.get(`${x}\u0000${y}`) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  });
  return { cells, rows, cols, n: a.length };
}

/** Normalised mutual information (arithmetic mean of the entropies, as scikit-learn's default). */
export function nmi(a: readonly string[], b: readonly string[]): number {
  const { cells, rows, cols, n } = contingency(a, b);
  const entropy = (m: Map<string, number>) => -[...m.values()].reduce((s, c) => s + (c / n) * Math.log(c / n), 0);
  const ha = entropy(rows);
  const hb = entropy(cols);
  if (ha === 0 && hb === 0) return 1;
  let mi = 0;
  for (const [key, c] of cells) {
    const [x, y] = key.split('\u0000') as [string, string];
    mi += (c / n) * Math.log((c * n) / (rows.get(x)! * cols.get(y)!));
  }
  return (ha + hb) / 2 === 0 ? 0 : Math.max(0, mi / ((ha + hb) / 2));
}

/** Adjusted Rand index. */
export function ari(a: readonly string[], b: readonly string[]): number {
  const { cells, rows, cols, n } = contingency(a, b);
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const index = [...cells.values()].reduce((s, c) => s + pairs(c), 0);
  const sumRows = [...rows.values()].reduce((s, c) => s + pairs(c), 0);
  const sumCols = [...cols.values()].reduce((s, c) => s + pairs(c), 0);
  const expected = (sumRows * sumCols) / Math.max(1, pairs(n));
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
