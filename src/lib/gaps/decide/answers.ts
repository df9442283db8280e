/**
 * Does an article answer a topic? One rule, the same for a topic of 3,000 tickets and for a
 * single ticket in the long tail:
 *
 *   An article answers a topic when it covers most (ANSWER_SHARE) of the topic's
 *   distinctive weight: the words its tickets use, each weighted by how much the topic's
 *   tickets agree on it (the squared share of its tickets using it: the chance that two of
 *   them both do) times how rare it is among the export's tickets and the articles (idf);
 *   and when it also answers most of the topic's tickets on their own words.
 *
 * Why both. Pooled, the words a topic's tickets agree on are its object ("power cut"), and
 * what they ask about it is said in many ways ("compensation", "money back", "a claim", "who
 * pays for the food"), each by a few tickets, so each weighs little: the power-cut article
 * covered 68% of the compensation topic. Ticket by ticket, each customer's own way of asking
 * weighs as much as the object, and the article answers few of them. Alone, the ticket test
 * is too harsh where customers add names and details no article needs to say (a pooled topic
 * forgives those: few tickets share them); together, a topic is answered when the article says
 * what its customers agree on and what most of them ask. Measured on nine labelled sets, two
 * of them held out (BENCHMARKS.md, "An article answers a topic's tickets").
 *
 * An article covers a word as much as it uses it, fields weighted (a title word more than a
 * passing mention in the body), saturating as BM25 does. Because the weights come from the
 * export, the rule calibrates itself: in a shop's tickets "order" is everywhere and weighs
 * little, "fee" is rare and weighs a lot, so "what does it cost to cancel?" is not answered
 * by "How do I cancel my order?", which says nothing about fees. Every word counts, whether
 * the articles use it or not ("Do you sell sofas?" is not answered by an article that sells
 * things); in a big topic, the names of places and products each of its tickets mentions once
 * weigh little, because its tickets do not agree on them.
 *
 * Status, from the best articles:
 * - `covered`: an article in the topic's language answers it;
 * - `translation-missing`: only an article of the default language does, judged on the words
 *   the glossary learnt from translations can render (most of the topic's weight must be
 *   among them);
 * - `missing`: neither.
 * `weak` (an article answers but customers still write in) needs evidence the words cannot
 * give: deciding it from partial word overlap named unrelated articles ("Do you sell sofas?"
 * → the refund article) and, measured on the four sets, cost recall everywhere.
 */
import type { ArticleIndex } from '../match/article-index.ts';
import type { Matching } from '../match/matching.ts';
import type { TermStats } from '../cluster/term-stats.ts';
import { ANSWER_SHARE, EVIDENCE_K1 } from '../tuning.ts';

export type TopicStatus = 'missing' | 'translation-missing' | 'weak' | 'covered';

/** What a topic's tickets say, as totals: tickets (weighted) per word, and the tickets' weight. */
export interface TopicWords {
  termCounts: ReadonlyMap<string, number>;
  weight: number;
  /**
   * Of the tickets judged on their own words (`tickets`, weighted: a ticket its agents tagged
   * goes where its tags put it, and is not judged alone), how many each article answers
   * (`answersOf`). When given, the article that answers the topic must also answer most of
   * them; without it (the needs within a topic, judged on their words against the topic) only
   * the words decide.
   */
  alone?: { tickets: number; answeredBy: ReadonlyMap<string, number> };
}

/** Tickets judged on their own words (weighted) and how many each article answers: `TopicWords.alone` as it is counted. */
export interface AloneTally {
  tickets: number;
  answeredBy: Map<string, number>;
}

/** Counts one ticket judged on its own words (`answersOf(…).answering`) into a topic's tally. */
export function tallyAlone(tally: AloneTally, answering: readonly string[], weight = 1): void {
  tally.tickets += weight;
  for (const article of answering) tally.answeredBy.set(article, (tally.answeredBy.get(article) ?? 0) + weight);
}

export interface WordEvidence {
  term: string;
  /** (Share of the topic's tickets using it)² × its idf among the export's tickets and the articles. */
  weight: number;
  /** Share of the topic's tickets using the word (0–1). */
  share: number;
  /** How well the decided (or best) article covers it, 0–1. */
  evidence: number;
}

