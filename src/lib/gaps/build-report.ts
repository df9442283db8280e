/**
 * The gap report from normalised tickets and the articles: match each ticket, group tickets
 * into topics, and decide per topic whether an article answers it. Pure: plain data in,
 * the JSON report (the documented contract) out.
 */
import type { ArticleText } from './match/load-articles.ts';
import type { ArticleMatch } from './match/article-index.ts';
import { Matching, type Found } from './match/matching.ts';
import type { Rejected } from './read/read-tickets.ts';
import type { SynonymLookup, Ticket } from './normalize/tickets.ts';
import { ClusterStats, OTHER_KEY, labelFor, largest, mergeSimilar, topTermsOf, type Mergeable } from './cluster/topics.ts';

/**
 * Normalised BM25 score from which an article is taken to answer a ticket in the default
 * language, and in the others. Lower in the others, whose word forms the analysers reduce
 * less (Korean endings, Telugu suffixes), so the same evidence scores lower. Calibrated on the
 * Bitext benchmark and on the Korean, Russian and Telugu fixtures: see BENCHMARKS.md.
 */
export const COVERED_SCORE = 0.35;
export const COVERED_SCORE_OTHER_LANGUAGES = 0.25;
/**
 * An untranslated article answers a ticket in another language from here. Higher than
 * COVERED_SCORE_OTHER_LANGUAGES because it is judged on fewer words (those with a counterpart in the default
 * language), where a couple of shared words already score well. Calibrated on the Korean,
 * Russian and Telugu fixtures: see BENCHMARKS.md.
 */
export const TRANSLATION_SCORE = 0.4;
/** Tickets a tag must be on before it can stand for an article. */
const TAG_MIN_TICKETS = 3;
/**
 * A topic is `weak` when at least this many answered tickets use one of its main words and
 * this share of them is answered by one article (calibrated on the Bitext benchmark: 0.7–0.85
 * and 3–10 tickets give the same result, see BENCHMARKS.md).
 */
const ANSWERED_EVIDENCE = 5;
const ANSWERED_SHARE = 0.75;
/** From here an article is related but probably not the answer (default language, others). */
export const WEAK_SCORE = 0.175;
export const WEAK_SCORE_OTHER_LANGUAGES = 0.125;

/**
 * `missing`: no article answers it. `translation-missing`: an article in the default language
 * does, but not in the tickets' language. `weak`: an article is close but tickets keep coming.
 */
export type TopicStatus = 'missing' | 'translation-missing' | 'weak' | 'covered';

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

export interface ReportMeta {
  files: string[];
  rowsRead: number;
  rejected: Rejected[];
  duplicates: number;
  /** Rows read but not used on purpose (searches that found results). */
  skipped?: number;
  minTopicSize?: number;
}

