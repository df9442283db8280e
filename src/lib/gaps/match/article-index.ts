/**
 * The articles of one language as the report reads them: for each word, which articles use it
 * and how often, with fields weighted the way a reader weighs them (a word of the title or the
 * keywords counts 3, of the description or tags 2, of a heading 1.5, of the body 1). The
 * answer rule (decide/answers.ts) reads these frequencies as evidence; typo correction reads
 * the vocabulary. Besides words, it holds the pairs of neighbouring words each sentence says
 * (word-pairs.ts), weighted by the field they are in: made the first time a pair is asked
 * for, as only the decision on needs within a topic reads them (a worker thread placing
 * tickets in topics without such needs never does).
 */
import { analyze } from '../normalize/analyze.ts';
import { isPair, textPairs } from '../normalize/word-pairs.ts';
import type { ArticleText } from './load-articles.ts';

const FIELD_WEIGHTS = { title: 3, keywords: 3, description: 2, tags: 2, headings: 1.5, body: 1 } as const;

export class ArticleIndex {
  readonly articles: ArticleText[];
  /** One number per article, reused by the per-ticket answer rule, which runs a million times in a big export. */
  readonly scratch: Float64Array;
  /** term → the articles using it (positions in `articles`) and their field-weighted frequency. */
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  /** The same for word pairs ("chang+tire"), once asked for. */
  private pairPostings?: Map<string, { docs: number[]; tfs: number[] }>;
  private readonly termsOf: (text: string, article: ArticleText) => string[];

  /**
   * `termsOf` turns an article's text into index terms: by default the article's own
   * language rules; for an untranslated article in another language's index, a glossary
   * rendering of its words (see matching.ts).
   */
  constructor(articles: ArticleText[], termsOf: (text: string, article: ArticleText) => string[] = (text, article) => analyze(text, article.locale)) {
    this.articles = articles;
    this.scratch = new Float64Array(articles.length);
    this.termsOf = termsOf;
    this.index(this.postings, (text, article) => termsOf(text, article));
  }

  /** Each article's terms (`termsOf`), per field, weighted, into `postings`. */
  private index(postings: Map<string, { docs: number[]; tfs: number[] }>, termsOf: (text: string, article: ArticleText) => string[]): void {
    this.articles.forEach((article, doc) => {
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
      for (const [term, f] of tf) {
        let entry = postings.get(term);
        if (!entry) postings.set(term, (entry = { docs: [], tfs: [] }));
        entry.docs.push(doc);
        entry.tfs.push(f);
      }
    });
  }

  private postingsOf(term: string): { docs: number[]; tfs: number[] } | undefined {
    if (!isPair(term)) return this.postings.get(term);
    if (!this.pairPostings) {
      this.pairPostings = new Map();
      this.index(this.pairPostings, (text, article) => textPairs(text, (sentence) => this.termsOf(sentence, article)));
    }
    return this.pairPostings.get(term);
  }

  /** Every index term with the number of articles using it. */
  *vocabulary(): Iterable<[term: string, articles: number]> {
    for (const [term, entry] of this.postings) yield [term, entry.docs.length];
  }

  /** The articles using a term (positions in `articles`) and how often, fields weighted. */
  uses(term: string): { docs: readonly number[]; tfs: readonly number[] } | undefined {
    return this.postingsOf(term);
  }

  /** Articles using a term. */
  frequency(term: string): number {
    return this.postingsOf(term)?.docs.length ?? 0;
  }

  get count(): number {
    return this.articles.length;
  }

  knows(term: string): boolean {
    return this.postingsOf(term) !== undefined;
  }
}
