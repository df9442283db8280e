import { describe, expect, it } from 'vitest';
import { ArticleFinder } from '../../src/lib/search/find-articles.ts';
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

  it('retries a misspelt word with likely fixes and says so', async () => {
    const found = await new ArticleFinder(fakePagefind(pages)).find('pasword');
    expect(found.results[0]!.result.id).toBe('reset-password');
    expect(found.corrected).toBe(true);
  });

  it('reports no confidence when nothing matches, and weak when the best page answers little of the question', async () => {
    const finder = new ArticleFinder(fakePagefind(pages));
    expect((await finder.find('xqzv wplk')).confidence).toBe('none');
    expect((await finder.find('password parcel invoice warranty')).confidence).toBe('weak');
    expect((await finder.find('reset password')).confidence).toBe('strong');
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
