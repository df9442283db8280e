/**
 * Finds the articles that answer a customer's question, on top of Pagefind.
 *
 * Pagefind matches pages containing *all* query words, which suits short queries ("refund")
 * but finds nothing for the sentences customers really type ("hi, how do I get my money back
 * for order 123?"). So each topic word is searched on its own, with its synonyms, and a page's
 * score adds up over the words it matches, each weighted by how rare it is (BM25-style), with
 * a bonus for pages matching every word. Words that find nothing are retried with likely
 * typo fixes. Pure: the Pagefind API is passed in, so the browser and the benchmark share it.
 */
import { expandWithSynonyms, spellingFixesFor, typoVariants, type TermGroup } from './query-terms.ts';
import type { PagefindApi, PagefindResult, PagefindSearchResponse } from './types.ts';

export interface FindOptions {
  synonyms?: readonly (readonly string[])[];
  /** Pagefind filters, e.g. { category: ['Returns & refunds'] }. */
  filters?: Record<string, string[]>;
  /** Language of the query (and of the Pagefind index): picks stop words and word endings. */
  locale?: string;
}

export interface RankedArticle {
  result: PagefindResult;
  score: number;
  /** How many of the query's topic words (or their synonyms) the page matched. */
  matched: number;
}

export interface FoundArticles {
  terms: TermGroup[];
  results: RankedArticle[];
  /** Some words were only found after correcting a likely typo. */
  corrected: boolean;
  /** `weak`: the best page matches less than half of what was asked, so offer a person too. */
  confidence: 'strong' | 'weak' | 'none';
}

const SYNONYM_WEIGHT = 0.8;
const TYPO_WEIGHT = 0.7;
const ALL_WORDS_BONUS = 0.5;
const MIN_RELATIVE_SCORE = 0.1;
const TOPIC_WEIGHT = 1.5;
const RERANK_DEPTH = 8;
const ANSWER_BONUS = 1;
/** Start of a word, enough to match its other forms ("refunds", "refunded" for "refund"). */
const stem = (word: string) => word.slice(0, Math.max(3, Math.min(word.length, 5)));
/** Best Pagefind score under which a word probably matched only by Pagefind's fuzzy matching. */
const WEAK_MATCH = 2;

const topScore = (response: PagefindSearchResponse | undefined) => response?.results[0]?.score ?? 0;

export class ArticleFinder {
  private readonly cache = new Map<string, Promise<PagefindSearchResponse>>();
  private total?: Promise<number>;

  private readonly pagefind: PagefindApi;

  constructor(pagefind: PagefindApi) {
    this.pagefind = pagefind;
  }

  private search(query: string, filters?: Record<string, string[]>): Promise<PagefindSearchResponse> {
    const key = `${JSON.stringify(filters ?? {})}|${query}`;
    let response = this.cache.get(key);
    if (!response) {
      response = this.pagefind.search(query, filters ? { filters } : undefined);
      this.cache.set(key, response);
    }
    return response;
  }

  /** Number of searchable pages, for weighting rare words above common ones. */
  private pageCount(): Promise<number> {
    this.total ??= this.pagefind.search(null).then((r) => Math.max(1, r.results.length));
    return this.total;
  }