export interface ReportInput extends ReportMeta {
  tickets: Ticket[];
  articles: ArticleText[];
  /** Overrides of COVERED_SCORE / WEAK_SCORE (the default language's), for calibration. */
  thresholds?: { covered: number; weak: number };
  /** The site's synonyms, so topic labels find the customers' own words. */
  synonyms?: Map<string, SynonymLookup>;
  /** The articles' indexes, built once for several reports over the same articles. */
  matching?: Matching;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Tickets held whole before word statistics are frozen. Up to here the report is exactly what
 * all tickets at once would give; past it, tickets are folded into their topic's totals as
 * they arrive, so memory does not grow with the export (a sample this size already knows
 * which words name topics).
 */
export const CALIBRATION_TICKETS = 50_000;
/** Tickets kept per group to name it and quote from it. */
const POOL_SIZE = 48;
/**
 * Scores (0–1) are added up as whole multiples of this: 500 million of them stay below 2^53
 * (exact), and 1/16,777,216 is far below the three decimals a report shows.
 */
const SCORE_UNIT = 2 ** 24;
const scoreUnits = (score: number) => Math.round(score * SCORE_UNIT);
/** A group's average score for an article. */
const averageScore = (group: Pick<Group, 'scoreSums' | 'size'>, article: string) => (group.scoreSums.get(article) ?? 0) / SCORE_UNIT / group.size;

export interface Group extends Mergeable {
  /** The article that answers the group's tickets (in the default language when `translation`). */
  article?: string;
  /** Answered only in the default language: the tickets' language lacks this article. */
  translation: boolean;
  weight: number;
  ids: string[];
  sources: Record<Ticket['source'], number>;
  trend: Map<string, number>;
  locales: Map<string, number>;
  /** Weight of tickets related to (but not answered by) each article. */
  lean: Map<string, number>;
  /**
   * Sum of scores per article, for the average shown as `matches`: each ticket's best match,
   * and the runner-up it leans on when the best is not about what it names. In SCORE_UNITs,
   * whole numbers, so sums are exact in any order (worker threads add up parts of a group).
   */
  scoreSums: Map<string, number>;
  /**
   * Unanswered groups: tickets per word that can name a topic (ClusterStats.countInto), turned
   * into the idf-weighted profile topics are merged on when the report is finished.
   */
  profile: Map<string, number>;
  /** Ticket counts per word (answered groups: their top terms). */
  termCounts: Map<string, number>;
  pool: PoolTicket[];
}

/** What a group keeps of a ticket to name its topic and quote from it. */
export type PoolTicket = Pick<Ticket, 'text' | 'terms'>;

type Best = ArticleMatch | undefined;

/**
 * What placing a ticket in its group depends on once the calibration sample is frozen, as
 * plain data: a builder on a worker thread thawed with it places tickets exactly as this one.
 */
export interface Placement {
  ticketDf: Map<string, number>;
  clusterWeights: Map<string, number>;
  tagAnswers: Map<string, string>;
  thresholds: { covered: number; weak: number };
}

/**
 * The totals a builder on a worker thread gathered from one batch of tickets, for the main
 * builder to add to its own (`merge`). Groups are listed in the order the batch opened them.
 */
export interface BatchTotals {
  ticketsUsed: number;
  total: number;
  coveredWeight: number;
  touched: string[];
  groups: Group[];
}

/**
 * Builds the report one ticket at a time: `add()` each ticket, then `finish()`. Memory holds
 * the calibration sample, then only per-topic totals, a few tickets per topic and ticket ids.
 */
export class ReportBuilder {
  private readonly matching: Matching;
  private readonly articles: ArticleText[];
  private coveredFrom: number;
  private weakFrom: number;
  private readonly calibration: number;
  /**
   * The calibration sample. Each ticket's words are held as one string: as an array of word
   * strings, 50,000 tickets took about 1.5 KB more each, at the report's peak of memory.
   */
  private buffer: { ticket: Ticket; words: string; best: Best; bridged: Best; next: ArticleMatch[] }[] = [];
  private frozen?: { ticketDf: Map<string, number>; clusters: ClusterStats; tagAnswers: Map<string, string> };
  private groups = new Map<string, Group>();
  /** Per group: tickets already handed on for its pool by earlier `takeTotals` (worker threads). */
  private readonly pooled = new Map<string, number>();
  private readonly touched = new Set<string>();
  private total = 0;
  private coveredWeight = 0;
  private ticketsUsed = 0;

  private readonly synonyms?: Map<string, SynonymLookup>;

  /** `matching`: the articles' indexes, when the caller already built them (they take a while). */
  constructor(articles: ArticleText[], options: { thresholds?: { covered: number; weak: number }; calibration?: number; synonyms?: Map<string, SynonymLookup>; matching?: Matching } = {}) {
    this.synonyms = options.synonyms;
    this.articles = articles;
    this.matching = options.matching ?? new Matching(articles, options.synonyms);
    ({ covered: this.coveredFrom, weak: this.weakFrom } = options.thresholds ?? { covered: COVERED_SCORE, weak: WEAK_SCORE });
    this.calibration = options.calibration ?? CALIBRATION_TICKETS;
  }

  /** Adds a ticket; `found` holds its best articles when already found (on a worker thread). */
  add(ticket: Ticket, found: Found = this.matching.find(ticket)): void {
    const { best, bridged, next } = found;
    this.ticketsUsed++;
    this.total += ticket.weight;
    if (best && best.score >= this.weakAt(ticket.language)) this.touched.add(best.article);
    if (this.frozen) this.place(ticket, best, bridged, next);
    else {
      this.buffer.push({ ticket: { ...ticket, terms: [] }, words: ticket.terms.join(' '), best, bridged, next });
      if (this.buffer.length >= this.calibration) this.freeze();
    }
  }

