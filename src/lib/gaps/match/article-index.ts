/**
 * BM25 over the articles, with fields weighted the way a reader weighs them: a ticket that
 * uses an article's title or keywords is about that article; one that shares body words only
 * may not be. Scores are normalised to 0–1 (share of the best score the ticket's words could
 * reach), so one threshold works for short and long tickets.
 */
import { analyze } from '../normalize/analyze.ts';
import type { ArticleText } from './load-articles.ts';

const FIELD_WEIGHTS = { title: 3, keywords: 3, description: 2, tags: 2, headings: 1.5, body: 1 } as const;
const K1 = 1.2;
/**
 * How much a long article is held against it. Less than BM25's usual 0.75: a help article is
 * long because it answers thoroughly, not because it is about more things, and at 0.75 a short
 * neighbour sharing one word won ("I need help receiving refunds" → the cancel-order article,
 * not the refund one). Measured on the Bitext benchmark and the multilingual fixture
 * (BENCHMARKS.md, "Gap report quality").
 */
const B = 0.4;

export interface ArticleMatch {
  article: string;
  /** BM25 over the best reachable score of all the ticket's words (0–1). */
  score: number;
  /** The BM25 score itself, and the best reachable score of the words some article uses. */
  raw: number;
  known: number;
}

export class ArticleIndex {
  readonly articles: ArticleText[];
  private readonly docs: Map<string, number>[];
  /**
   * Per article, what it says it is about: the words of its title, description and tags, and
   * its keywords as phrases ("customer account" is about accounts, not about customers).
   */
  private readonly about: { words: Set<string>; phrases: string[][] }[];
  private readonly subjects = new Set<string>();
  /** Keyword phrases by each of their words. */
  private readonly phrasesWith = new Map<string, string[][]>();
  private readonly position = new Map<string, number>();
  /**
   * term → idf and the articles using it with their BM25 term weight (tf saturated,
   * length-normalised), and the last match() that counted it (a ticket counts a word once).
   */
  private readonly postings = new Map<string, { idf: number; docs: number[]; weights: number[]; counted: number }>();
  private matches = 0;
  /** Reused score accumulator: matching runs once per ticket, a million times in a big export. */
  private readonly scratch: Float64Array;

