import { describe, expect, it } from 'vitest';
import { similarityMatrix } from '../../../../src/lib/gaps/cluster/agglomerate.ts';
import { smoothVectors } from '../../../../src/lib/gaps/cluster/smooth.ts';
import type { SparseVector } from '../../../../src/lib/gaps/cluster/term-stats.ts';

const unit = (weights: Record<string, number>): SparseVector => {
  const terms = Object.keys(weights).sort();
  const values = terms.map((t) => weights[t]!);
  const length = Math.hypot(...values);
  return { terms, values: values.map((v) => (length ? v / length : v)) };
};

describe('co-occurrence smoothing', () => {
  it('brings together tickets whose words are used together elsewhere', () => {
    // "denver" and "phoenix" never meet in a ticket, but both come with "timezon".
    const tickets = [unit({ denver: 1, timezon: 1 }), unit({ phoenix: 1, timezon: 1 }), unit({ denver: 1 }), unit({ phoenix: 1 })];
    const plain = similarityMatrix(tickets);
    const smoothed = similarityMatrix(smoothVectors(tickets, [], 0.5, 10));
    expect(plain[2 * 4 + 3]).toBe(0);
    expect(smoothed[2 * 4 + 3]).toBeGreaterThan(0);
    // The tickets that shared a word stay the most similar.
    expect(smoothed[0 * 4 + 1]).toBeGreaterThan(smoothed[2 * 4 + 3]!);
  });

  it('learns from the articles too, without clustering them', () => {
    const tickets = [unit({ pto: 1 }), unit({ vacat: 1 })];
    expect(similarityMatrix(smoothVectors(tickets, [], 0.5, 10))[1]).toBe(0);
    const out = smoothVectors(tickets, [unit({ pto: 1, vacat: 1, request: 1 })], 0.5, 10);
    expect(out).toHaveLength(2);
    expect(similarityMatrix(out)[1]).toBeGreaterThan(0);
  });

  it('gives a word every ticket uses (weight 0) no neighbours, and no NaN', () => {
    const tickets = [unit({ regard: 0, refund: 1 }), unit({ regard: 0, parcel: 1 }), unit({ regard: 0, refund: 1, late: 1 })];
    for (const v of smoothVectors(tickets, [], 0.2, 10)) for (const x of v.values) expect(Number.isFinite(x)).toBe(true);
  });
});