  private coveredAt(language: string): number {
    return language === this.matching.defaultLocale ? this.coveredFrom : COVERED_SCORE_OTHER_LANGUAGES;
  }

  private weakAt(language: string): number {
    return language === this.matching.defaultLocale ? this.weakFrom : WEAK_SCORE_OTHER_LANGUAGES;
  }

  /** The frozen word statistics and thresholds, once the calibration sample is frozen. */
  placement(): Placement | undefined {
    if (!this.frozen) return undefined;
    const { ticketDf, clusters, tagAnswers } = this.frozen;
    return { ticketDf, clusterWeights: clusters.weights, tagAnswers, thresholds: { covered: this.coveredFrom, weak: this.weakFrom } };
  }

  /** Takes another builder's frozen statistics (on a worker thread): every ticket is then placed at once. */
  thaw(placement: Placement): void {
    this.frozen = { ticketDf: placement.ticketDf, clusters: ClusterStats.fromWeights(placement.clusterWeights), tagAnswers: placement.tagAnswers };
    ({ covered: this.coveredFrom, weak: this.weakFrom } = placement.thresholds);
  }

  /**
   * Hands over (and forgets) the totals gathered since the last call, for the main thread's
   * builder to `merge`. A group's pool only gets tickets while fewer than POOL_SIZE have been
   * handed on: the first POOL_SIZE of a group in the whole export are always among them.
   */
  takeTotals(): BatchTotals {
    const totals: BatchTotals = { ticketsUsed: this.ticketsUsed, total: this.total, coveredWeight: this.coveredWeight, touched: [...this.touched], groups: [...this.groups.values()] };
    for (const group of totals.groups) this.pooled.set(group.key, (this.pooled.get(group.key) ?? 0) + group.pool.length);
    this.ticketsUsed = this.total = this.coveredWeight = 0;
    this.touched.clear();
    this.groups = new Map();
    return totals;
  }

  /**
   * Adds a batch's totals from a worker thread. Batches are merged in input order, and every
   * sum is of whole numbers, so the report is the one this builder would have made alone.
   */
  merge(totals: BatchTotals): void {
    this.ticketsUsed += totals.ticketsUsed;
    this.total += totals.total;
    this.coveredWeight += totals.coveredWeight;
    for (const article of totals.touched) this.touched.add(article);
    for (const part of totals.groups) {
      const group = this.groupFor(part.key, part.article, part.translation);
      absorb(group, part, POOL_SIZE);
      // What merging similar topics leaves to mergeSimilar, parts of one group add up here.
      group.size += part.size;
      for (const [field, into] of [[part.termCounts, group.termCounts], [part.profile, group.profile]] as const) {
        for (const [k, v] of field) bump(into, k, v);
      }
    }
  }

  private groupFor(key: string, article: string | undefined, translation: boolean): Group {
    let group = this.groups.get(key);
    if (!group) {
      group = { key, article, translation, size: 0, profile: new Map(), weight: 0, ids: [], sources: { ticket: 0, search: 0, count: 0 }, trend: new Map(), locales: new Map(), lean: new Map(), scoreSums: new Map(), termCounts: new Map(), pool: [] };
      this.groups.set(key, group);
    }
    return group;
  }

  /** Word statistics from the tickets seen so far; every later ticket is placed with them. */
  private freeze(): void {
    const ticketDf = new Map<string, number>();
    for (const entry of this.buffer) for (const term of new Set(termsOf(entry))) ticketDf.set(term, (ticketDf.get(term) ?? 0) + 1);
    this.frozen = { ticketDf, clusters: new ClusterStats([]), tagAnswers: new Map() };
    const rest = this.buffer.filter((entry) => !this.covered(entry.ticket, new Set(termsOf(entry)), entry.best));
    this.frozen.tagAnswers = this.consistentTags();
    this.frozen.clusters = new ClusterStats((function* () {
      for (const entry of rest) yield { terms: groupingTerms({ tags: entry.ticket.tags, terms: termsOf(entry) }) };
    })());
    const buffer = this.buffer;
    this.buffer = [];
    for (const entry of buffer) this.place({ ...entry.ticket, terms: termsOf(entry) }, entry.best, entry.bridged, entry.next);
  }

