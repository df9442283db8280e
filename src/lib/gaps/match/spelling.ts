/**
 * Typos in tickets ("shgipping adress", "camceling order", "downolad invoicr") hide the words
 * an article uses, so the ticket looks like a new topic. A word no article or synonym knows
 * is replaced by the known word one edit away (a letter added, dropped, changed or two
 * swapped), when exactly that is the likeliest reading.
 *
 * Deliberately narrow, because a wrong correction is worse than none: only words of five or
 * more letters, only corrections that keep the first letter (people rarely mistype it), and
 * never towards a word shorter than four letters. Lookups use precomputed one-letter deletions
 * (the SymSpell idea), so a million tickets cost one map lookup per unknown word. A real word
 * of the language ("point", which the articles' "print" is one letter from) is no typo, where
 * the language has a dictionary (src/lib/language/dictionaries.ts).
 */
const MIN_LENGTH = 5;

export class Speller {
  /** Known words, with how many articles use them (the likelier reading wins a tie of edits). */
  private readonly known: Map<string, number>;
  /** A known word with one letter deleted → the known words it comes from. */
  private readonly deletions = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  /** `isRealWord`: whether a word is one of the language's (never corrected), asked only before a correction. */
  private readonly isRealWord?: (word: string) => boolean;

  constructor(words: Iterable<[word: string, frequency: number]>, isRealWord?: (word: string) => boolean) {
    this.known = new Map(words);
    this.isRealWord = isRealWord;
    for (const word of this.known.keys()) {
      if (word.length < MIN_LENGTH - 1 || !/^\p{L}+$/u.test(word)) continue;
      for (const deleted of deletionsOf(word)) {
        const list = this.deletions.get(deleted);
        if (!list) this.deletions.set(deleted, [word]);
        else if (!list.includes(word)) list.push(word);
      }
    }
  }

  /** The word itself when known, too short, or with no single likeliest correction. */
  correct(word: string): string {
    if (word.length < MIN_LENGTH || this.known.has(word)) return word;
    let fixed = this.cache.get(word);
    if (fixed !== undefined) return fixed;
    fixed = this.lookup(word) ?? word;
    if (fixed !== word && this.isRealWord?.(word)) fixed = word;
    // Typos are endless in a big export; the cache only has to hold the common ones.
    if (this.cache.size < 100_000) this.cache.set(word, fixed);
    return fixed;
  }

  private lookup(word: string): string | undefined {
    const candidates = new Set<string>();
    // A letter too many in the ticket: deleting one gives a known word.
    for (const deleted of deletionsOf(word)) {
      if (this.known.has(deleted) && deleted.length >= MIN_LENGTH - 1) candidates.add(deleted);
      // A letter changed or two swapped: both lose a letter to the same string.
      for (const source of this.deletions.get(deleted) ?? []) candidates.add(source);
    }
    // A letter missing from the ticket: the word is a deletion of a known one.
    for (const source of this.deletions.get(word) ?? []) candidates.add(source);
    const ranked = [...candidates]
      .filter((candidate) => candidate[0] === word[0] && withinOneEdit(word, candidate))
      .map((candidate) => [candidate, this.known.get(candidate)!] as const)
      .sort((a, b) => b[1] - a[1]);
    // Two equally likely readings ("cart" or "card"?): leave the word as the customer wrote it.
    if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return undefined;
    return ranked[0]![0];
  }
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance ≤ 1: one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
