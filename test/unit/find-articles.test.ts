import { describe, expect, it } from 'vitest';
import { ArticleFinder, applyCorrections, confidenceOf } from '../../src/lib/search/find-articles.ts';
import { buildLexicon, serializeShard, siteLexicon } from '../../src/lib/search/lexicon.ts';
import { realWordsNear } from '../../src/lib/search/real-words.ts';
import type { PagefindApi, PagefindResult } from '../../src/lib/search/types.ts';

/**
 * A tiny stand-in index: page → words with weights, searched like Pagefind: every word must
 * match, the last one as a prefix.
 */
function fakePagefind(pages: Record<string, Record<string, number>>): PagefindApi & { queries: string[] } {
  const queries: string[] = [];
  const result = (id: string, score: number): PagefindResult => ({ id, score, words: [], data: async () => ({ url: `/${id}/`, excerpt: '', meta: { title: id }, filters: {} }) });
  return {
    queries,
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    async search(query) {
      if (query === null) return { results: Object.keys(pages).map((id) => result(id, 1)), unfilteredResultCount: 0, filters: {}, totalFilters: {} };
      queries.push(query);
      const words = query.toLowerCase().split(/\s+/);
      const find = (index: Record<string, number>, w: string, last: boolean) => Object.keys(index).find((k) => k === w || (last && k.startsWith(w)));
      const results = Object.entries(pages)
        .filter(([, index]) => words.every((w, i) => find(index, w, i === words.length - 1)))
        .map(([id, index]) => result(id, words.reduce((sum, w, i) => sum + index[find(index, w, i === words.length - 1)!]!, 0)))
        .sort((a, b) => b.score - a.score);
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
    },
  };
}

const pages = {
  'refund-timing': { refund: 8, card: 2, days: 1, order: 0.2 },
  'cancel-order': { cancel: 8, order: 6, refund: 1 },
  'track-parcel': { parcel: 8, track: 8, order: 2 },
  'reset-password': { password: 8, reset: 8, email: 1 },
};

/**
 * The pages' words as the build writes them (search-words/<locale>/), read from memory, with a
 * calibration score of 16 (what a page's best score for its own two title words is here).
 */
function lexiconOf(index: Record<string, Record<string, number>>, reference = 16, dictionary: string[] = [], fetched: string[] = []) {
  const shards = buildLexicon(Object.values(index).map((words) => Object.keys(words).join(' ')));
  const real = realWordsNear(shards, dictionary);
  const files = new Map([
    ['index.json', JSON.stringify({ shards: [...shards.keys()], reference, real: [...real.keys()] })],
    ...[...shards].map(([shard, words]) => [`${shard}.txt`, serializeShard(words)] as [string, string]),
    ...[...real].map(([shard, words]) => [`${shard}.real.txt`, `${words.join('\n')}\n`] as [string, string]),
  ]);
  return siteLexicon('en', async (file) => (fetched.push(file), files.get(file)));
}

