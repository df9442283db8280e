import { describe, expect, it } from 'vitest';
import { ari, gapMetrics, nmi } from '../../../scripts/bench/gap-metrics.ts';

describe('the benchmark\'s figures', () => {
  it('computes NMI and ARI as the usual definitions do', () => {
    expect(nmi(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBeCloseTo(1);
    expect(nmi(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'z'])).toBeCloseTo(0.8);
    expect(ari(['a', 'a', 'b', 'b'], ['y', 'y', 'x', 'x'])).toBeCloseTo(1);
    expect(ari(['a', 'a', 'b', 'c'], ['x', 'x', 'y', 'y'])).toBeCloseTo(0.5714, 3);
  });

  it('scores a report against labels: open intents found, open topics right, covered tickets by the right article, all tickets placed', () => {
    const intentOf = new Map(Object.entries({ t1: 'wrap', t2: 'wrap', t3: 'wrap', t4: 'refund', t5: 'refund', t6: 'refund', t7: 'oos' }));
    const report = {
      topics: [
        { id: 't001', status: 'missing', ticketIds: ['t1', 't2', 't3'], matches: [] },
        { id: 't002', status: 'covered', ticketIds: ['t4', 't5'], matches: [{ article: 'returns/refund-timing' }] },
        { id: 't003', status: 'covered', ticketIds: ['t6'], matches: [{ article: 'orders/cancel-order' }] },
      ],
      longTail: { ticketIds: ['t7'] },
    };
    const m = gapMetrics(report, { intentOf, articlesOf: { refund: ['returns/refund-timing'] }, noise: new Set(['oos']) }, [...intentOf.keys()]);
    expect(m).toMatchObject({ topicRecall: 1, topicPrecision: 1, ticketPrecision: 1, ticketRecall: 1, accounted: 1, missed: [] });
    expect(m.attribution).toBeCloseTo(2 / 3);
    expect(gapMetrics({ ...report, longTail: { ticketIds: [] } }, { intentOf, articlesOf: { refund: ['returns/refund-timing'] } }, [...intentOf.keys()]).accounted).toBeCloseTo(6 / 7);
    // An automatic reply set apart is accounted for, in no topic.
    expect(gapMetrics({ ...report, longTail: { ticketIds: [] }, automaticReplies: { ticketIds: ['t7'] } }, { intentOf, articlesOf: { refund: ['returns/refund-timing'] }, noise: new Set(['oos']) }, [...intentOf.keys()])).toMatchObject({ accounted: 1, topicRecall: 1 });
  });
});
