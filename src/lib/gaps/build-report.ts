/**
 * The gap report from normalised tickets and the articles. Pure: plain data in, the JSON
 * report (the documented contract) out. Its stages, each in its own folder:
 *
 * 1. cluster/  tickets about the same need are grouped: average-linkage clustering of the
 *              calibration sample (words weighted by how rare they are among this export's
 *              tickets), every later ticket joining the topic it is most similar to;
 * 2. decide/   each group gets a status from one rule (decide/answers.ts): an article answers
 *              a group when it covers most of what sets the group's tickets apart; within a
 *              topic an article answers, its tickets are clustered again on their words and
 *              word pairs, and a group the article does not answer, counting what its tickets
 *              say together, is a need of its own ("change my tire" among tire-pressure
 *              questions: `needsWithin`);
 * 3. here      groups an article answers are reported per article (covered, or translation-
 *              missing per language); other groups of at least MIN_TOPIC_TICKETS are topics;
 *              the rest is the long tail, counted and quoted, so every ticket is somewhere.
 *
 * Memory: the calibration sample is held whole; after it, each ticket is folded into its
 * group's totals (words, ids, a few tickets to quote). Worker threads fold tickets the same
 * way with the frozen statistics (`placement`/`thaw`) and send back totals (`takeTotals`/`merge`);
 * every total is a sum of whole numbers, so the report is the same on any number of threads.
 */
import { averageLinkage, similarityMatrix } from './cluster/agglomerate.ts';
import { isPair, textPairs } from './normalize/word-pairs.ts';
import { smoothVectors } from './cluster/smooth.ts';
import { analyze } from './normalize/analyze.ts';
import { Centroids, type PlainCentroids } from './cluster/centroids.ts';
import { TermStats } from './cluster/term-stats.ts';
import { labelFor } from './cluster/labels.ts';
import { answersOf, decideTopic, tallyAlone, type AloneTally, type ArticleCoverage, type Decision, type TopicStatus, type WordEvidence } from './decide/answers.ts';
import type { ArticleFeedback, ZeroResultSearches } from './decide/feedback.ts';
import type { ArticleText } from './match/load-articles.ts';
import { Matching } from './match/matching.ts';
import { saidWords, type SynonymLookup, type Ticket } from './normalize/tickets.ts';
import type { Rejected } from './read/read-tickets.ts';
import { ANSWER_SHARE, CALIBRATION_TICKETS, CLUSTER_SAMPLE, LISTED_ALWAYS, MIN_TOPIC_SHARE, MIN_TOPIC_TICKETS, POOL_SIZE, TAIL_EXAMPLES, TOPIC_SIMILARITY } from './tuning.ts';

export type { TopicStatus } from './decide/answers.ts';

export interface Topic {
  id: string;
  label: string;
  status: TopicStatus;
  tickets: number;
  share: number;
  locale: string;
  suggestedCategory: string;
  suggestedTitle: string;
  /** Best articles, the decided one first, with the share of the topic's weight each covers (0–1). */
  matches: { article: string; score: number }[];
  examples: string[];
  ticketIds: string[];
  /** Tickets, zero-result searches and aggregated counts behind the topic (only those present). */
  sources: Record<string, number>;
  trend: Record<string, number>;
  /** The topic's most distinctive words (stemmed), heaviest first. */
  terms: string[];
  /** Why the topic has its status, in numbers (`--explain`). */
  evidence: TopicEvidence;
}

export interface TopicEvidence {
  /** Groups of similar tickets the topic is made of (one per need; covered topics gather all an article answers). */
  groups: number;
  words: WordEvidence[];
  coverage: ArticleCoverage[];
  /** Share of the weight the glossary can judge (topics outside the default language). */
  judged?: number;
  answerShare: number;
  /** Share of the topic's tickets (judged on their own words) the best article in its language answers alone. */
  alone?: number;
  /** Customers' votes on the article (--events), when they made the topic `weak`. */
  feedback?: { votes: number; no: number; noShare: number };
  /**
   * A need found within a topic an article answers: counting the word pairs its tickets say
   * ("chang+tire"), that article covers `topic` of the whole topic's weight but only
   * `coverage` of these tickets'.
   */
  apartFrom?: { article: string; coverage: number; topic: number };
}

/** Tickets in groups too small to be topics: counted, and the biggest quoted. */
export interface LongTail {
  tickets: number;
  groups: number;
  /** Tickets per language. */
  locales: Record<string, number>;
  /** Tickets per month (YYYY-MM), when the export has dates. */
  trend: Record<string, number>;
  /** The biggest groups, biggest first (up to TAIL_EXAMPLES). */
  examples: { label: string; tickets: number; locale: string; example: string }[];
  ticketIds: string[];
}