  /**
   * `termsOf` turns an article's text into index terms: by default the article's own
   * language rules; for an untranslated article in another language's index, a glossary
   * rendering of its words (see matching.ts).
   */
  constructor(articles: ArticleText[], termsOf: (text: string, article: ArticleText) => string[] = (text, article) => analyze(text, article.locale)) {
    this.articles = articles;
    this.docs = articles.map((article) => {
      const tf = new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const term of termsOf(text, article)) tf.set(term, (tf.get(term) ?? 0) + weight);
      };
      add(article.title, FIELD_WEIGHTS.title);
      add(article.keywords.join(' . '), FIELD_WEIGHTS.keywords);
      add(article.description, FIELD_WEIGHTS.description);
      add(article.tags.join(' '), FIELD_WEIGHTS.tags);
      add(article.headings.join(' . '), FIELD_WEIGHTS.headings);
      add(article.body, FIELD_WEIGHTS.body);
      return tf;
    });
    this.about = articles.map((article) => {
      const words = new Set(termsOf([article.title, article.description, ...article.tags].join(' . '), article));
      const phrases: string[][] = [];
      for (const keyword of article.keywords) {
        const terms = termsOf(keyword, article);
        if (terms.length === 1) words.add(terms[0]!);
        else if (terms.length > 1) phrases.push(terms);
      }
      return { words, phrases };
    });
    for (const { words, phrases } of this.about) {
      for (const term of words) this.subjects.add(term);
      for (const phrase of phrases) for (const term of phrase) this.phrasesWith.set(term, [...(this.phrasesWith.get(term) ?? []), phrase]);
    }
    articles.forEach((a, i) => this.position.set(a.id, i));
    this.scratch = new Float64Array(articles.length);
    const lengths = this.docs.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
    const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
    const df = new Map<string, number>();
    for (const tf of this.docs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, n] of df) this.postings.set(term, { idf: this.idfFor(n), docs: [], weights: [], counted: 0 });
    this.docs.forEach((tf, i) => {
      for (const [term, f] of tf) {
        const entry = this.postings.get(term)!;
        entry.docs.push(i);
        entry.weights.push((f * (K1 + 1)) / (f + K1 * (1 - B + (B * lengths[i]!) / averageLength)));
      }
    });
  }

  private idfFor(df: number): number {
    const n = this.docs.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  idf(term: string): number {
    return this.postings.get(term)?.idf ?? this.idfFor(0);
  }

  /** Every index term with the number of articles using it. */
  *vocabulary(): Iterable<[term: string, articles: number]> {
    for (const [term, entry] of this.postings) yield [term, entry.docs.length];
  }

  knows(term: string): boolean {
    return this.postings.has(term);
  }

  /** Whether an article uses a term anywhere (title, keywords, text…). */
  mentions(articleId: string, term: string): boolean {
    const i = this.position.get(articleId);
    return i !== undefined && this.docs[i]!.has(term);
  }

  /** Whether some article is about this term of a ticket (see isAbout). */
  isSubject(term: string, ticketTerms: ReadonlySet<string>): boolean {
    return this.subjects.has(term) || (this.phrasesWith.get(term)?.some((phrase) => phrase.every((t) => ticketTerms.has(t))) ?? false);
  }

  /**
   * Whether a ticket's term is in what an article says it is about (not only somewhere in its
   * text): a word of its title, description or tags, or of a keyword phrase the ticket uses whole.
   */
  isAbout(articleId: string, term: string, ticketTerms: ReadonlySet<string>): boolean {
    const i = this.position.get(articleId);
    if (i === undefined) return false;
    const { words, phrases } = this.about[i]!;
    return words.has(term) || phrases.some((phrase) => phrase.includes(term) && phrase.every((t) => ticketTerms.has(t)));
  }

  /** What a word no article uses adds to the best reachable score. */
  get unknownWeight(): number {
    return this.idfFor(0) * (K1 + 1);
  }

  /** Best articles for a ticket's terms, best first, with normalised scores. */
  match(terms: readonly string[], limit = 3): ArticleMatch[] {
    const scores = this.scratch.fill(0);
    const stamp = ++this.matches;
    // Best reachable: every word matched with a very high term frequency.
    let known = 0;
    let unknown = 0;
    let unknownSeen: Set<string> | undefined;
    for (const term of terms) {
      const entry = this.postings.get(term);
      if (!entry) {
        unknownSeen ??= new Set();
        if (!unknownSeen.has(term)) unknownSeen.add(term), unknown++;
        continue;
      }
      if (entry.counted === stamp) continue;
      entry.counted = stamp;
      known += entry.idf * (K1 + 1);
      const { idf, docs, weights } = entry;
      for (let i = 0; i < docs.length; i++) scores[docs[i]!]! += idf * weights[i]!;
    }
    const ceiling = known + unknown * this.unknownWeight;
    if (ceiling === 0) return [];
    const result = (doc: number): ArticleMatch => ({ article: this.articles[doc]!.id, score: scores[doc]! / ceiling, raw: scores[doc]!, known });
    // A ticket wants its best few articles: kept in order as they are found, with no list of
    // every article to build and sort. Ties go to the article indexed first.
    const top: number[] = [];
    for (let doc = 0; doc < scores.length; doc++) {
      const score = scores[doc]!;
      if (score <= 0 || (top.length === limit && score <= scores[top[limit - 1]!]!)) continue;
      let at = top.length === limit ? limit - 1 : top.length;
      while (at > 0 && score > scores[top[at - 1]!]!) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = doc;
    }
    return top.map(result);
  }
}
