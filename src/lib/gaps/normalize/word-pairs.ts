/**
 * Neighbouring words read as one more term, "change+tire": what a request asks *about* an
 * object is often a common word next to it ("change my tire", "which fuel type", "switch
 * account"), and an article about the object uses the object's word without ever saying that.
 * Counted like any word (how many tickets use the pair, how rare it is among tickets and
 * articles), so "change+tire" weighs what the tickets agree on, and an article covers it only
 * when it says the two words together. Filler words are already gone, so "change my tire" and
 * "change the tire" give the same pair; the order is ignored ("tire change").
 */
import { PAIR_WINDOW } from '../tuning.ts';

/** Each unordered pair of different terms at most PAIR_WINDOW apart, once, as "a+b" (a < b). */
export function wordPairs(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j <= i + PAIR_WINDOW && j < terms.length; j++) {
      const [a, b] = [terms[i]!, terms[j]!];
      if (a !== b) out.add(a < b ? `${a}+${b}` : `${b}+${a}`);
    }
  }
  return [...out];
}

/** A pair term, not a word: pairs decide needs within a topic (build-report.ts) but never make topics, labels or listed terms. */
export const isPair = (term: string) => term.includes('+');

/** A text's pairs, sentence by sentence: two words across a full stop are not said together. */
export function textPairs(text: string, termsOf: (text: string) => string[]): string[] {
  return text.split(/[.!?;:\n]+/).flatMap((sentence) => wordPairs(termsOf(sentence)));
}
