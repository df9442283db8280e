/**
 * Average-linkage (UPGMA) clustering of tickets, cut at a similarity: two groups are merged
 * while the average cosine similarity between their tickets is at least `threshold`.
 *
 * Why this method: it needs no number of topics (a help center's export has as many needs as
 * it has), it is deterministic (no seeds, no input order), and "the average ticket of one
 * group is this similar to the average ticket of the other" is a rule a support lead can be
 * told. Paraphrases meet when they share the words that matter, even if each pair shares
 * only some: "how many reward points do I have" and "my bonus points are missing" join
 * through the tickets between them.
 *
 * Runs the nearest-neighbour chain algorithm on a dense similarity matrix: O(n²) time and
 * memory (3,000 tickets: 36 MB, about a second), exact for average linkage, which is
 * reducible (a merged group is never closer to a third than the closer of its two parts).
 */
import type { SparseVector } from './term-stats.ts';

/**
 * Cluster label per vector (the lowest index in its cluster), for vectors with `weights`
 * (tickets a row stands for: aggregated counts weigh more).
 */
export function averageLinkage(vectors: readonly SparseVector[], threshold: number, weights?: readonly number[], matrix?: Float32Array): Int32Array {
  const n = vectors.length;
  // The matrix is updated in place as groups merge.
  const sim = matrix ?? similarityMatrix(vectors);
  const size = Float64Array.from({ length: n }, (_, i) => weights?.[i] ?? 1);
  const active = new Uint8Array(n).fill(1);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const chain: number[] = [];
  let remaining = n;
  let scan = 0;
  while (remaining > 0) {
    if (chain.length === 0) {
      while (!active[scan]) scan++;
      chain.push(scan);
    }
    const a = chain[chain.length - 1]!;
    const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
    let b = -1;
    let best = -Infinity;
    const row = a * n;
    for (let k = 0; k < n; k++) {
      if (k === a || !active[k]) continue;
      const s = sim[row + k]!;
      // Ties go to the chain's previous link, so the chain always ends in a reciprocal pair.
      if (s > best || (s === best && k === previous)) {
        best = s;
        b = k;
      }
    }
    if (b < 0 || best < threshold) {
      // Nothing is close enough, now or later: a merge only averages similarities.
      active[a] = 0;
      remaining--;
      chain.pop();
      continue;
    }
    if (b !== previous) {
      chain.push(b);
      continue;
    }
    chain.pop();
    chain.pop();
    // Merge b into a (Lance–Williams update for average linkage).
    const [wa, wb] = [size[a]!, size[b]!];
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === a || k === b) continue;
      const s = (wa * sim[a * n + k]! + wb * sim[b * n + k]!) / (wa + wb);
      sim[a * n + k] = s;
      sim[k * n + a] = s;
    }
    size[a] = wa + wb;
    active[b] = 0;
    parent[b] = a;
    remaining--;
  }
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    labels[i] = root;
  }
  // Label each cluster by its lowest index, whatever the merge order.
  const lowest = new Map<number, number>();
  for (let i = 0; i < n; i++) if (!lowest.has(labels[i]!)) lowest.set(labels[i]!, i);
  return labels.map((root) => lowest.get(root)!);
}

/** Cosine similarities of unit vectors (n × n, row-major), through each word's list of vectors using it. */
export function similarityMatrix(vectors: readonly SparseVector[]): Float32Array {
  const n = vectors.length;
  const sim = new Float32Array(n * n);
  const postings = new Map<string, { items: number[]; values: number[] }>();
  vectors.forEach((v, i) => {
    for (let t = 0; t < v.terms.length; t++) {
      let list = postings.get(v.terms[t]!);
      if (!list) postings.set(v.terms[t]!, (list = { items: [], values: [] }));
      list.items.push(i);
      list.values.push(v.values[t]!);
    }
  });
  for (const { items, values } of postings.values()) {
    for (let x = 0; x < items.length; x++) {
      const i = items[x]!;
      const vi = values[x]!;
      for (let y = x + 1; y < items.length; y++) {
        const j = items[y]!;
        const d = vi * values[y]!;
        sim[i * n + j] += d;
        sim[j * n + i] += d;
      }
    }
  }
  return sim;
}
