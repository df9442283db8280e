import { describe, expect, it } from 'vitest';
import { TermStats } from '../../../../src/lib/gaps/cluster/term-stats.ts';
import { answersOf, decideTopic } from '../../../../src/lib/gaps/decide/answers.ts';
import { Matching } from '../../../../src/lib/gaps/match/matching.ts';
import { analyze } from '../../../../src/lib/gaps/normalize/analyze.ts';

const base = { sections: [], locale: 'en', tags: [], headings: [], keywords: [] as string[] };
const articles = [
  { ...base, id: 'orders/cancel-order', key: 'orders/cancel-order', category: 'orders', title: 'How do I cancel my order?', description: 'Cancel it in your account while it is Received.', keywords: ['stop order', 'undo order'], body: 'Open the order and click Cancel order. Once it has shipped, return it instead.' },
  { ...base, id: 'returns/refund-timing', key: 'returns/refund-timing', category: 'returns', title: 'When will I get my refund?', description: 'Refunds are paid within 5 business days of your return arriving.', keywords: ['money back'], body: 'We refund to the card you paid with.' },
  { ...base, id: 'shipping/track', key: 'shipping/track', category: 'shipping', title: 'Where is my parcel?', description: 'Follow the tracking link.', body: 'Open the tracking link in your shipping email.' },
];
const matching = new Matching(articles);
/** A topic made of these tickets, decided against the three articles, with word statistics from `all`. */
function decide(tickets: string[], all: string[] = tickets, alone?: { tickets: number; answeredBy: Map<string, number> }) {
  const stats = TermStats.from(all.map((t) => analyze(t)), matching.indexFor('en'));
  const termCounts = new Map<string, number>();
  for (const t of tickets) for (const term of new Set(analyze(t))) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
  return decideTopic({ termCounts, weight: tickets.length, ...(alone ? { alone } : {}) }, 'en', stats, matching);
}
/** What one ticket's own words say, with word statistics from `all`. */
function answers(ticket: string, all: string[]) {
  return answersOf(analyze(ticket), 'en', TermStats.from(all.map((t) => analyze(t)), matching.indexFor('en')), matching);
}
const others = ['Where is my parcel?', 'My parcel has not arrived, where is it?', 'When do I get my refund?', 'Is my refund on its way?'];

describe('does an article answer a topic', () => {
  it('answers when the article holds most of what sets the tickets apart', () => {
    const cancel = ['How do I cancel my order?', 'I want to cancel the order I placed today', 'Please cancel my order'];
    expect(decide(cancel, [...cancel, ...others])).toMatchObject({ status: 'covered', article: 'orders/cancel-order' });
  });

  it('does not answer what it says nothing about: the fee for cancelling is not in the cancel-order article', () => {
    const fee = ['What is the fee for cancelling an order?', 'Is there a cancellation fee?', 'How much is the fee if I cancel?'];
    const decision = decide(fee, [...fee, ...others]);
    expect(decision.status).toBe('missing');
    expect(decision.words[0]).toMatchObject({ term: 'fee', evidence: 0 });
    expect(decision.coverage[0]!.article).toBe('orders/cancel-order');
    expect(decision.coverage[0]!.coverage).toBeLessThan(0.5);
  });

  it('counts a word no article uses against every article, even when one customer wrote it', () => {
    expect(decide(['Do you sell sofas?'], ['Do you sell sofas?', ...others]).status).toBe('missing');
  });

  it('weighs a name each ticket mentions once little against the need the tickets agree on', () => {
    const cities = ['Utrecht', 'Leiden', 'Delft', 'Breda', 'Gouda', 'Zwolle', 'Assen', 'Emmen'];
    const parcels = cities.map((city) => `Where is my parcel to ${city}?`);
    expect(decide(parcels, [...parcels, ...others])).toMatchObject({ status: 'covered', article: 'shipping/track' });
    // One such ticket alone is about its city as much as its parcel.
    expect(decide(parcels.slice(0, 1), [...parcels, ...others]).status).toBe('missing');
  });
});

describe('does an article answer the tickets of a topic on their own words', () => {
  const cities = ['Utrecht', 'Leiden', 'Delft', 'Breda', 'Gouda', 'Zwolle', 'Assen', 'Emmen'];
  const parcels = cities.map((city) => `Where is my parcel to ${city}?`);

  it('covers a topic only when its article also answers most of its tickets alone', () => {
    // The pooled words say "parcel"; if only 2 of its 8 tickets are answered by the tracking
    // article on their own words, the others ask something it does not say.
    const few = decide(parcels, [...parcels, ...others], { tickets: 8, answeredBy: new Map([['shipping/track', 2]]) });
    expect(few).toMatchObject({ status: 'missing', alone: 0.25 });
    const most = decide(parcels, [...parcels, ...others], { tickets: 8, answeredBy: new Map([['shipping/track', 6]]) });
    expect(most).toMatchObject({ status: 'covered', article: 'shipping/track', alone: 0.75 });
    // Without tickets judged alone (all tagged by agents, or a need within a topic) the words decide.
    expect(decide(parcels, [...parcels, ...others]).status).toBe('covered');
    expect(decide(parcels, [...parcels, ...others]).alone).toBeUndefined();
  });

  it('sets aside a word only this ticket uses: a refund question that names the jug is a refund question', () => {
    const ticket = 'When will I get my refund? I returned the jug';
    const judged = answers(ticket, [ticket, ...others]);
    expect(judged.answering).toContain('returns/refund-timing');
    expect(judged.answering).not.toContain('shipping/track');
  });

  it('keeps a word other tickets use too: what customers ask in shared words no article says is asked', () => {
    const ticket = 'Can I get compensation for my late parcel?';
    const all = [ticket, 'I want compensation, the parcel is late', 'Compensation for a late delivery?', ...others];
    expect(answers(ticket, all).answering).not.toContain('shipping/track');
    // The same ticket with its own odd words only is answered by the tracking article.
    expect(answers('Where is my parcel? It is for my aunt Brunhilde', ['Where is my parcel? It is for my aunt Brunhilde', ...others]).answering).toContain('shipping/track');
  });
});
