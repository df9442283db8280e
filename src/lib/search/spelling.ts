/**
 * Spelling from the site's own words. A query word the site uses (in any form its stemmer
 * merges: "refunds", "refunded") is never changed; a word it does not use is corrected to the
 * site word closest in edits (a letter inserted, dropped, replaced, or two neighbours
 * swapped), the commoner one on a tie; a word with no close site word is left unknown and not
 * searched at all (Pagefind would otherwise match a fragment of it: "re" in "they're").
 */

/**
 * The stemmer of a language, loaded on first use: a page in one language downloads only its
 * own. Languages without one compare words as they are.
 */
const STEMMERS: Record<string, () => Promise<(word: string) => string>> = {
  en: async () => (await import('@orama/stemmers/english')).stemmer,
  ru: async () => (await import('@orama/stemmers/russian')).stemmer,
};

export async function stemmerFor(locale: string): Promise<(word: string) => string> {
  return (await STEMMERS[locale]?.()) ?? ((word) => word);
}

/**
 * Edits allowed for a word of this length. Words under 4 letters are too short to tell a typo
 * from another word ("cad", "car", "card"); one edit up to 8 letters, two from 9
 * ("recieveing"). Measured on the query sets: two edits from 7 letters turned right words the
 * site does not use into site words ("planning" → "placing", "разбитая" → "разбила").
 */
export function editsAllowed(length: number): number {
  return length < 4 ? 0 : length < 9 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Levenshtein plus transposition of neighbours), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, previous2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Two words of the same length that differ only by two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export type Spelling = { status: 'known' } | { status: 'corrected'; to: string } | { status: 'unknown' };

/** A shard of the site's words with their stems, built once per shard and language. */
export class SiteWords {
  readonly words: ReadonlyMap<string, number>;
  private readonly stems: Set<string>;
  private readonly stem: (word: string) => string;

  /** `stem`: the language's stemmer (stemmerFor). */
  constructor(words: ReadonlyMap<string, number>, stem: (word: string) => string = (word) => word) {
    this.words = words;
    this.stem = stem;
    this.stems = new Set([...words.keys()].map(stem));
  }

  /**
   * `typing`: the customer may not have finished the word (the last word of a query typed in
   * the search box), so the start of a site word counts as known ("refu" → refund).
   */
  check(word: string, typing = false): Spelling {
    if (this.knows(word)) return { status: 'known' };
    if (typing && word.length >= 3) for (const known of this.words.keys()) if (known.startsWith(word)) return { status: 'known' };
    return this.closest(word, this.words.keys());
  }

  /** The site uses the word, in this form or another its stemmer merges. */
  knows(word: string): boolean {
    return this.words.has(word) || this.stems.has(this.stem(word));
  }

  /**
   * The correction among `candidates` (site words; all of them when checking a query), by the
   * rules of `check`, for a word the site does not know.
   */
  closest(word: string, candidates: Iterable<string>): Spelling {
    const limit = editsAllowed(word.length);
    let best: string | undefined;
    let bestDistance = limit + 1;
    let bestCount = 0;
    for (const candidate of candidates) {
      const count = this.words.get(candidate) ?? 0;
      if (candidate.length < 4) continue;
      // A four-letter word one letter away from another is as often a different word as a
      // typo ("site" and "size", "вещь" and "весь"): only a dropped, added or swapped letter.
      if (word.length === 4 && candidate.length === 4 && !swapped(word, candidate)) continue;
      const distance = editDistance(word, candidate, Math.min(limit, bestDistance));
      if (distance < bestDistance || (distance === bestDistance && count > bestCount)) [best, bestDistance, bestCount] = [candidate, distance, count];
    }
    return best !== undefined && bestDistance <= limit ? { status: 'corrected', to: best } : { status: 'unknown' };
  }
}
