/**
 * Co-occurrence smoothing of ticket vectors, for clustering: each word lends part of its
 * weight to the words it is used with, so requests that say the same thing in other words, or
 * differ only by a name, a Telugu suffix or a Korean verb ending, meet. "Used with" is learnt
 * from the export at hand and the help center's own text: two words are neighbours when the
 * tickets and articles that use one use the other (the cosine of their columns in the
 * documents × words matrix, words weighted as the tickets weigh them). Nothing is downloaded.
 *
 * Only the calibration sample is clustered on smoothed vectors (a few thousand tickets per
 * language); later tickets join the topics as before, on their own words, so the cost of a
 * big export does not change.
 */
import { SMOOTHING, SMOOTHING_NEIGHBOURS } from '../tuning.ts';
import type { SparseVector } from './term-stats.ts';

/**
 * Each vector plus SMOOTHING × its words' weights lent to their SMOOTHING_NEIGHBOURS nearest
 * words (each lending scaled by how near), unit length again. `texts`: the articles, as
 * vectors over the same words; they say which words go together but are not clustered.
 */
export function smoothVectors(vectors: readonly SparseVector[], texts: readonly SparseVector[], share = SMOOTHING, neighbours = SMOOTHING_NEIGHBOURS): SparseVector[] {
  const words = new Set<string>();
  for (const v of vectors) for (const t of v.terms) words.add(t);
  // Column norms and dot products between the words' columns, over tickets and articles.
  const norm = new Map<string, number>();
  const dot = new Map<string, Map<string, number>>();
  for (const doc of [...vectors, ...texts]) {
    const at: number[] = [];
    doc.terms.forEach((t, i) => {
      if (words.has(t)) at.push(i);
    });
    for (const x of at) {
      const a = doc.terms[x]!;
      const va = doc.values[x]!;
      norm.set(a, (norm.get(a) ?? 0) + va * va);
      let row = dot.get(a);
      if (!row) dot.set(a, (row = new Map()));
      for (const y of at) if (y !== x) row.set(doc.terms[y]!, (row.get(doc.terms[y]!) ?? 0) + va * doc.values[y]!);
    }
  }
  const near = new Map<string, [string, number][]>();
  for (const [a, row] of dot) {
    const list: [string, number][] = [];
    // A word every ticket uses weighs nothing (idf 0): it is nobody's neighbour.
    for (const [b, d] of row) if (d > 0) list.push([b, d / Math.sqrt(norm.get(a)! * norm.get(b)!)]);
    list.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
    near.set(a, list.slice(0, neighbours));
  }
  return vectors.map((v) => {
    const out = new Map<string, number>();
    v.terms.forEach((t, i) => out.set(t, (out.get(t) ?? 0) + v.values[i]!));
    v.terms.forEach((t, i) => {
      for (const [b, s] of near.get(t) ?? []) out.set(b, (out.get(b) ?? 0) + share * s * v.values[i]!);
    });
    const terms = [...out.keys()].sort();
    const values = terms.map((t) => out.get(t)!);
    const length = Math.hypot(...values);
    return { terms, values: length ? values.map((x) => x / length) : values };
  });
}