/** Out-of-office notices, automatic acknowledgements and bounces: counted and listed, never a topic. */
export interface AutomaticReplies {
  tickets: number;
  /** A few of them, redacted. */
  examples: string[];
  ticketIds: string[];
}

export interface GapReport {
  /** `sample`: the run read the sample export that ships with the project (no export was given). */
  input: { files: string[]; rowsRead: number; ticketsUsed: number; rejected: Rejected[]; duplicates: number; skipped: number; sample?: true };
  articles: { count: number; locales: string[]; untouched: string[] };
  coverage: { ticketsCovered: number; ticketsTotal: number; ratio: number };
  topics: Topic[];
  longTail: LongTail;
  /** Only when the export has any. */
  automaticReplies?: AutomaticReplies;
  /** With --events: what customers said on the articles, and the searches that found nothing. */
  feedback?: ArticleFeedback[];
  searches?: ZeroResultSearches;
}

export interface ReportMeta {
  files: string[];
  rowsRead: number;
  rejected: Rejected[];
  duplicates: number;
  /** Rows read but not used on purpose (searches that found results). */
  skipped?: number;
  /** The files are the project's sample export, read because no export was given. */
  sample?: boolean;
  /** The help center's events (--events), summed. */
  events?: { feedback: ArticleFeedback[]; searches: ZeroResultSearches };
}

export interface ReportInput extends ReportMeta {
  tickets: Ticket[];
  articles: ArticleText[];
  /** The site's synonyms, so topic labels find the customers' own words. */
  synonyms?: Map<string, SynonymLookup>;
  /** The articles' indexes, built once for several reports over the same articles. */
  matching?: Matching;
  /** Overrides of TOPIC_SIMILARITY and ANSWER_SHARE, for the benchmark's sweeps. */
  similarity?: number;
  answerShare?: number;
}

/** The group key of automatic replies (normalize/automatic-replies.ts); topic keys start with a language. */
const AUTOMATIC = 'automatic';

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** What a group keeps of a ticket to name its topic and quote from it. */
export type PoolTicket = Pick<Ticket, 'text' | 'terms'>;

export interface Group {
  /** The cluster and, within it, the article that answers the group's tickets on their own words. */
  key: string;
  cluster: string;
  /** That article ('' for none). */
  best: string;
  language: string;
  /** Rows, and the tickets they stand for (aggregated counts weigh more). */
  size: number;
  weight: number;
  ids: string[];
  sources: Record<Ticket['source'], number>;
  trend: Map<string, number>;
  /** Tickets (weighted) using each word. */
  termCounts: Map<string, number>;
  /** Tickets (weighted) saying each word pair, counted only in topics with needs within them. */
  pairCounts: Map<string, number>;
  /** Tickets (weighted) judged on their own words (untagged), and how many each article answers. */
  alone: AloneTally;
  pool: PoolTicket[];
}

/** The frozen statistics, as plain data for worker threads: per language, word frequencies and topics. */
export interface Placement {
  similarity: number;
  answerShare: number;
  languages: [language: string, { tickets: number; df: [string, number][]; centroids: PlainCentroids; needs: [topic: number, PlainCentroids][] }][];
}

/** A batch's totals from a worker thread, for the main builder to `merge`. */
export interface BatchTotals {
  ticketsUsed: number;
  total: number;
  groups: Group[];
}

interface LanguageModel {
  stats: TermStats;
  centroids: Centroids;
  /** Per topic of the calibration sample, its tickets clustered again on words and pairs. */
  needs: Map<number, Centroids>;
}

/** The key of a group of tickets within a topic (`needsWithin`): the topic's key plus this and a number. */
const NEED = '\tn';

/**
 * Builds the report one ticket at a time: `add()` each ticket, then `finish()`.
 */
export class ReportBuilder {
  private readonly matching: Matching;
  private readonly articles: ArticleText[];
  private readonly calibration: number;
  private similarity: number;
  private answerShare: number;
  private readonly synonyms?: Map<string, SynonymLookup>;
  private buffer: Ticket[] = [];
  private frozen?: Map<string, LanguageModel>;
  private groups = new Map<string, Group>();
  /** Per group: tickets already handed on for its pool by earlier `takeTotals` (worker threads). */
  private readonly pooled = new Map<string, number>();
  private total = 0;
  private ticketsUsed = 0;

  /** `matching`: the articles' indexes, when the caller already built them (they take a while). */
  constructor(articles: ArticleText[], options: { calibration?: number; synonyms?: Map<string, SynonymLookup>; matching?: Matching; similarity?: number; answerShare?: number } = {}) {
    this.synonyms = options.synonyms;
    this.articles = articles;
    this.matching = options.matching ?? new Matching(articles, options.synonyms);
    this.calibration = options.calibration ?? CALIBRATION_TICKETS;
    this.similarity = options.similarity ?? TOPIC_SIMILARITY;
    this.answerShare = options.answerShare ?? ANSWER_SHARE;
  }