  /**
   * Agents' tags, where agents tag consistently: a tag (in one language) on at least
   * TAG_MIN_TICKETS tickets, at least half of which one article answers by their words, is
   * taken to mean that article. Its other tickets ("Any news? It's been two weeks.", tagged
   * refund_status) are then answered by it too.
   */
  private consistentTags(): Map<string, string> {
    const tagged = new Map<string, { total: number; answers: Map<string, number> }>();
    for (const entry of this.buffer) {
      const { ticket, best } = entry;
      const answered = this.related(ticket, new Set(termsOf(entry)), best) && !this.matching.isStandIn(best!.article, ticket.language);
      for (const tag of ticket.tags) {
        const key = `${ticket.language}|${tag}`;
        const entry = tagged.get(key) ?? { total: 0, answers: new Map<string, number>() };
        entry.total++;
        if (answered) bump(entry.answers, best!.article, 1);
        tagged.set(key, entry);
      }
    }
    const meanings = new Map<string, string>();
    for (const [key, { total, answers }] of tagged) {
      const [article, n] = largest(answers) ?? ['', 0];
      if (total >= TAG_MIN_TICKETS && n / total >= 0.5) meanings.set(key, article);
    }
    return meanings;
  }

  /**
   * A match's score, counting against it only the unknown words other tickets use too. A word
   * only one customer wrote ("my teapot", "two weeks", an inflection the analyser could not
   * reduce) is not a topic the articles lack; a word many write ("penalty", "feedback") is.
   */
  private scoreOf(language: string, terms: ReadonlySet<string>, match: NonNullable<Best>): number {
    const df = this.frozen!.ticketDf;
    const index = this.matching.indexFor(language);
    let shared = 0;
    for (const term of terms) if (!index.knows(term) && (df.get(term) ?? 0) >= 2) shared++;
    const ceiling = match.known + shared * index.unknownWeight;
    return ceiling ? match.raw / ceiling : 0;
  }

  /**
   * An article answers a ticket when it scores well, the ticket names what the article is
   * about, AND the article is about the ticket's most telling word (rarest among tickets that
   * share it, of the words articles are about): "gift wrapping" is not answered by the gift
   * card article just because both say "gift", nor "call customer service" by the account
   * article whose text mentions customers. Words no article knows ("corporate newsletter")
   * say nothing about which article is right.
   *
   * Only in the default language: elsewhere word forms are less reduced (Korean endings,
   * Telugu suffixes), so a ticket's word rarely equals a title's and any use in the text counts.
   *
   * An article not written in the ticket's language (a stand-in for a missing translation)
   * never answers it: that is `translation-missing` when the words both languages share say
   * so, and unanswered otherwise.
   *
   * `terms`: the ticket's terms as a set, and `score` its scoreOf, when the caller has them.
   */
  private covered(ticket: Ticket, terms: ReadonlySet<string>, best: Best, score = best && this.scoreOf(ticket.language, terms, best)): boolean {
    return Boolean(best && score! >= this.coveredAt(ticket.language) && !this.matching.isStandIn(best.article, ticket.language) && this.tellingWordIn(ticket.language, terms, best, true) && this.namesSubject(ticket.language, terms, best.article));
  }

  /**
   * The looser test used to learn what an agents' tag means: the article scores well and uses
   * the ticket's most telling word somewhere. The tag itself is the agents' evidence that the
   * tickets belong together; the words only have to say which article they are about.
   */
  private related(ticket: Ticket, terms: ReadonlySet<string>, best: Best): boolean {
    return Boolean(best && this.scoreOf(ticket.language, terms, best) >= this.coveredAt(ticket.language) && this.tellingWordIn(ticket.language, terms, best, false));
  }

  /** Whether a ticket's terms (or a topic's top words) include a word of what the article is about. */
  private namesSubject(language: string, terms: ReadonlySet<string>, article: string): boolean {
    if (language !== this.matching.defaultLocale) return true;
    const index = this.matching.indexFor(language);
    for (const term of terms) if (index.isAbout(article, term, terms)) return true;
    return false;
  }

