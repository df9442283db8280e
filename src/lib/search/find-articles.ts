/**
 * Finds the articles that answer a customer's question, on top of Pagefind.
 *
 * Pagefind matches pages containing *all* query words, which suits short queries ("refund")
 * but finds nothing for the sentences customers really type ("hi, how do I get my money back
 * for order 123?"). So each topic word is searched on its own, with its synonyms, and a page's
 * score adds up over the words it matches, each weighted by how rare it is (BM25-style), with
 * a bonus for pages matching every word. Before searching, words the site never uses are
 * corrected to the closest site word (spelling.ts), or left out when none is close.
 *
 * Confidence comes from one number: the best page's score on the site's own scale, the score
 * its article titles get when searched as questions, in the words their articles use
 * (calibration.ts, measured at build time). Its two thresholds are chosen on query sets
 * (tuning.ts).
 * Pure: the Pagefind API and the site's words are passed in, so the browser and the benchmark
 * share it.
 */
import { contentTerms, expandWithSynonyms, queryWords, type TermGroup } from './query-terms.ts';
import { shardOf, type SiteLexicon } from './lexicon.ts';
import { ALL_WORDS_BONUS, ANSWER_BONUS, CONFIDENT_SCORE, MIN_RELATIVE_SCORE, NO_MATCH_SCORE, RERANK_DEPTH, SYNONYM_WEIGHT, TOPIC_WEIGHT } from './tuning.ts';
import type { PagefindApi, PagefindResult, PagefindSearchResponse } from './types.ts';

export interface FindOptions {
  synonyms?: readonly (readonly string[])[];
  /** Pagefind filters, e.g. { category: ['Returns & refunds'] }. */
  filters?: Record<string, string[]>;
  /** Language of the query (and of the Pagefind index): picks stop words and word endings. */
  locale?: string;
  /**
   * The site's words and search calibration in the query's language (lexicon.ts); without
   * them every word is searched as typed and no result is shown confidently.
   */
  lexicon?: SiteLexicon;
  /** Search the words exactly as typed ("search instead for …"). */
  literal?: boolean;
  /** The last word may be unfinished (results as you type): the start of a site word is known. */
  typing?: boolean;
}

export interface RankedArticle {
  result: PagefindResult;
  score: number;
  /** How many of the query's topic words (or their synonyms) the page matched. */
  matched: number;
  /** Share of the query's weight (its words by rarity) the page matched, 0–1. */
  coverage: number;
}

export interface Correction {
  from: string;
  to: string;
}

export interface FoundArticles {
  terms: TermGroup[];
  results: RankedArticle[];
  /** Words the site does not use that were replaced by a site word, in the order typed. */
  corrections: Correction[];
  /** The query as searched: the corrections applied to what was typed. */
  searched: string;
  /** Words the site does not use, with no site word close enough: not searched. */
  unknown: string[];
  /**
   * `strong`: the best page covers most of what was asked; `weak`: part of it, so offer a
   * person too; `none`: no page covers enough to be shown as an answer.
   */
  confidence: 'strong' | 'weak' | 'none';
  /** Share of the question's weight (its words by rarity) the best page matches, 0–1. */
  coverage: number;
  /**
   * The best page's score on the site's own scale (its score over the calibration score: the
   * median best score of the site's article titles searched as questions), what `confidence`
   * is decided on; undefined without calibration.
   */
  strength?: number;
}

/** Whether the site uses every word of a phrase (true when it cannot tell: no word list, or an alphabet it does not list). */
async function siteUses(phrase: string, lexicon: SiteLexicon | undefined): Promise<boolean> {
  if (!lexicon) return true;
  const checks = await Promise.all(
    queryWords(phrase).map(async (word) => {
      const shard = shardOf(word);
      const words = shard ? await lexicon.words(shard) : undefined;
      return !words || words.check(word).status === 'known';
    }),
  );
  return checks.every(Boolean);
}

/** Start of a word, enough to match its other forms ("refunds", "refunded" for "refund"). */
export const stem = (word: string) => word.slice(0, Math.max(3, Math.min(word.length, 5)));

/**
 * Confidence from the best page's score on the site's own scale (thresholds: tuning.ts). A
 * question the help center answers scores like one of its titles; a question it does not
 * answer matches a word here and there, and scores a fraction of that. Without calibration
 * nothing is shown confidently.
 */
export function confidenceOf(strength: number | undefined, hasResults: boolean): FoundArticles['confidence'] {
  if (!hasResults || (strength !== undefined && strength < NO_MATCH_SCORE)) return 'none';
  return strength !== undefined && strength >= CONFIDENT_SCORE ? 'strong' : 'weak';
}