  async find(query: string, options: FindOptions = {}): Promise<FoundArticles> {
    const terms = expandWithSynonyms(query, options.synonyms ?? [], options.locale);
    if (terms.length === 0) return { terms, results: [], corrected: false, confidence: 'none' };
    const [pages, perTerm] = await Promise.all([this.pageCount(), Promise.all(terms.map((t) => this.hitsFor(t, options.filters, spellingFixesFor(options.locale))))]);

    const ranked = new Map<string, RankedArticle>();
    perTerm.forEach(({ hits, typedCount, siteWordCount }, index) => {
      if (hits.size === 0) return;
      // Rarity of the word, taken as the commoner of what the customer typed and the site's
      // own word for it (first in its synonym group): "purchase" is rare on the site, but it
      // means "order", which every page mentions, so it should not decide the ranking.
      // Words in the synonym list are the site's topics; they count more than an incidental
      // rare word ("premium").
      const topic = terms[index]!.variants.length > 1 ? TOPIC_WEIGHT : 1;
      const rarity = Math.log(1 + pages / Math.max(typedCount, siteWordCount, 1)) * topic;
      for (const [id, hit] of hits) {
        const entry = ranked.get(id) ?? { result: hit.result, score: 0, matched: 0 };
        entry.score += hit.score * rarity;
        entry.matched += 1;
        ranked.set(id, entry);
      }
    });
    if (terms.length > 1) {
      // Bonus for pages with every word together, as typed or in the site's own words
      // ("edit purchase" → "change order").
      const phrasings = [...new Set([terms.map((t) => t.term).join(' '), terms.map((t) => t.siteWord).join(' ')])];
      const together = await Promise.all(phrasings.map((q) => this.search(q, options.filters)));
      const bonus = new Map<string, number>();
      for (const response of together) for (const result of response.results) bonus.set(result.id, Math.max(bonus.get(result.id) ?? 0, result.score));
      for (const [id, score] of bonus) {
        const entry = ranked.get(id);
        if (entry) entry.score += score * ALL_WORDS_BONUS;
      }
    }
    // Matching more of the question beats matching one word very well.
    for (const entry of ranked.values()) entry.score *= entry.matched / terms.length;
    const sorted = [...ranked.values()].sort((a, b) => b.score - a.score);
    await this.rerankByAnswer(sorted, terms);
    // Pages far below the best match only mention a word in passing: leave them out.
    const results = sorted.filter((r) => r.score >= sorted[0]!.score * MIN_RELATIVE_SCORE);

    const corrected = perTerm.some((t) => t.corrected);
    const best = results[0];
    const confidence = !best ? 'none' : best.matched * 2 < terms.length || (corrected && best.matched < terms.length) ? 'weak' : 'strong';
    return { terms, results, corrected, confidence };
  }

  /**
   * Second look at the leading pages: one whose title or one-sentence answer speaks of what
   * was asked is a better answer than one that mentions it deep in the text. Their data is
   * fetched anyway to show them.
   */
  private async rerankByAnswer(sorted: RankedArticle[], terms: TermGroup[]): Promise<void> {
    const leading = sorted.slice(0, RERANK_DEPTH);
    if (leading.length < 2) return;
    const best = leading[0]!.score;
    await Promise.all(
      leading.map(async (entry) => {
        const data = await entry.result.data();
        const answer = `${data.meta.title ?? ''} ${data.meta.description ?? ''}`.toLowerCase();
        const words = answer.match(/[\p{L}\p{N}]+/gu) ?? [];
        const covered = terms.filter((t) => t.variants.some((v) => v.split(' ').every((w) => words.some((x) => x.startsWith(stem(w)))))).length;
        entry.score += best * ANSWER_BONUS * (covered / terms.length);
      }),
    );
    sorted.sort((a, b) => b.score - a.score);
  }

  /** Best score per page for one term, over its synonyms, then over typo fixes if needed. */
  private async hitsFor(term: TermGroup, filters: Record<string, string[]> | undefined, trySpellingFixes: boolean) {
    const hits = new Map<string, { result: PagefindResult; score: number }>();
    const add = (response: PagefindSearchResponse, weight: number) => {
      for (const result of response.results) {
        const score = result.score * weight;
        const current = hits.get(result.id);
        if (!current || current.score < score) hits.set(result.id, { result, score });
      }
    };
    const responses = await Promise.all(term.variants.map((v) => this.search(v, filters)));
    responses.forEach((response, i) => add(response, i === 0 ? 1 : SYNONYM_WEIGHT));
    const typedCount = responses[0]?.results.length ?? 0;
    const siteWord = term.variants.indexOf(term.siteWord);
    const siteWordCount = responses[siteWord]?.results.length ?? 0;
    let corrected = false;
    // Pagefind's own fuzzy matching answers a misspelling ("cancle") with many weak matches,
    // and a true typo with none. Either way, try likely spelling fixes and keep the one whose
    // best match is strongest, if it clearly beats what the typed word found.
    const typedBest = topScore(responses[0]);
    if (trySpellingFixes && !term.term.includes(' ') && typedBest < WEAK_MATCH) {
      const tries = await Promise.all(typoVariants(term.term).map((v) => this.search(v, filters)));
      const best = tries.reduce<PagefindSearchResponse | undefined>((top, r) => (topScore(r) > topScore(top) ? r : top), undefined);
      if (best && topScore(best) > Math.max(typedBest * 2, 0)) {
        // The fix replaces the fuzzy matches of the misspelling.
        hits.clear();
        responses.slice(1).forEach((response) => add(response, SYNONYM_WEIGHT));
        add(best, TYPO_WEIGHT);
        corrected = true;
      }
    }
    return { hits, corrected, typedCount, siteWordCount };
  }
}