  private tellingWordIn(language: string, terms: ReadonlySet<string>, best: NonNullable<Best>, strictWhereItCan: boolean): boolean {
    const df = this.frozen!.ticketDf;
    const index = this.matching.indexFor(language);
    const strict = strictWhereItCan && language === this.matching.defaultLocale;
    let telling: string | undefined;
    for (const term of terms) {
      const n = df.get(term) ?? 0;
      if (n < 2 || !(strict ? index.isSubject(term, terms) : index.knows(term))) continue;
      if (telling === undefined || n < df.get(telling)! || (n === df.get(telling)! && term < telling)) telling = term;
    }
    if (telling === undefined) return true;
    return strict ? index.isAbout(best.article, telling, terms) : index.mentions(best.article, telling);
  }

  /**
   * Tickets an article answers form one group per article (per language, when the article
   * is not written in the tickets' language); the rest are grouped by their two most
   * specific words.
   */
  private place(ticket: Ticket, found: Best, bridged: Best, next: readonly ArticleMatch[]): void {
    const { clusters } = this.frozen!;
    // Answered by an article not yet translated into the ticket's language (judged on the
    // words both languages share): a translation to write, not an article, and not covered
    // for this customer.
    const translation = Boolean(bridged && bridged.score >= TRANSLATION_SCORE && this.matching.isStandIn(bridged.article, ticket.language));
    const byWords = translation ? bridged : found;
    // An agent's consistent tag outweighs a guess from a few words.
    const tagAnswer = translation ? undefined : ticket.tags.map((tag) => this.frozen!.tagAnswers.get(`${ticket.language}|${tag}`)).find(Boolean);
    const best: Best = tagAnswer ? { article: tagAnswer, score: byWords?.article === tagAnswer ? byWords.score : 0, raw: 0, known: 0 } : byWords;
    // Worked out once per ticket: every test below reads them. `covered` only runs when
    // `best` is the match by words (no tag answer, no translation), so `score` is its score.
    const terms = new Set(ticket.terms);
    const score = best && this.scoreOf(ticket.language, terms, best);
    const answered = tagAnswer !== undefined || translation || this.covered(ticket, terms, byWords, score);
    if (answered && !translation) this.coveredWeight += ticket.weight;
    const usable = answered ? undefined : clusters.usableWords(groupingTerms(ticket));
    const key = usable ? clusters.keyOf(usable) : translation ? `translation:${ticket.language}:${best!.article}` : `article:${best!.article}`;
    const group = this.groupFor(key, answered ? best!.article : undefined, translation);
    group.size++;
    group.weight += ticket.weight;
    group.sources[ticket.source] += ticket.weight;
    if (ticket.source === 'ticket') group.ids.push(ticket.id);
    if (ticket.month) bump(group.trend, ticket.month, ticket.weight);
    bump(group.locales, ticket.language, ticket.weight);
    if (best) {
      bump(group.scoreSums, best.article, scoreUnits(score!));
      // The article the ticket leans on: the best, when it scores as related and is about what
      // the ticket names. An unanswered ticket may lean on a runner-up instead: "a rebate of my
      // money" scores highest on the cancelled-order article (its keywords say "money back"),
      // and next on the refund article, which is about refunds.
      for (const match of answered ? [best] : [best, ...next]) {
        const matchScore = match === best ? score! : this.scoreOf(ticket.language, terms, match);
        if (matchScore < this.weakAt(ticket.language) || !this.namesSubject(ticket.language, terms, match.article)) continue;
        bump(group.lean, match.article, ticket.weight);
        if (match !== best) bump(group.scoreSums, match.article, scoreUnits(matchScore));
        break;
      }
    }
    // Unanswered tickets (the ones with usable words worked out) tally the words that name
    // topics; answered ones, every word.
    if (usable) clusters.countInto(group.profile, usable);
    else for (const term of terms) bump(group.termCounts, term, 1);
    if (group.pool.length + (this.pooled.get(key) ?? 0) < POOL_SIZE) group.pool.push({ text: ticket.text, terms: ticket.terms });
  }