  add(ticket: Ticket): void {
    // Set apart before anything is learnt from the tickets (a week of out-of-office notices
    // would weigh the words and form a topic of its own), and not counted as used.
    if (ticket.automatic) return this.count(this.groupFor(AUTOMATIC, '', ticket.language), ticket, new Set(ticket.terms));
    this.ticketsUsed++;
    this.total += ticket.weight;
    if (this.frozen) this.place(ticket);
    else {
      this.buffer.push(ticket);
      if (this.buffer.length >= this.calibration) this.freeze();
    }
  }

  /** The frozen statistics, once the calibration sample is frozen. */
  placement(): Placement | undefined {
    if (!this.frozen) return undefined;
    return {
      similarity: this.similarity,
      answerShare: this.answerShare,
      languages: [...this.frozen].map(([language, { stats, centroids, needs }]) => [language, { tickets: stats.tickets, df: [...stats.df], centroids: centroids.plain, needs: [...needs].map(([topic, c]) => [topic, c.plain]) }]),
    };
  }

  /** Takes another builder's frozen statistics (on a worker thread): every ticket is then placed at once. */
  thaw(placement: Placement): void {
    this.similarity = placement.similarity;
    this.answerShare = placement.answerShare;
    this.frozen = new Map(placement.languages.map(([language, { tickets, df, centroids, needs }]) => [language, { stats: new TermStats(tickets, new Map(df), this.matching.indexFor(language)), centroids: new Centroids(centroids), needs: new Map(needs.map(([topic, c]) => [topic, new Centroids(c)])) }]));
  }

  /**
   * Hands over (and forgets) the totals gathered since the last call. A group's pool only gets
   * tickets while fewer than POOL_SIZE have been handed on: the first POOL_SIZE of a group in
   * the whole export are always among them.
   */
  takeTotals(): BatchTotals {
    const totals: BatchTotals = { ticketsUsed: this.ticketsUsed, total: this.total, groups: [...this.groups.values()] };
    for (const group of totals.groups) this.pooled.set(group.key, (this.pooled.get(group.key) ?? 0) + group.pool.length);
    this.ticketsUsed = this.total = 0;
    this.groups = new Map();
    return totals;
  }

  /** Adds a batch's totals from a worker thread; batches are merged in input order. */
  merge(totals: BatchTotals): void {
    this.ticketsUsed += totals.ticketsUsed;
    this.total += totals.total;
    for (const part of totals.groups) absorb(this.groupFor(part.cluster, part.best, part.language), part, POOL_SIZE);
  }

