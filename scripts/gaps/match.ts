/**
 * BM25 over the articles, with fields weighted the way a reader weighs them: a ticket that
 * uses an article's title or keywords is about that article; one that shares body words only
 * may not be. Scores are normalised to 0–1 (share of the best score the ticket's words could
 * reach), so one threshold works for short and long tickets.
 */
import { analyze } from './analyze.ts';
import type { ArticleText } from './load-articles.ts';

const FIELD_WEIGHTS = { title: 3, keywords: 3, description: 2, tags: 2, headings: 1.5, body: 1 } as const;
const K1 = 1.2;
const B = 0.75;

export interface ArticleMatch {
  article: string;
  score: number;
}

export class ArticleIndex {
  readonly articles: ArticleText[];
  private readonly docs: Map<string, number>[];
  private readonly lengths: number[];
  private readonly averageLength: number;
  private readonly df = new Map<string, number>();

  constructor(articles: ArticleText[]) {
    this.articles = articles;
    this.docs = articles.map((article) => {
      const tf = new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const term of analyze(text, article.locale)) tf.set(term, (tf.get(term) ?? 0) + weight);
      };
      add(article.title, FIELD_WEIGHTS.title);
      add(article.keywords.join(' . '), FIELD_WEIGHTS.keywords);
      add(article.description, FIELD_WEIGHTS.description);
      add(article.tags.join(' '), FIELD_WEIGHTS.tags);
      add(article.headings.join(' . '), FIELD_WEIGHTS.headings);
      add(article.body, FIELD_WEIGHTS.body);
      return tf;
    });
    this.lengths = this.docs.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0));
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
    for (const tf of this.docs) for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  knows(term: string): boolean {
    return this.df.has(term);
  }

  /** Whether an article uses a term anywhere (title, keywords, text…). */
  mentions(articleId: string, term: string): boolean {
    const i = this.articles.findIndex((a) => a.id === articleId);
    return i !== -1 && this.docs[i]!.has(term);
  }

  /** Best articles for a ticket's terms, best first, with normalised scores. */
  match(terms: readonly string[], limit = 3): ArticleMatch[] {
    const unique = [...new Set(terms)];
    // Best reachable: every word matched with a very high term frequency.
    const ceiling = unique.reduce((sum, t) => sum + this.idf(t) * (K1 + 1), 0);
    if (ceiling === 0) return [];
    const scores = this.docs.map((tf, i) => {
      let score = 0;
      for (const term of unique) {
        const f = tf.get(term);
        if (!f) continue;
        score += (this.idf(term) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * this.lengths[i]!) / this.averageLength));
      }
      return { article: this.articles[i]!.id, score: score / ceiling };
    });
    return scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