  /**
   * The article an unanswered topic leans on, which makes it `weak` rather than `missing`:
   * most of its tickets are related to one article and name its subject; or the topic's words
   * as a whole match one whose subject they name (tickets that each say too little can
   * together read like an article); or its tickets on average score as related to one whose
   * subject they name; or its main word is a related article's subject; or the answered
   * tickets using its main words are nearly all answered by one article. Not an article
   * standing in for a missing translation.
   */
  private leaning(group: Group, topicMatches: ArticleMatch[], locale: string, terms: string[], answeredBy: Map<string, Map<string, number>>): { article: string; score: number } | undefined {
    const written = (article: string) => !this.matching.isStandIn(article, locale);
    const [mostly, weight] = largest(group.lean) ?? ['', 0];
    if (weight / group.weight >= 0.5) return { article: mostly, score: averageScore(group, mostly) };
    // The topic's own words must name what the article is about, not just share its text.
    const top = new Set(terms.slice(0, 6));
    const named = (article: string) => this.namesSubject(locale, top, article);
    const topicMatch = topicMatches.find((m) => m.score >= this.coveredAt(locale) && written(m.article) && named(m.article));
    if (topicMatch) return topicMatch;
    const [average] = largest([...group.scoreSums].filter(([article]) => written(article) && named(article))) ?? [''];
    if (average && averageScore(group, average) >= this.weakAt(locale)) return { article: average, score: averageScore(group, average) };
    // Its main word is what a related article is about ("corporate newsletter" and the
    // newsletter article): the article is there, the tickets' wording is not in it.
    const main = new Set(terms.slice(0, 1));
    const headline = topicMatches.find((m) => written(m.article) && this.namesSubject(locale, main, m.article));
    if (headline) return headline;
    // What answered tickets say: when the answered tickets using one of the topic's two main
    // words are nearly all answered by one article, the topic is that article's question in
    // other words ("retrieve the key of my user profile" next to "reset my password key").
    for (const term of terms.slice(0, 2)) {
      const answers = answeredBy.get(term);
      if (!answers) continue;
      const total = [...answers.values()].reduce((a, b) => a + b, 0);
      const [article, n] = largest(answers)!;
      if (total >= ANSWERED_EVIDENCE && n / total >= ANSWERED_SHARE && written(article)) return { article, score: averageScore(group, article) };
    }
    return undefined;
  }

  /** Per word: how many answered tickets using it each article answers (translations aside). */
  private answeredByTerm(): Map<string, Map<string, number>> {
    const byTerm = new Map<string, Map<string, number>>();
    for (const group of this.groups.values()) {
      if (!group.article || group.translation) continue;
      for (const [term, n] of group.termCounts) {
        let answers = byTerm.get(term);
        if (!answers) byTerm.set(term, (answers = new Map()));
        bump(answers, group.article, n);
      }
    }
    return byTerm;
  }