  private groupFor(cluster: string, best: string, language: string): Group {
    const key = `${cluster}\t${best}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, cluster, best, language, size: 0, weight: 0, ids: [], sources: { ticket: 0, search: 0, count: 0 }, trend: new Map(), termCounts: new Map(), pairCounts: new Map(), alone: { tickets: 0, answeredBy: new Map() }, pool: [] };
      this.groups.set(key, group);
    }
    return group;
  }

  /** Word statistics and topics from the calibration sample; every ticket is then placed with them. */
  private freeze(): void {
    const byLanguage = new Map<string, Ticket[]>();
    for (const ticket of this.buffer) {
      const list = byLanguage.get(ticket.language);
      if (list) list.push(ticket);
      else byLanguage.set(ticket.language, [ticket]);
    }
    this.frozen = new Map();
    const sampled = new Map<Ticket, { topic: number; pairs: string[] }>();
    for (const [language, tickets] of [...byLanguage].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const index = this.matching.indexFor(language);
      // Every n-th ticket when the sample is bigger than pairwise clustering can hold.
      const stride = Math.ceil(tickets.length / CLUSTER_SAMPLE);
      const sample = tickets.filter((_, i) => i % stride === 0);
      // The sample's pairs are made once, for the statistics, its needs and its placing.
      const samplePairs = new Map(sample.map((t) => [t, this.pairsOf(t)]));
      // Pairs are counted like words (how rare "change+tire" is); only words make the topics.
      // The other tickets' are made one at a time: 50,000 tickets' pairs held at once would
      // only raise the peak.
      const pairsOf = (t: Ticket) => samplePairs.get(t) ?? this.pairsOf(t);
      const stats = TermStats.from((function* () {
        for (const t of tickets) yield [...groupingTerms(t), ...pairsOf(t)];
      })(), index);
      const vectors = sample.map((t) => stats.vectorOf(groupingTerms(t)));
      const weights = sample.map((t) => t.weight);
      // Clustered on smoothed vectors (words lend weight to the words they are used with, in
      // these tickets and the language's articles); topics keep their tickets' own words.
      const articles = index.articles.filter((a) => a.locale === language).map((a) => stats.vectorOf(analyze(articleText(a), language)));
      const matrix = similarityMatrix(smoothVectors(vectors, articles));
      const { centroids, topicOf } = Centroids.fromClusters(vectors, averageLinkage(vectors, this.similarity, weights, matrix), weights);
      sample.forEach((t, i) => sampled.set(t, { topic: topicOf[i]!, pairs: samplePairs.get(t)! }));
      this.frozen.set(language, { stats, centroids, needs: this.needsWithin(sample.map((t) => ({ ...t, pairs: samplePairs.get(t)! })), topicOf, language, stats, stride) });
    }
    const buffer = this.buffer;
    this.buffer = [];
    for (const ticket of buffer) {
      const clustered = sampled.get(ticket);
      this.place(ticket, clustered?.topic, clustered?.pairs);
    }
  }

  /**
   * A ticket's word pairs ("chang+tire"), sentence by sentence, from the words its customer
   * said (`saidWords`, spelled as its terms are) that the help center uses: a name, a place or
   * a day beside a known word ("chase account", "Friday 5pm meeting") is no question an
   * article could answer, and in a set of tickets that reuse a few names it set answered
   * needs apart. Made from its text only where a pair is read (the calibration sample, and
   * tickets of topics with needs within them), so a million tickets in other topics never
   * make theirs.
   */
  private pairsOf(ticket: Ticket): string[] {
    // The synonyms of the indexes the terms were made with, on a worker thread as on this one.
    const synonyms = this.matching.synonymsFor(ticket.language);
    const index = this.matching.indexFor(ticket.language);
    const pairs = new Set(textPairs(ticket.text, (sentence) => saidWords(this.matching.spell(analyze(sentence, ticket.language), ticket.language), synonyms)));
    return [...pairs].filter((pair) => pair.split('+').every((word) => index.knows(word)));
  }

  private modelFor(language: string): LanguageModel {
    let model = this.frozen!.get(language);
    if (!model) this.frozen!.set(language, (model = { stats: new TermStats(0, new Map(), this.matching.indexFor(language)), centroids: new Centroids({ terms: [], values: [], weights: [] }), needs: new Map() }));
    return model;
  }

  /**
   * Each topic's tickets clustered again, among themselves, on their words and word pairs (the
   * same average linkage and cut, without smoothing): one topic of tire questions holds
   * "check my tire pressure" and "change a flat tire", which share the object and differ in
   * what they say next to it. Kept, for every later ticket to join the group it is most
   * similar to, only for topics where the sample already shows a need apart (`apartOf`): the
   * rest never read a word pair again. The end decides again on all the tickets (`finish`);
   * when the calibration sample is the whole export, both decisions see the same tickets.
   */
  private needsWithin(sample: readonly PairedTicket[], topicOf: readonly number[], language: string, stats: TermStats, stride: number): Map<number, Centroids> {
    const byTopic = new Map<number, PairedTicket[]>();
    sample.forEach((t, i) => {
      const list = byTopic.get(topicOf[i]!);
      if (list) list.push(t);
      else byTopic.set(topicOf[i]!, [t]);
    });
    // The listing size of the export so far, against the sample's tickets scaled to it.
    const minSize = listingSize(this.total) / stride;
    const needs = new Map<number, Centroids>();
    for (const [topic, tickets] of byTopic) {
      if (tickets.length < MIN_TOPIC_TICKETS) continue;
      const whole = totalsOf(tickets);
      const decision = decideTopic(whole, language, stats, this.matching, this.answerShare);
      if (decision.status !== 'covered') continue;
      const vectors = tickets.map((t) => stats.vectorOf([...groupingTerms(t), ...t.pairs]));
      const weights = tickets.map((t) => t.weight);
      const within = Centroids.fromClusters(vectors, averageLinkage(vectors, this.similarity, weights, similarityMatrix(vectors)), weights).centroids;
      // The groups as `place` will make them: each ticket joins the one it is most similar to.
      const groups = new Map<number, PairedTicket[]>();
      tickets.forEach((t, i) => {
        const near = within.nearest(vectors[i]!);
        if (!near || near.similarity < this.similarity) return;
        const list = groups.get(near.topic);
        if (list) list.push(t);
        else groups.set(near.topic, [t]);
      });
      if (!this.apartOf(whole, [...groups.values()].map(totalsOf), decision.article!, language, stats, minSize).length) continue;
      needs.set(topic, within);
    }
    return needs;
  }

  /**
   * A ticket joins its topic: the one it was clustered into, else the one its tickets are on
   * average most similar to (if as similar as clustering asks), else a small group of tickets
   * sharing its most distinctive word (new needs that the calibration sample did not have).
   * `said`: its word pairs, when calibration made them already.
   */
  private place(ticket: Ticket, topic?: number, said?: readonly string[]): void {
    const { stats, centroids, needs } = this.modelFor(ticket.language);
    // Its distinct words, made once for its vector, its answer and its topic's totals: the
    // three lines that each made them were a fifth of placing's time at 1,000,000 tickets.
    const words = new Set(ticket.terms);
    let key: string;
    if (topic === undefined) {
      const vector = stats.vectorOf(ticket.tags.length ? groupingTerms(ticket) : words);
      const near = centroids.nearest(vector);
      if (near && near.similarity >= this.similarity) topic = near.topic;
      else {
        let word = '';
        let best = -1;
        vector.terms.forEach((term, i) => {
          if (vector.values[i]! > best) [word, best] = [term, vector.values[i]!];
        });
        key = `${ticket.language}\tw\t${word}`;
      }
    }
    let pairs: readonly string[] = [];
    if (topic !== undefined) {
      key = `${ticket.language}\tc\t${topic}`;
      const within = needs.get(topic);
      if (within) {
        // Only topics with needs within them keep pair counts: nothing else reads them. A pair
        // the calibration sample never saw is one ticket's (a name, a number) and weighs nothing
        // in a group big enough to list: a million such pairs would only take memory.
        pairs = (said ?? this.pairsOf(ticket)).filter((pair) => stats.df.has(pair));
        const near = within.nearest(stats.vectorOf([...(ticket.tags.length ? groupingTerms(ticket) : words), ...pairs]));
        if (near && near.similarity >= this.similarity) key += `${NEED}${near.topic}`;
      }
    }
    // Which article answers the ticket on its own words (the one it is about), and which would
    // with its one-off details set aside (whether its topic's article answers most of its
    // tickets: decide/answers.ts). A tagged ticket goes with its topic, where its agents' tags
    // put it ("Any news? It's been twelve days", tagged refund_status), and is not judged alone.
    const own = ticket.tags.length ? undefined : answersOf(words, ticket.language, stats, this.matching, this.answerShare);
    const group = this.groupFor(key!, own?.best ?? '', ticket.language);
    if (own) tallyAlone(group.alone, own.answering, ticket.weight);
    this.count(group, ticket, words, pairs);
  }

  /** A ticket into its group's totals. */
  private count(group: Group, ticket: Ticket, words: ReadonlySet<string>, pairs: readonly string[] = []): void {
    group.size++;
    group.weight += ticket.weight;
    group.sources[ticket.source] += ticket.weight;
    if (ticket.source === 'ticket') group.ids.push(ticket.id);
    if (ticket.month) bump(group.trend, ticket.month, ticket.weight);
    for (const term of words) bump(group.termCounts, term, ticket.weight);
    for (const pair of pairs) bump(group.pairCounts, pair, ticket.weight);
    if (group.pool.length + (this.pooled.get(group.key) ?? 0) < POOL_SIZE) group.pool.push({ text: ticket.text, terms: ticket.terms });
  }

  finish(meta: ReportMeta): GapReport {
    if (!this.frozen) this.freeze();
    const total = this.total;
    const minSize = listingSize(total);
    const clusters = new Map<string, Group[]>();
    let automatic: Group | undefined;
    for (const group of this.groups.values()) {
      if (group.cluster === AUTOMATIC) {
        automatic = group;
        continue;
      }
      // A topic's parts: per need within it (NEED) and per article answering the ticket alone.
      const topic = topicKey(group.cluster);
      const parts = clusters.get(topic);
      if (parts) parts.push(group);
      else clusters.set(topic, [group]);
    }
    // A cluster is decided on all its tickets (its parts only say which article answers each
    // ticket on its own): a need whose tickets each share a word or two with some article
    // ("gift wrap" with the returns article's "wrap it well", "gift" with the gift-card
    // article) is still a need no article answers.
    const decided = [...clusters.values()].map((parts) => {
      const whole = cloneGroup(parts[0]!);
      for (const part of parts.slice(1)) absorb(whole, part, POOL_SIZE * 4);
      return { whole, parts, decision: this.decide(whole) };
    });

    // An article's answers are one topic (per language, for a translation to write): the
    // support lead's question is "which article", not which wording.
    const byArticle = new Map<string, { group: Group; groups: number; status: TopicStatus; article: string }>();
    const listed: { group: Group; status: TopicStatus; decision: Decision; apartFrom?: TopicEvidence['apartFrom'] }[] = [];
    const tail: { group: Group; decision: Decision }[] = [];
    let coveredWeight = 0;
    const touched = new Set<string>();
    const gather = (group: Group, status: TopicStatus, article: string) => {
      touched.add(article);
      const key = `${status}\t${group.language}\t${article}`;
      const home = byArticle.get(key);
      if (home) {
        absorb(home.group, group, POOL_SIZE * 4);
        home.groups++;
      } else byArticle.set(key, { group: cloneGroup(group), groups: 1, status, article });
    };
    for (const { whole, parts, decision } of decided) {
      if (decision.status === 'covered') {
        // A need within the cluster its article does not answer is decided on its own; the
        // other tickets go to the article that answers each on its own words, if one in their
        // language does, else to the cluster's.
        const apart = this.needsApart(whole, parts, decision.article!, minSize);
        for (const { need, decision: own, apartFrom } of apart) {
          if (own.status === 'covered') {
            coveredWeight += need.weight;
            gather(need, 'covered', own.article!);
          } else if (own.status === 'translation-missing') gather(need, 'translation-missing', own.article!);
          else listed.push({ group: need, status: own.status, decision: own, apartFrom });
        }
        const split = new Set(apart.map((a) => a.need.cluster));
        for (const part of parts) {
          if (split.has(part.cluster)) continue;
          coveredWeight += part.weight;
          gather(part, 'covered', part.best || decision.article!);
        }
      } else if (decision.status === 'translation-missing') gather(whole, 'translation-missing', decision.article!);
      else if (whole.weight >= minSize) listed.push({ group: whole, status: decision.status, decision });
      else tail.push({ group: whole, decision });
    }

    // An article customers say does not help (--events) leaves its topic `weak`: the words
    // say it answers, the customers say it does not.
    const notHelping = new Map((meta.events?.feedback ?? []).filter((f) => f.notHelping).map((f) => [f.article, f]));
    const topics = [...listed, ...byArticle.values()]
      .map((entry) => ('decision' in entry ? this.topicOf(entry.group, 1, entry.status, entry.decision.article, entry.decision, total, entry.apartFrom) : this.topicOf(entry.group, entry.groups, entry.status, entry.article, undefined, total)))
      .map((topic) => {
        const votes = topic.status === 'covered' ? notHelping.get(topic.matches[0]?.article ?? '') : undefined;
        return votes ? { ...topic, status: 'weak' as const, evidence: { ...topic.evidence, feedback: { votes: votes.votes, no: votes.no, noShare: votes.noShare } } } : topic;
      })
      .sort((a, b) => statusRank(a.status) - statusRank(b.status) || b.tickets - a.tickets || a.label.localeCompare(b.label))
      .map((topic, i) => ({ ...topic, id: `t${String(i + 1).padStart(3, '0')}` }));

    tail.sort((a, b) => b.group.weight - a.group.weight || (a.group.key < b.group.key ? -1 : 1));
    const longTail: LongTail = {
      tickets: tail.reduce((n, t) => n + t.group.weight, 0),
      groups: tail.length,
      locales: Object.fromEntries([...tail.reduce((m, t) => m.set(t.group.language, (m.get(t.group.language) ?? 0) + t.group.weight), new Map<string, number>())].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      trend: Object.fromEntries([...tail.reduce((m, t) => { for (const [month, n] of t.group.trend) m.set(month, (m.get(month) ?? 0) + n); return m; }, new Map<string, number>())].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      examples: tail.slice(0, TAIL_EXAMPLES).map(({ group, decision }) => ({ label: this.labelOf(group, decision.words.map((w) => w.term)), tickets: group.weight, locale: group.language, example: excerpt(group.pool[0]?.text ?? '') })),
      ticketIds: tail.flatMap((t) => t.group.ids),
    };

    return {
      input: { files: meta.files, rowsRead: meta.rowsRead, ticketsUsed: this.ticketsUsed, rejected: meta.rejected, duplicates: meta.duplicates, skipped: meta.skipped ?? 0, ...(meta.sample ? { sample: true as const } : {}) },
      articles: { count: this.articles.length, locales: [...new Set(this.articles.map((a) => a.locale))].sort(), untouched: this.articles.map((a) => a.id).filter((id) => !touched.has(id)).sort() },
      coverage: { ticketsCovered: coveredWeight, ticketsTotal: total, ratio: round(total ? coveredWeight / total : 1) },
      topics,
      longTail,
      ...(automatic ? { automaticReplies: { tickets: automatic.weight, examples: [...new Set(automatic.pool.map((t) => excerpt(t.text)))].slice(0, TAIL_EXAMPLES), ticketIds: automatic.ids } } : {}),
      ...(meta.events ? { feedback: meta.events.feedback, searches: meta.events.searches } : {}),
    };
  }

  private decide(group: Group): Decision {
    return decideTopic(group, group.language, this.modelFor(group.language).stats, this.matching, this.answerShare);
  }

  /** A cluster's needs within it (`needsWithin`), as groups, for `apartOf`. */
  private needsApart(whole: Group, parts: readonly Group[], article: string, minSize: number): Apart<Group>[] {
    const needs = new Map<string, Group>();
    for (const part of parts) {
      if (part.cluster === topicKey(part.cluster)) continue;
      const need = needs.get(part.cluster);
      if (need) absorb(need, part, POOL_SIZE * 4);
      else needs.set(part.cluster, cloneGroup(part));
    }
    return this.apartOf(whole, [...needs.values()], article, whole.language, this.modelFor(whole.language).stats, minSize);
  }

  /**
   * The needs within a cluster `article` answers that are needs of their own: a group of its
   * tickets (clustered again on words and pairs: `needsWithin`) big enough to list, which the
   * article does not answer once what the tickets say together counts, while it still answers
   * the whole cluster counted the same way. Pairs make every decision harsher (an article
   * rarely says the customer's exact pairs), so a group is only set apart by comparison with
   * its own cluster: "change a flat tire" is not answered by the tire-pressure article that
   * answers its cluster, "when will my parcel arrive? I ordered last week" is no worse
   * answered than the rest of its cluster.
   */
  private apartOf<T extends PairTotals>(whole: PairTotals, needs: readonly T[], article: string, language: string, stats: TermStats, minSize: number): Apart<T>[] {
    const withPairs = (totals: PairTotals, explainWith?: string) =>
      decideTopic({ termCounts: new Map([...totals.termCounts, ...totals.pairCounts]), weight: totals.weight }, language, stats, this.matching, this.answerShare, explainWith);
    const big = needs.filter((need) => need.weight >= minSize);
    if (!big.length) return [];
    const gate = withPairs(whole);
    if (gate.status !== 'covered' || gate.article !== article) return [];
    const topic = gate.coverage.find((c) => c.article === article)!.coverage;
    const apart: Apart<T>[] = [];
    for (const need of big) {
      const decision = withPairs(need, article);
      if (decision.status === 'covered' && decision.article === article) continue;
      const coverage = decision.coverage.find((c) => c.article === article)?.coverage ?? 0;
      apart.push({ need, decision, apartFrom: { article, coverage: round(coverage), topic: round(topic) } });
    }
    return apart;
  }

  private labelOf(group: Group, terms: string[]): string {
    return labelFor(group.pool, terms, group.language, this.synonyms?.get(group.language));
  }

  /** A listed topic; `decision` is the group's own, or worked out again for an article's gathered groups. */
  private topicOf(group: Group, groups: number, status: TopicStatus, article: string | undefined, ownDecision: Decision | undefined, total: number, apartFrom?: TopicEvidence['apartFrom']): Topic {
    // Gathered groups keep the status and article they were decided with; the evidence shown
    // is worked out on all their tickets together.
    const decision = ownDecision ?? this.decide(group);
    // Labels and the listed terms are words; word pairs show in the evidence.
    const terms = decision.words.map((w) => w.term).filter((term) => !isPair(term));
    const byId = (id: string) => this.matching.article(id);
    const matches = [...decision.coverage.map((c) => ({ article: c.article, score: round(c.coverage) }))];
    if (article && matches[0]?.article !== article) {
      const own = matches.find((m) => m.article === article);
      matches.splice(matches.indexOf(own!), own ? 1 : 0);
      matches.unshift(own ?? { article, score: round(decision.coverage.find((c) => c.article === article)?.coverage ?? 0) });
    }
    const titled = status === 'covered' && article ? byId(article)?.title : undefined;
    const label = titled ?? this.labelOf(group, terms);
    const representative = [...group.pool].sort((a, b) => overlap(b, terms) - overlap(a, terms) || a.text.length - b.text.length);
    // A need found within an answered topic belongs beside the article that answers its neighbours.
    const categoryArticle = article ?? apartFrom?.article ?? matches[0]?.article;
    return {
      id: '',
      label,
      status,
      tickets: group.weight,
      share: round(group.weight / Math.max(1, total)),
      locale: group.language,
      suggestedCategory: (categoryArticle && byId(categoryArticle)?.category) || 'uncategorised',
      suggestedTitle: titled ?? titleFrom(label),
      matches: matches.slice(0, 3),
      examples: [...new Set(representative.slice(0, 12).map((t) => excerpt(t.text)))].slice(0, 3),
      ticketIds: group.ids,
      sources: Object.fromEntries(Object.entries(group.sources).filter(([, n]) => n)),
      trend: Object.fromEntries([...group.trend].sort((a, b) => a[0].localeCompare(b[0]))),
      terms,
      evidence: { groups, words: decision.words.map((w) => ({ ...w, weight: round(w.weight), share: round(w.share), evidence: round(w.evidence) })), coverage: decision.coverage.map((c) => ({ ...c, coverage: round(c.coverage) })), ...(decision.judged === undefined ? {} : { judged: round(decision.judged) }), answerShare: this.answerShare, ...(decision.alone === undefined ? {} : { alone: round(decision.alone) }), ...(apartFrom ? { apartFrom } : {}) },
    };
  }
}

/** An article's text, every field, for learning which words go together. */
function articleText(a: ArticleText): string {
  return [a.title, a.keywords.join(' . '), a.description, a.tags.join(' '), a.headings.join(' . '), a.body].join(' . ');
}

/** A ticket's words, plus its agents' tags ("#gift_wrap"), which group tickets as well as words do. */
function groupingTerms(ticket: Pick<Ticket, 'terms' | 'tags'>): string[] {
  return ticket.tags.length ? [...ticket.terms, ...ticket.tags.map((tag) => `#${tag}`)] : ticket.terms;
}

/** What the decision on a need reads: tickets (weighted) per word and per word pair. */
interface PairTotals {
  termCounts: ReadonlyMap<string, number>;
  pairCounts: ReadonlyMap<string, number>;
  weight: number;
}

/** A ticket with its word pairs made (`pairsOf`), during calibration. */
type PairedTicket = Ticket & { pairs: string[] };

/** A need set apart from the article that answers its cluster. */
interface Apart<T> {
  need: T;
  decision: Decision;
  apartFrom: NonNullable<TopicEvidence['apartFrom']>;
}

/** Tickets' totals, words and pairs, for deciding on them before they are placed. */
function totalsOf(tickets: readonly PairedTicket[]): PairTotals {
  const termCounts = new Map<string, number>();
  const pairCounts = new Map<string, number>();
  let weight = 0;
  for (const t of tickets) {
    weight += t.weight;
    for (const term of new Set(t.terms)) bump(termCounts, term, t.weight);
    for (const pair of t.pairs) bump(pairCounts, pair, t.weight);
  }
  return { termCounts, pairCounts, weight };
}

/** The fewest tickets a topic is listed with, in an export of `total` tickets (MIN_TOPIC_SHARE). */
function listingSize(total: number): number {
  return Math.max(MIN_TOPIC_TICKETS, Math.min(LISTED_ALWAYS, Math.ceil(total * MIN_TOPIC_SHARE)));
}

/** A group's topic: its cluster key without the need within it. */
function topicKey(cluster: string): string {
  const at = cluster.indexOf(NEED);
  return at < 0 ? cluster : cluster.slice(0, at);
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function cloneGroup(group: Group): Group {
  // A copy to add other groups to (its pool grows past POOL_SIZE when topics are gathered).
  return { ...group, ids: [...group.ids], sources: { ...group.sources }, trend: new Map(group.trend), termCounts: new Map(group.termCounts), pairCounts: new Map(group.pairCounts), alone: { tickets: group.alone.tickets, answeredBy: new Map(group.alone.answeredBy) }, pool: [...group.pool] };
}

/** Adds another group's totals to `home`, and its pool up to `poolSize`. */
function absorb(home: Group, other: Group, poolSize: number): void {
  home.size += other.size;
  home.weight += other.weight;
  for (const id of other.ids) home.ids.push(id);
  for (const source of ['ticket', 'search', 'count'] as const) home.sources[source] += other.sources[source];
  home.alone.tickets += other.alone.tickets;
  for (const [field, into] of [[other.trend, home.trend], [other.termCounts, home.termCounts], [other.pairCounts, home.pairCounts], [other.alone.answeredBy, home.alone.answeredBy]] as const) {
    for (const [k, v] of field) bump(into, k, v);
  }
  for (const ticket of other.pool) if (home.pool.length < poolSize) home.pool.push(ticket);
}

export function buildReport(input: ReportInput): GapReport {
  const builder = new ReportBuilder(input.articles, { synonyms: input.synonyms, matching: input.matching, similarity: input.similarity, answerShare: input.answerShare });
  for (const ticket of input.tickets) builder.add(ticket);
  return builder.finish(input);
}

const statusRank = (s: TopicStatus) => ({ missing: 0, 'translation-missing': 1, weak: 2, covered: 3 })[s];
const overlap = (t: PoolTicket, terms: readonly string[]) => terms.slice(0, 4).filter((term) => t.terms.includes(term)).length;

function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A working title that names the need: the topic's label, capitalised ("Loyalty points"). */
function titleFrom(label: string): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  return clean ? `${clean[0]!.toUpperCase()}${clean.slice(1)}` : '';
}

