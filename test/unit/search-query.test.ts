import { describe, expect, it } from 'vitest';
import { contentTerms, expandWithSynonyms, queryWords, typoVariants } from '../../src/lib/search/query-terms.ts';
import { excerptParts, highlightWords } from '../../src/lib/search/excerpt.ts';

describe('query understanding', () => {
  it('drops placeholders, order numbers and punctuation', () => {
    expect(queryWords('Cancel order {{Order Number}} #12588, please!')).toEqual(['cancel', 'order', 'please']);
  });

  it('keeps the topic words of a conversational question', () => {
    expect(contentTerms('Hi, I need help, how can I get my money back?')).toEqual(['money', 'back']);
    expect(contentTerms('where is my parcel')).toEqual(['parcel']);
  });

  it('falls back to every word when all of them are common', () => {
    expect(contentTerms('how do I')).toEqual(['how', 'do', 'i']);
  });

  it('groups a word with its synonyms and keeps synonym phrases together', () => {
    const synonyms = [['refund', 'money back'], ['parcel', 'package']];
    expect(expandWithSynonyms('I want my money back for the package', synonyms)).toEqual([
      { term: 'money back', variants: ['refund', 'money back'], siteWord: 'refund' },
      { term: 'package', variants: ['package', 'parcel'], siteWord: 'parcel' },
    ]);
  });

  it('finds a synonym phrase with a few words in between', () => {
    const [group] = expandWithSynonyms('open a new account', [['create account', 'open account']]);
    expect(group).toEqual({ term: 'open account', variants: ['create account', 'open account'], siteWord: 'create account' });
  });

  it('offers spelling fixes for dropped, swapped and trailing letters', () => {
    const variants = typoVariants('refnud');
    expect(variants).toContain('refund');
    expect(typoVariants('oorder')).toContain('order');
    expect(typoVariants('pasword')).toContain('pas');
    expect(typoVariants('vat')).toEqual([]);
  });
});

describe('excerpts', () => {
  it('turns Pagefind marks into text parts and never passes markup through', () => {
    expect(excerptParts('Get a <mark>refund</mark> &lt;b&gt; <script>x</script>')).toEqual([
      { text: 'Get a ', highlighted: false },
      { text: 'refund', highlighted: true },
      { text: ' <b> x', highlighted: false },
    ]);
  });

  it('highlights searched words by their start, or reports no match', () => {
    const parts = highlightWords('Refunds reach your card in 3–10 days.', ['refund']);
    expect(parts?.filter((p) => p.highlighted).map((p) => p.text)).toEqual(['Refunds']);
    expect(highlightWords('Nothing relevant here.', ['refund'])).toBeUndefined();
  });
});
