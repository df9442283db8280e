import { describe, expect, it } from 'vitest';
import { averageLinkage } from '../../../../src/lib/gaps/cluster/agglomerate.ts';
import { TermStats } from '../../../../src/lib/gaps/cluster/term-stats.ts';
import { analyze } from '../../../../src/lib/gaps/normalize/analyze.ts';

const asks = [
  'How many reward points do I have?',
  'My bonus points are missing from my account',
  'Do my loyalty points expire?',
  'What is my points balance?',
  'Can I pay with my reward points?',
  'Do you offer gift wrapping?',
  'Can you gift wrap the teapot?',
  'Is gift wrapping free for a present?',
  'Are the stoneware plates dishwasher safe?',
  'Can the mugs go in the dishwasher?',
];

/** Tickets grouped by the clustering, as sets of their texts, order-free. */
function groups(texts: readonly string[], threshold: number): string[][] {
  const terms = texts.map((t) => analyze(t));
  const stats = TermStats.from(terms);
  const labels = averageLinkage(terms.map((t) => stats.vectorOf(t)), threshold);
  const byLabel = new Map<number, string[]>();
  texts.forEach((t, i) => byLabel.set(labels[i]!, [...(byLabel.get(labels[i]!) ?? []), t]));
  return [...byLabel.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('average-linkage clustering of tickets', () => {
  it('puts paraphrases of one need together, through the words they share, and keeps other needs apart', () => {
    const found = groups(asks, 0.1);
    expect(found).toContainEqual(asks.slice(0, 5).sort());
    expect(found).toContainEqual(asks.slice(5, 8).sort());
    expect(found).toContainEqual(asks.slice(8, 10).sort());
    expect(found).toHaveLength(3);
  });

  it('gives the same groups whatever the order of the tickets', () => {
    const reversed = [...asks].reverse();
    const shuffled = asks.map((_, i) => asks[(i * 7) % asks.length]!);
    expect(groups(reversed, 0.1)).toEqual(groups(asks, 0.1));
    expect(groups(shuffled, 0.1)).toEqual(groups(asks, 0.1));
  });

  it('merges groups only while their tickets are similar on average: a higher cut gives more, smaller groups, and a cut above any similarity none', () => {
    expect(groups(asks, 1.01)).toHaveLength(asks.length);
    expect(groups(asks, 0.7).length).toBeGreaterThan(groups(asks, 0.1).length);
  });

  it('keeps a ticket with no word in common with any other on its own', () => {
    expect(groups([...asks, 'Hello?'], 0.1)).toContainEqual(['Hello?']);
  });
});