export interface ArticleCoverage {
  article: string;
  /** Share of the topic's distinctive weight the article covers (for a stand-in: of the weight it can be judged on). */
  coverage: number;
  /** Not written in the topic's language: the default-language article, judged through the glossary. */
  standIn: boolean;
}

export interface Decision {
  status: TopicStatus;
  /** The article that answers the topic, or the one to translate. */
  article?: string;
  /** The best articles, best first (up to three). */
  coverage: ArticleCoverage[];
  /** The topic's most distinctive words, heaviest first (up to eight). */
  words: WordEvidence[];
  /** For topics outside the default language: share of the weight the glossary can judge. */
  judged?: number;
  /** With `TopicWords.alone`: the share of the tickets judged alone that the best article in the topic's language answers. */
  alone?: number;
}

/** An article's use of a word (field-weighted term frequency) as evidence between 0 and 1. */
export const evidenceOf = (tf: number) => tf / (tf + EVIDENCE_K1);

/**
 * The words that define a topic, heaviest first. Agents' tags (`#tag`) group tickets but are
 * not words an article could use.
 */
export function distinctiveWords(topic: TopicWords, stats: TermStats, index: ArticleIndex): { term: string; weight: number; share: number }[] {
  return weighWords(topic.termCounts, topic.weight, stats, index).sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
}

/** Each word's weight in a topic of `weight` tickets, from tickets per word, in the order given. */
function weighWords(counts: Iterable<readonly [string, number]>, weight: number, stats: TermStats, index: ArticleIndex): { term: string; weight: number; share: number }[] {
  const out: { term: string; weight: number; share: number }[] = [];
  let oneOff = 0;
  for (const [term, n] of counts) {
    if (term.startsWith('#')) continue;
    if (isOneOff(term, stats, index)) oneOff++;
    const share = Math.min(1, n / Math.max(1e-9, weight));
    out.push({ term, weight: share * share * stats.idf(term), share });
  }
  // Words no other ticket and no article uses count together as one word: a short ticket's
  // odd word can be what it asks about ("Do you sell sofas?"), a long message's many one-off
  // words (names, typos, Korean verb endings) are not ten different needs.
  if (oneOff > 1) for (const word of out) if (isOneOff(word.term, stats, index)) word.weight /= oneOff;
  return out;
}

/** A word only one ticket of the export uses and no article does. */
function isOneOff(term: string, stats: TermStats, index: ArticleIndex): boolean {
  return (stats.df.get(term) ?? 0) < 2 && !index.knows(term);
}

/**
 * What each article covers of a topic's (or a ticket's) weighted words: per article of the
 * language's index, the covered weight; and the weight a stand-in for an untranslated article
 * can be judged on.
 */
function coverOf(words: readonly { term: string; weight: number }[], language: string, matching: Matching, scratch?: Float64Array): { covered: Float64Array; total: number; judgedTotal: number; standIn: boolean[] } {
  const index = matching.indexFor(language);
  const standIn = matching.standIns(language);
  const covered = scratch ? scratch.fill(0) : new Float64Array(index.articles.length);
  let total = 0;
  let judgedTotal = 0;
  for (const { term, weight } of words) {
    total += weight;
    const judged = standIn.length > 0 && matching.bridges(language, term);
    if (judged) judgedTotal += weight;
    const uses = index.uses(term);
    if (!uses) continue;
    for (let i = 0; i < uses.docs.length; i++) {
      const doc = uses.docs[i]!;
      if (standIn[doc] && !judged) continue;
      covered[doc] += weight * evidenceOf(uses.tfs[i]!);
    }
  }
  return { covered, total, judgedTotal, standIn };
}

/**
 * What one ticket's own words say about the articles in its language:
 * - `best`: the article that answers it, by the words rule of a topic (its words weighted as
 *   in the export), if one does: which article a ticket of a topic decided covered is about (a
 *   cluster of "time off" tickets holds requests, balances and approvals, each with its own
 *   article);
 * - `answering`: every article that answers it once its one-off words (no other ticket and no
 *   article uses them: the jug, the teapot, a typo) are set aside, for `TopicWords.alone`. A
 *   topic's words forgive such details because few of its tickets share them; one ticket's
 *   would not, and "when will I get my refund? I returned the jug" is a refund question. What a
 *   customer asks in words others use too ("compensation", "claim") still counts.
 */