  finish(meta: ReportMeta): GapReport {
    if (!this.frozen) this.freeze();
    const total = this.total;
    // A handful of tickets is an anecdote, not a topic: at least 0.5% of tickets (min 2).
    const minSize = meta.minTopicSize ?? Math.max(2, Math.ceil(total * 0.005));
    const answered = [...this.groups.values()].filter((g) => g.article);
    const unanswered = [...this.groups.values()].filter((g) => !g.article);
    for (const group of unanswered) group.profile = this.frozen!.clusters.profileOf(group.profile);
    const clustered = mergeSimilar(unanswered, absorb);
    const answeredBy = this.answeredByTerm();

    const topics: Topic[] = [...answered, ...clustered]
      .filter((g) => g.article || g.weight >= minSize)
      .map((group) => {
        const terms = group.article ? topTermsOf(group.termCounts) : topTermsOf(group.profile);
        const topLocale = largest(group.locales)?.[0] ?? this.matching.defaultLocale;
        const topicMatches = group.article ? [] : this.matching.indexFor(topLocale).match(terms.slice(0, 4), 3);
        const topicMatch = topicMatches[0];
        const lean = group.article ? undefined : this.leaning(group, topicMatches, topLocale, terms, answeredBy);
        const status: TopicStatus = group.translation ? 'translation-missing' : group.article ? 'covered' : lean ? 'weak' : 'missing';
        const first = group.article ?? lean?.article;
        const averages = new Map([...group.scoreSums.keys()].map((article) => [article, round(averageScore(group, article))]));
        if (lean && !averages.has(lean.article)) averages.set(lean.article, round(lean.score));
        const matches = [...averages]
          .map(([article, score]) => ({ article, score }))
          .sort((a, b) => (b.article === first ? 1 : 0) - (a.article === first ? 1 : 0) || b.score - a.score || a.article.localeCompare(b.article))
          .slice(0, 3);
        const byId = (id: string) => this.matching.article(id);
        const label = group.article ? byId(group.article)!.title : group.key === OTHER_KEY ? 'Other questions (no words in common)' : labelFor(group.pool, terms, topLocale, this.synonyms?.get(topLocale));
        const representative = [...group.pool].sort((a, b) => overlap(b, terms) - overlap(a, terms) || a.text.length - b.text.length);
        const categoryArticle = group.article ?? matches[0]?.article ?? topicMatch?.article;
        return {
          id: '',
          label,
          status,
          tickets: group.weight,
          share: round(group.weight / Math.max(1, total)),
          locale: topLocale,
          suggestedCategory: (categoryArticle && byId(categoryArticle)?.category) || 'uncategorised',
          suggestedTitle: group.article ? byId(group.article)!.title : titleFrom(representative[0]?.text ?? label),
          matches,
          examples: [...new Set(representative.slice(0, 12).map((t) => excerpt(t.text)))].slice(0, 3),
          ticketIds: group.ids,
          sources: Object.fromEntries(Object.entries(group.sources).filter(([, n]) => n)),
          trend: Object.fromEntries([...group.trend].sort((a, b) => a[0].localeCompare(b[0]))),
          terms,
        };
      })
      .sort((a, b) => statusRank(a.status) - statusRank(b.status) || b.tickets - a.tickets)
      .map((topic, i) => ({ ...topic, id: `t${String(i + 1).padStart(3, '0')}` }));

    return {
      input: { files: meta.files, rowsRead: meta.rowsRead, ticketsUsed: this.ticketsUsed, rejected: meta.rejected, duplicates: meta.duplicates, skipped: meta.skipped ?? 0 },
      articles: { count: this.articles.length, locales: [...new Set(this.articles.map((a) => a.locale))].sort(), untouched: this.articles.map((a) => a.id).filter((id) => !this.touched.has(id)).sort() },
      coverage: { ticketsCovered: this.coveredWeight, ticketsTotal: total, ratio: round(total ? this.coveredWeight / total : 1) },
      topics,
    };
  }
}

/** A calibration ticket's words, from the one string they are held in. */
function termsOf(entry: { words: string }): string[] {
  return entry.words ? entry.words.split(' ') : [];
}

/** A ticket's words, plus its agents' tags ("#gift_wrap"), which group tickets as well as words do. */
function groupingTerms(ticket: Pick<Ticket, 'terms' | 'tags'>): string[] {
  return ticket.tags.length ? [...ticket.terms, ...ticket.tags.map((tag) => `#${tag}`)] : ticket.terms;
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * Adds another group's tickets to `home`: weights, ids, sources, months, languages, leanings
 * and score sums, and its pool up to `poolSize` (topics merged as near duplicates keep more
 * tickets to name them from).
 */
function absorb(home: Group, other: Group, poolSize = POOL_SIZE * 4): void {
  home.weight += other.weight;
  for (const id of other.ids) home.ids.push(id);
  for (const source of ['ticket', 'search', 'count'] as const) home.sources[source] += other.sources[source];
  for (const [field, into] of [[other.trend, home.trend], [other.locales, home.locales], [other.lean, home.lean], [other.scoreSums, home.scoreSums]] as const) {
    for (const [k, v] of field) bump(into, k, v);
  }
  for (const ticket of other.pool) if (home.pool.length < poolSize) home.pool.push(ticket);
}

export function buildReport(input: ReportInput): GapReport {
  const builder = new ReportBuilder(input.articles, { thresholds: input.thresholds, synonyms: input.synonyms, matching: input.matching });
  for (const ticket of input.tickets) builder.add(ticket);
  return builder.finish(input);
}

const statusRank = (s: TopicStatus) => ({ missing: 0, 'translation-missing': 1, weak: 2, covered: 3 })[s];
const overlap = (t: PoolTicket, terms: readonly string[]) => terms.slice(0, 4).filter((term) => t.terms.includes(term)).length;

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