describe('finding articles', () => {
  it('answers a whole sentence even though no page contains every word', async () => {
    const { results } = await new ArticleFinder(fakePagefind(pages)).find('Hi, how do I cancel my order and when do I get the refund?');
    expect(results[0]!.result.id).toBe('cancel-order');
    expect(results[0]!.matched).toBe(3);
  });

  it('finds pages through synonyms', async () => {
    const { results, terms } = await new ArticleFinder(fakePagefind(pages)).find('money back', { synonyms: [['refund', 'money back']] });
    expect(terms[0]!.variants).toContain('refund');
    expect(results[0]!.result.id).toBe('refund-timing');
  });

  it('corrects a word the site does not use to the closest site word, and says what was searched', async () => {
    const pagefind = fakePagefind(pages);
    const found = await new ArticleFinder(pagefind).find('Pasword reset?', { lexicon: lexiconOf(pages) });
    expect(found.results[0]!.result.id).toBe('reset-password');
    expect(found.corrections).toEqual([{ from: 'pasword', to: 'password' }]);
    expect(found.searched).toBe('password reset?');
    expect(pagefind.queries).not.toContain('pasword');
  });

  it('leaves a real word the site does not use alone, and fetches the real words only when a correction is near', async () => {
    // "cancer" is one letter from the site's "cancel", and a word; "cancal" is a typo.
    const fetched: string[] = [];
    const lexicon = lexiconOf(pages, 16, ['cancer', 'reset', 'cards'], fetched);
    const real = await new ArticleFinder(fakePagefind(pages)).find('cancer refund', { lexicon });
    expect(real.corrections).toEqual([]);
    expect(real.unknown).toEqual(['cancer']);
    expect(real.results[0]!.result.id).toBe('refund-timing');
    expect(fetched).toContain('63.real.txt');
    const typo = await new ArticleFinder(fakePagefind(pages)).find('cancal', { lexicon });
    expect(typo.corrections).toEqual([{ from: 'cancal', to: 'cancel' }]);
    // A query of site words never asks for the list.
    const quiet: string[] = [];
    await new ArticleFinder(fakePagefind(pages)).find('reset password', { lexicon: lexiconOf(pages, 16, ['cancer'], quiet) });
    expect(quiet.some((file) => file.endsWith('.real.txt'))).toBe(false);
  });

  it('never changes a word the site uses, and searches the words as typed when asked to', async () => {
    const site = { ...pages, currencies: { cad: 9, eur: 9 } };
    const found = await new ArticleFinder(fakePagefind(site)).find('card', { lexicon: lexiconOf(site) });
    expect(found.corrections).toEqual([]);
    expect(found.results[0]!.result.id).toBe('refund-timing');
    const literal = await new ArticleFinder(fakePagefind(pages)).find('pasword', { lexicon: lexiconOf(pages), literal: true });
    expect(literal.corrections).toEqual([]);
    expect(literal.unknown).toEqual(['pasword']);
  });

  it('does not search a word the site never uses, so its fragments match nothing', async () => {
    const pagefind = fakePagefind(pages);
    const found = await new ArticleFinder(pagefind).find('qwerty', { lexicon: lexiconOf(pages) });
    expect(found.unknown).toEqual(['qwerty']);
    expect(found.results).toEqual([]);
    expect(found.confidence).toBe('none');
    expect(pagefind.queries).toEqual([]);
  });

  it('does not search synonyms the site never uses (each would cost an index download)', async () => {
    const pagefind = fakePagefind(pages);
    const found = await new ArticleFinder(pagefind).find('reimbursement', { synonyms: [['refund', 'money back', 'reimbursement', 'rebate']], lexicon: lexiconOf(pages) });
    expect(found.results[0]!.result.id).toBe('refund-timing');
    expect(pagefind.queries.filter((q) => !q.includes(' ') || q === 'money back')).toEqual(['reimbursement', 'refund']);
  });

  it('takes the start of a site word as known while the customer is still typing', async () => {
    const found = await new ArticleFinder(fakePagefind(pages)).find('reset passw', { lexicon: lexiconOf(pages), typing: true });
    expect(found.corrections).toEqual([]);
    expect(found.results[0]!.result.id).toBe('reset-password');
  });

  it('decides confidence from the best score on the site\'s own scale', async () => {
    const finder = new ArticleFinder(fakePagefind(pages));
    const lexicon = lexiconOf(pages);
    expect((await finder.find('xqzv wplk', { lexicon })).confidence).toBe('none');
    const reset = await finder.find('reset password', { lexicon });
    expect(reset.strength).toBeGreaterThan(1);
    expect(reset.confidence).toBe('strong');
    // A page that only mentions one common word scores a sliver of what a title does.
    const site = { ...pages, faq: { order: 0.05 } };
    const order = await new ArticleFinder(fakePagefind(site)).find('loyalty points for my order', { lexicon: lexiconOf(site, 400) });
    expect(order.results.length).toBeGreaterThan(0);
    expect(order.confidence).toBe('none');
    expect(confidenceOf(0.08, true)).toBe('weak');
    expect(confidenceOf(0.9, false)).toBe('none');
    // Without calibration nothing is shown confidently, and nothing is hidden.
    expect((await finder.find('reset password')).confidence).toBe('weak');
  });

  it('writes the corrections into the query as typed, whole words only', () => {
    expect(applyCorrections('Retun polcy for retuns', [{ from: 'retun', to: 'return' }, { from: 'polcy', to: 'policy' }])).toBe('return policy for retuns');
  });

  it('ranks a rare word above a word every page uses', async () => {
    const { results } = await new ArticleFinder(fakePagefind(pages)).find('order track');
    expect(results[0]!.result.id).toBe('track-parcel');
  });

  it('asks Pagefind each distinct query only once', async () => {
    const pagefind = fakePagefind(pages);
    const finder = new ArticleFinder(pagefind);
    await finder.find('refund card');
    const first = pagefind.queries.length;
    await finder.find('refund card');
    expect(pagefind.queries.length).toBe(first);
  });

  it('prefers the page whose title answers the question over one that only mentions its words', async () => {
    const finder = new ArticleFinder(
      fakePagefind({
        'update-card': { update: 9, card: 9, order: 1 },
        'change-order': { change: 3, order: 3 },
        'returns-policy': { change: 2, order: 2, return: 9 },
      }),
    );
    // The fake's titles are the page ids: "change-order" speaks of both words.
    const { results } = await finder.find('change order', { synonyms: [['change', 'update']] });
    expect(results[0]!.result.id).toBe('change-order');
  });
});