export function answersOf(terms: readonly string[] | ReadonlySet<string>, language: string, stats: TermStats, matching: Matching, answerShare = ANSWER_SHARE): { best?: string; answering: string[] } {
  // The topic rule for a topic of one ticket: this runs for every ticket of an export.
  // A Set is taken as the distinct words already.
  const index = matching.indexFor(language);
  const words = weighWords([...(terms instanceof Set ? terms : new Set(terms))].map((term) => [term, 1] as const), 1, stats, index);
  const { covered, total, standIn } = coverOf(words, language, matching, index.scratch);
  // One-off words are no article's, so they only ever add to the total.
  let oneOff = 0;
  for (const word of words) if (isOneOff(word.term, stats, index)) oneOff += word.weight;
  let best = -1;
  const answering: number[] = [];
  for (let i = 0; i < covered.length; i++) {
    if (standIn[i] || !(covered[i]! > 0)) continue;
    if (covered[i]! >= answerShare * total && (best < 0 || covered[i]! > covered[best]!)) best = i;
    if (covered[i]! >= answerShare * (total - oneOff)) answering.push(i);
  }
  return { ...(best >= 0 ? { best: index.articles[best]!.id } : {}), answering: answering.map((i) => index.articles[i]!.id) };
}

/**
 * `answerShare`: ANSWER_SHARE unless the benchmark sweeps it. `explainWith`: the article whose
 * evidence each word shows, when not the decided or best one (a need found within the topic
 * that article answers: build-report.ts).
 */
export function decideTopic(topic: TopicWords, language: string, stats: TermStats, matching: Matching, answerShare = ANSWER_SHARE, explainWith?: string): Decision {
  const index = matching.indexFor(language);
  const words = distinctiveWords(topic, stats, index);
  const articles = index.articles;
  const { covered, total, judgedTotal, standIn } = coverOf(words, language, matching);
  const judgedShare = total ? judgedTotal / total : 0;
  const coverage: ArticleCoverage[] = articles
    .map((a, i) => ({ article: a.id, standIn: standIn[i] ?? false, coverage: standIn[i] ? (judgedTotal ? covered[i]! / judgedTotal : 0) : total ? covered[i]! / total : 0 }))
    .filter((c) => c.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || (a.article < b.article ? -1 : 1));
  const own = coverage.find((c) => !c.standIn);
  const translation = judgedShare >= answerShare ? coverage.find((c) => c.standIn) : undefined;
  const evidenceIn = (article: string | undefined, term: string) => {
    const doc = article === undefined ? -1 : articles.findIndex((a) => a.id === article);
    const uses = index.uses(term);
    const at = uses ? uses.docs.indexOf(doc) : -1;
    return at < 0 ? 0 : evidenceOf(uses!.tfs[at]!);
  };
  // The share of the topic's tickets an article answers on their own words (1 when not counted).
  const alone = (id: string) => (topic.alone?.tickets ? (topic.alone.answeredBy.get(id) ?? 0) / topic.alone.tickets : 1);
  let status: TopicStatus = 'missing';
  let article: string | undefined;
  if (own && own.coverage >= answerShare && alone(own.article) >= answerShare) [status, article] = ['covered', own.article];
  else if (translation && translation.coverage >= answerShare) [status, article] = ['translation-missing', translation.article];
  const shown = article ?? explainWith ?? own?.article;
  return {
    status,
    article,
    coverage: coverage.slice(0, 3),
    words: words.slice(0, 8).map((w) => ({ ...w, evidence: evidenceIn(shown, w.term) })),
    ...(matching.defaultLocale === language ? {} : { judged: judgedShare }),
    // Of the article in the topic's language that answers it, or would: the covered one is own.
    ...(topic.alone?.tickets && own ? { alone: Math.min(1, alone(own.article)) } : {}),
  };
}
