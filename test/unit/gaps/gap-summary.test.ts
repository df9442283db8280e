import { describe, expect, it } from 'vitest';
import { leaveOneOut, setScore, shortOfTargets, type SizeFigures } from '../../../scripts/bench/gap-summary.ts';

const figures = (size: string, mean: number, worst = mean, overrides: Partial<SizeFigures['mean']> = {}): SizeFigures => ({
  size,
  mean: { topicRecall: mean, topicPrecision: mean, ticketF1: mean, nmi: mean, attribution: mean, accounted: 1, ...overrides },
  worst: { topicRecall: worst, topicPrecision: worst, ticketF1: worst, nmi: worst, attribution: worst, accounted: 1 },
});

describe('the benchmark summary', () => {
  it('scores a set by the mean of five figures over its sizes, accounted left out', () => {
    expect(setScore([figures('100', 0.5), figures('all', 0.7)])).toBeCloseTo(0.6);
    expect(setScore([figures('all', 0.8, 0.8, { topicRecall: 0.3 })])).toBeCloseTo((0.3 + 0.8 * 4) / 5);
    expect(setScore([figures('all', 0.8, 0.8, { accounted: 0 })])).toBeCloseTo(0.8);
  });

  it('names every figure short of its target, the largest gap first, and a worst draw too far below', () => {
    const short = shortOfTargets([figures('100', 0.95, 0.8, { topicRecall: 0.07, nmi: 0.7 }), figures('all', 0.95)]);
    expect(short[0]).toBe('recall 0.07 at 100 (0.90)');
    expect(short).toContain('NMI 0.70 at 100 (0.75)');
    // Mean 0.95 meets precision's 0.85, but a draw at 0.80 is within 0.10 of it: fine; F1's
    // worst 0.80 is within 0.10 of 0.75 too; nothing at size all.
    expect(short.some((s) => s.includes('at all'))).toBe(false);
    expect(shortOfTargets([figures('300', 0.95, 0.6)])).toContain('precision worst draw 0.60 at 300 (0.75)');
    expect(shortOfTargets([figures('all', 0.95)])).toEqual([]);
    expect(shortOfTargets([figures('all', 0.95, 0.95, { accounted: 0.98 })])).toEqual(['accounted 0.98 at all (1.00)']);
  });

  it('leaves each set out, picks the value the others score best with, and reports the left-out set at it', () => {
    const scores = new Map([
      ['0.4', new Map([['a', 0.9], ['b', 0.5], ['c', 0.5]])],
      ['0.5', new Map([['a', 0.6], ['b', 0.6], ['c', 0.6]])],
    ]);
    // Left out a: b and c prefer 0.5 (0.6 against 0.5), a scores 0.6 there, not its own best 0.9.
    expect(leaveOneOut(scores)).toEqual([
      { set: 'a', chosen: '0.5', score: 0.6 },
      { set: 'b', chosen: '0.4', score: 0.5 },
      { set: 'c', chosen: '0.4', score: 0.5 },
    ]);
    // A tie goes to the value listed first; one set alone has nothing to choose on.
    expect(leaveOneOut(new Map([['x', new Map([['a', 0.5], ['b', 0.5]])], ['y', new Map([['a', 0.5], ['b', 0.5]])]]))[0]!.chosen).toBe('x');
    expect(leaveOneOut(new Map([['x', new Map([['a', 0.5]])]]))).toEqual([]);
  });
});
