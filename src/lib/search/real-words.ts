/**
 * Words of the language the site does not use, but that spelling would "correct" into one it
 * does: "shoes" → "shows", "stuff" → "staff", "contract" → "contact". A customer who typed
 * them typed a real word; changing it searches for something they did not ask about, and
 * "Showing results for *shows*" tells them so. The build lists them per shard
 * (`search-words/<locale>/<shard>.real.txt`, for languages with a dictionary: build time only,
 * src/lib/language/dictionaries.ts) and the browser fetches a shard's list only when a query
 * word is about to be corrected: such a word is left unknown instead, like any word far from
 * the site's.
 *
 * Only the dictionary words spelling would change are listed (a few thousand of the language's
 * 270,000), found without comparing every pair: two words within k edits (letters inserted,
 * dropped, replaced, neighbours swapped) become the same string after deleting at most k
 * letters from each, so each site word's deletions are indexed once and each dictionary word
 * looks its own deletions up (the symmetric-delete method); only words that meet are checked
 * with the speller itself, so a word is listed only if the speller really would change it.
 */
import { shardOf, type Lexicon } from './lexicon.ts';
import { SiteWords } from './spelling.ts';

/** The speller allows at most this many edits (spelling.ts, editsAllowed). */
const MAX_EDITS = 2;

/** Every string made by deleting up to `k` letters of `word` (the word itself included). */
export function deletions(word: string, k: number): Set<string> {
  const out = new Set([word]);
  let frontier = [word];
  for (let round = 0; round < k; round++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const d = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(d)) out.add(d), next.push(d);
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * A polynomial hash of a string, mod 2^32. The dictionary's 270,000 words are each looked up
 * once per letter deleted; making each of those strings to look it up was most of this list's
 * build time. Their hashes come from the word's prefix hashes instead, and only a hash that
 * some site word's deletion also has is made into a string and compared, so a collision costs
 * a comparison, never a wrong word (the sample's English list: 0.30 s → 0.21 s, the same
 * 3,537 words; BENCHMARKS.md).
 */
const HASH_BASE = 131;
const hashOf = (text: string) => {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(i)) | 0;
  return h;
};

/**
 * Per shard: the dictionary's words the site's speller would correct into a site word. Every
 * word listed is one `SiteWords.check(word)` says "corrected" for, as the browser decides it
 * with that shard's words; the few it would also correct two edits away are not looked for
 * (below).
 */
export function realWordsNear(lexicon: Lexicon, dictionary: Iterable<string>, stem: (word: string) => string = (w) => w): Map<string, string[]> {
  // Per shard: the speller, and each deletion of its words (by hash) → the words it comes from.
  const byShard = new Map<string, { speller: SiteWords; deleted: Map<number, { text: string; from: string[] }[]> }>();
  for (const [shard, words] of lexicon) {
    const deleted = new Map<number, { text: string; from: string[] }[]>();
    for (const word of words.keys()) {
      if (word.length < 4) continue;
      for (const d of deletions(word, MAX_EDITS)) {
        const h = hashOf(d);
        const bucket = deleted.get(h) ?? [];
        if (!bucket.length) deleted.set(h, bucket);
        const entry = bucket.find((e) => e.text === d);
        if (entry) entry.from.push(word);
        else bucket.push({ text: d, from: [word] });
      }
    }
    byShard.set(shard, { speller: new SiteWords(words, stem), deleted });
  }
  // One letter deleted from a dictionary word, not the two the speller allows from nine letters:
  // on the sample's English words two find 4,568 real words in 2.5 s, one finds 3,537 in 0.4 s;
  // those it misses are nine letters or more and two edits from a site word ("sanctions" →
  // "sections"), which a customer types far less often than "shoes".
  const out = new Map<string, string[]>();
  const near = new Set<string>();
  // prefix[i]: hash of the word's first i letters; power[k]: HASH_BASE^k (mod 2^32).
  const prefix: number[] = [0];
  const power: number[] = [1];
  for (const word of dictionary) {
    if (word.length < 4) continue;
    const shard = shardOf(word);
    const site = shard === undefined ? undefined : byShard.get(shard);
    if (!site) continue;
    near.clear();
    const n = word.length;
    for (let i = 0; i < n; i++) {
      prefix[i + 1] = (Math.imul(prefix[i]!, HASH_BASE) + word.charCodeAt(i)) | 0;
      power[i + 1] ??= Math.imul(power[i]!, HASH_BASE);
    }
    // The word and each one-letter deletion of it: the hash of what follows letter i, moved
    // to close the gap, added to the hash of what precedes it.
    for (let i = -1; i < n; i++) {
      let h = prefix[n]!;
      if (i >= 0) {
        const after = (prefix[n]! - Math.imul(prefix[i + 1]!, power[n - i - 1]!)) | 0;
        h = (Math.imul(prefix[i]!, power[n - i - 1]!) + after) | 0;
      }
      const bucket = site.deleted.get(h);
      if (!bucket) continue;
      const text = i < 0 ? word : word.slice(0, i) + word.slice(i + 1);
      for (const entry of bucket) if (entry.text === text) for (const w of entry.from) near.add(w);
    }
    // The speller's own rules, on the site words that came near.
    if (!near.size || site.speller.knows(word) || site.speller.closest(word, near).status !== 'corrected') continue;
    const list = out.get(shard!) ?? [];
    list.push(word);
    out.set(shard!, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}