/** The query with each corrected word replaced, the rest as typed. */
export function applyCorrections(query: string, corrections: readonly Correction[]): string {
  let out = query;
  for (const { from, to } of corrections) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}\\p{N}])`, 'giu'), to);
  }
  return out;
}

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

  /**
   * Which words of the query the site uses, which are corrected, and which are unknown.
   * Words in the synonym list are the customers' own words for the site's: always known.
   */
  private async spell(query: string, options: FindOptions): Promise<{ corrections: Correction[]; unknown: string[] }> {
    const corrections: Correction[] = [];
    const unknown: string[] = [];
    if (!options.lexicon) return { corrections, unknown };
    const locale = options.locale ?? 'en';
    const customerWords = new Set((options.synonyms ?? []).flat().flatMap((s) => queryWords(s)));
    const typed = queryWords(query);
    const last = /[\p{L}\p{M}\p{N}]$/u.test(query) ? typed.at(-1) : undefined;
    await Promise.all(
      contentTerms(query, locale).map(async (word) => {
        const shard = shardOf(word);
        if (!shard || customerWords.has(word)) return;
        const words = await options.lexicon!.words(shard);
        if (!words) return;
        const spelling = words.check(word, options.typing === true && word === last);
        // A real word the site does not use ("shoes") is not a typo of one it does ("shows").
        if (spelling.status === 'corrected' && !options.literal && !(await options.lexicon!.isRealWord(word))) corrections.push({ from: word, to: spelling.to });
        else if (spelling.status !== 'known') unknown.push(word);
      }),
    );
    unknown.sort((a, b) => typed.indexOf(a) - typed.indexOf(b));
    corrections.sort((a, b) => typed.indexOf(a.from) - typed.indexOf(b.from));
    return { corrections, unknown };
  }

  async find(query: string, options: FindOptions = {}): Promise<FoundArticles> {
    const { corrections, unknown } = await this.spell(query, options);
    const searched = applyCorrections(query, corrections);
    const terms = expandWithSynonyms(searched, options.synonyms ?? [], options.locale);
    const none: FoundArticles = { terms, results: [], corrections, searched, unknown, confidence: 'none', coverage: 0 };
    if (terms.length === 0) return none;
    const unknownSet = new Set(unknown);
    const [pages, perTerm] = await Promise.all([
      this.pageCount(),
      Promise.all(terms.map((t) => (unknownSet.has(t.term) ? undefined : this.hitsFor(t, options.filters, options.lexicon)))),
    ]);

    // Rarity of each word, taken as the commoner of what the customer typed and the site's
    // own word for it (first in its synonym group): "purchase" is rare on the site, but it
    // means "order", which every page mentions, so it should not decide the ranking. Words
    // in the synonym list are the site's topics; they count more than an incidental rare word
    // ("premium"). The words the site never uses count together as one word, as rare as a
    // site word can be: a short question's odd word can be what it asks about ("loyalty
    // points"), a long message's many (names, feelings, "my sister's wedding") are not ten
    // different needs. The gap report pools one-off words the same way.
    const weights = terms.map((term, index) => {
      const found = perTerm[index];
      if (!found) return Math.log(1 + pages) / unknownSet.size;
      const topic = term.variants.length > 1 ? TOPIC_WEIGHT : 1;
      return Math.log(1 + pages / Math.max(found.typedCount, found.siteWordCount, 1)) * topic;
    });
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const ranked = new Map<string, RankedArticle>();
    perTerm.forEach((found, index) => {
      if (!found) return;
      for (const [id, hit] of found.hits) {
        const entry = ranked.get(id) ?? { result: hit.result, score: 0, matched: 0, coverage: 0 };
        entry.score += hit.score * weights[index]!;
        entry.matched += 1;
        entry.coverage += weights[index]! / totalWeight;
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
    for (const entry of ranked.values()) entry.score *= entry.coverage;
    const sorted = [...ranked.values()].sort((a, b) => b.score - a.score);
    await this.rerankByAnswer(sorted, terms);
    // Pages far below the best match only mention a word in passing: leave them out.
    const results = sorted.filter((r) => r.score >= sorted[0]!.score * MIN_RELATIVE_SCORE);
    const reference = await options.lexicon?.reference();
    const strength = results[0] && reference ? results[0].score / reference : undefined;
    return { ...none, results, confidence: confidenceOf(strength, results.length > 0), coverage: results[0]?.coverage ?? 0, strength };
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

  /**
   * Best score per page for one term, over its synonyms. Synonyms the site never uses are not
   * searched: they cannot match, and each costs an index chunk download ("reimbursement" on a
   * site that only says "refund").
   */
  private async hitsFor(term: TermGroup, filters: Record<string, string[]> | undefined, lexicon: SiteLexicon | undefined) {
    const hits = new Map<string, { result: PagefindResult; score: number }>();
    const used = await Promise.all(term.variants.map((v, i) => (i === 0 ? true : siteUses(v, lexicon))));
    const responses = await Promise.all(term.variants.map((v, i) => (used[i] ? this.search(v, filters) : undefined)));
    responses.forEach((response, i) => {
      const weight = i === 0 ? 1 : SYNONYM_WEIGHT;
      for (const result of response?.results ?? []) {
        const score = result.score * weight;
        const current = hits.get(result.id);
        if (!current || current.score < score) hits.set(result.id, { result, score });
      }
    });
    const typedCount = responses[0]?.results.length ?? 0;
    const siteWordCount = responses[term.variants.indexOf(term.siteWord)]?.results.length ?? 0;
    return { hits, typedCount, siteWordCount };
  }

}
