import { describe, expect, it } from 'vitest';
import { contentTerms, expandWithSynonyms, queryWords } from '../../src/lib/search/query-terms.ts';
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
});

describe('query understanding in Korean, Russian and Telugu', () => {
  it('keeps Telugu words whole, zero-width non-joiner included', () => {
    expect(queryWords('నా పాస్‌వర్డ్ ఎలా?')).toEqual(['నా', 'పాస్‌వర్డ్', 'ఎలా']);
  });

  it('cuts Korean particles and Telugu case endings, so the bare word matches every form', () => {
    expect(contentTerms('비밀번호를 잊어버렸어요 어떻게 하나요?', 'ko')).toEqual(['비밀번호', '잊어버렸']);
    // Any verb loses its question ending, not only 하다: 걸리나요 → 걸리.
    expect(contentTerms('배송은 며칠 걸리나요?', 'ko')).toEqual(['배송', '며칠', '걸리']);
    expect(contentTerms('주문을 취소하고 싶어요', 'ko')).toEqual(['주문', '취소']);
    expect(contentTerms('నా పాస్‌వర్డ్‌ను ఎలా రీసెట్ చేయాలి?', 'te')).toEqual(['పాస్‌వర్డ్', 'రీసెట్']);
    // Never down to a single letter: 종이 (paper) stays.
    expect(contentTerms('종이', 'ko')).toEqual(['종이']);
  });

  it('keeps one-syllable Korean nouns', () => {
    expect(contentTerms('돈 언제', 'ko')).toEqual(['돈']);
  });

  it('drops Russian filler words', () => {
    expect(contentTerms('Здравствуйте, где моя посылка?', 'ru')).toEqual(['посылка']);
  });

  it('keeps a Russian question word where the synonyms make it the topic ("где заказ" = tracking)', () => {
    const [group] = expandWithSynonyms('где мой заказ?', [['отслеживание', 'где посылка', 'где заказ'], ['заказ', 'покупка']], 'ru');
    expect(group?.siteWord).toBe('отслеживание');
  });

  it('matches a Russian synonym group whatever the case of the word', () => {
    const synonyms = [['посылка', 'пакет', 'отправление'], ['заказ', 'покупка']];
    expect(expandWithSynonyms('не пришла посылку', synonyms, 'ru').find((t) => t.siteWord === 'посылка')?.variants).toEqual(['посылку', 'пакет', 'отправление']);
    expect(expandWithSynonyms('статус заказом', synonyms, 'ru').find((t) => t.siteWord === 'заказ')?.term).toBe('заказом');
    // English keeps its strict rule: "card" is not "care".
    expect(expandWithSynonyms('care', [['card', 'debit card']]).map((t) => t.variants)).toEqual([['care']]);
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
