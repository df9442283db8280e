/**
 * How specific each word is, in one language: how few of the documents the report reads use
 * it, the export's tickets (the calibration sample) and the help center's articles together.
 * A word most tickets or most articles use ("order" in a shop) says little about what a
 * ticket needs; a word a few use ("fee", "points") says a lot. Learnt from the export and the
 * help center at hand, so the same code weighs words right for a shop, a bank or an HR desk;
 * in a small export the articles say most, in a big one the tickets do.
 */

/** A ticket as a unit-length vector of weighted words, terms sorted. */
export interface SparseVector {
  terms: string[];
  values: number[];
}

/** The articles' side: how many there are, and how many use a word. */
export interface ArticleFrequencies {
  count: number;
  frequency(term: string): number;
}

export class TermStats {
  readonly tickets: number;
  readonly df: Map<string, number>;
  private readonly articles?: ArticleFrequencies;
  /**
   * Each word's idf as first worked out: the statistics are fixed once made, and placing a
   * million tickets asks for the same few thousand words' idf twice a ticket (its vector and
   * its answer). Capped like analysis's cache: misspellings and ids are endless.
   */
  private readonly idfs = new Map<string, number>();

  constructor(tickets: number, df: Map<string, number>, articles?: ArticleFrequencies) {
    this.tickets = tickets;
    this.df = df;
    this.articles = articles;
  }

  /** Counts each ticket's distinct words; `articles`: the help center's side. */
  static from(termLists: Iterable<readonly string[]>, articles?: ArticleFrequencies): TermStats {
    const df = new Map<string, number>();
    let tickets = 0;
    for (const terms of termLists) {
      tickets++;
      for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
    }
    return new TermStats(tickets, df, articles);
  }

  /** Tickets and articles using the word, at least 1 (a word seen only after calibration counts as rare). */
  frequency(term: string): number {
    return Math.max(1, (this.df.get(term) ?? 0) + (this.articles?.frequency(term) ?? 0));
  }

  /**
   * idf over tickets and articles together: ln((N + A) / df). A word in every ticket of a big
   * export (a template's "Kind regards", a signature) weighs nothing, however many there are;
   * a word every ticket of a tiny export uses ("sofa" in five tickets about sofas) still
   * counts, because the articles do not use it.
   */
  idf(term: string): number {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      idf = Math.log(Math.max(1, this.tickets + (this.articles?.count ?? 0)) / this.frequency(term));
      if (this.idfs.size < 200_000) this.idfs.set(term, idf);
    }
    return idf;
  }

  /**
   * A ticket's words that can link it to other tickets (used by at least two in the sample),
   * weighted by idf and scaled to unit length. Each word counts once: tickets are short, and a
   * repeated word is emphasis, not a second topic. A Set is taken as the distinct words
   * already (placing a ticket makes one for its vector, its answer and its topic's totals).
   */
  vectorOf(terms: readonly string[] | ReadonlySet<string>): SparseVector {
    const distinct: string[] = [];
    for (const t of terms instanceof Set ? terms : new Set(terms)) if ((this.df.get(t) ?? 0) >= 2) distinct.push(t);
    distinct.sort();
    const values = distinct.map((t) => this.idf(t));
    const norm = Math.hypot(...values);
    return { terms: distinct, values: norm ? values.map((v) => v / norm) : values };
  }
}
