/**
 * The topics found in the calibration sample, for placing every later ticket: a ticket joins
 * the topic whose tickets it is most similar to on average, if that average reaches the same
 * threshold the clustering used, on its own words (the calibration sample is clustered on
 * smoothed vectors, cluster/smooth.ts; placing a million tickets on their own words keeps
 * the cost per ticket as it was). Plain data in and out, to cross to worker threads.
 */
import { CENTROID_WORDS } from '../tuning.ts';
import type { SparseVector } from './term-stats.ts';

/** A topic as the sum of its tickets' unit vectors (its heaviest words) and its weight. */
export interface PlainCentroids {
  terms: string[][];
  values: number[][];
  weights: number[];
}

export class Centroids {
  readonly plain: PlainCentroids;
  private readonly index = new Map<string, { topics: number[]; values: number[] }>();
  private readonly scratch: Float64Array;

  constructor(plain: PlainCentroids) {
    this.plain = plain;
    plain.terms.forEach((terms, topic) => {
      terms.forEach((term, i) => {
        let list = this.index.get(term);
        if (!list) this.index.set(term, (list = { topics: [], values: [] }));
        list.topics.push(topic);
        list.values.push(plain.values[topic]![i]!);
      });
    });
    this.scratch = new Float64Array(plain.weights.length);
  }

  /** Topics from clustered vectors: `labels[i]` is vector i's topic (any numbering). */
  static fromClusters(vectors: readonly SparseVector[], labels: ArrayLike<number>, weights: readonly number[]): { centroids: Centroids; topicOf: number[] } {
    const numbering = new Map<number, number>();
    const sums: Map<string, number>[] = [];
    const totals: number[] = [];
    const topicOf = vectors.map((v, i) => {
      let topic = numbering.get(labels[i]!);
      if (topic === undefined) {
        numbering.set(labels[i]!, (topic = sums.length));
        sums.push(new Map());
        totals.push(0);
      }
      const w = weights[i] ?? 1;
      totals[topic] += w;
      v.terms.forEach((term, t) => sums[topic]!.set(term, (sums[topic]!.get(term) ?? 0) + w * v.values[t]!));
      return topic;
    });
    const plain: PlainCentroids = { terms: [], values: [], weights: totals };
    for (const sum of sums) {
      const top = [...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_WORDS);
      plain.terms.push(top.map(([t]) => t));
      plain.values.push(top.map(([, v]) => v));
    }
    return { centroids: new Centroids(plain), topicOf };
  }

  get size(): number {
    return this.plain.weights.length;
  }

  /** The topic a ticket is most similar to on average, and that similarity; ties to the first topic. */
  nearest(vector: SparseVector): { topic: number; similarity: number } | undefined {
    const scores = this.scratch.fill(0);
    const touched: number[] = [];
    vector.terms.forEach((term, t) => {
      const list = this.index.get(term);
      if (!list) return;
      for (let i = 0; i < list.topics.length; i++) {
        const topic = list.topics[i]!;
        if (scores[topic] === 0) touched.push(topic);
        scores[topic] += vector.values[t]! * list.values[i]!;
      }
    });
    let best: { topic: number; similarity: number } | undefined;
    for (const topic of touched) {
      const similarity = scores[topic]! / this.plain.weights[topic]!;
      if (!best || similarity > best.similarity || (similarity === best.similarity && topic < best.topic)) best = { topic, similarity };
    }
    return best;
  }
}
