/**
 * Groups tickets into topics by the words that set them apart, merges topics that are near
 * duplicates, and names each with the phrase its tickets use most.
 *
 * Grouping runs in two steps so that a million tickets need no more memory than a thousand:
 * word statistics are taken from a sample (`ClusterStats`), then every ticket goes straight
 * into the group of its two most specific words and only the group's totals are kept.
 */
import { analyze } from '../normalize/analyze.ts';
import { withSynonyms, type SynonymLookup, type Ticket } from '../normalize/tickets.ts';

const MIN_SHARE_FOR_KEY = 0.002;
/** Cosine similarity of word profiles above which two topics are one. */
export const MERGE_SIMILARITY = 0.5;
export const OTHER_KEY = '(other)';

/** Which words can name a topic, and how specific each is, learnt from (a sample of) the tickets. */
export class ClusterStats {
  /** idf of each word that can name a topic; words that cannot are absent. */
  readonly weights = new Map<string, number>();

  /** Statistics learnt elsewhere (on another thread), from their `weights`. */
  static fromWeights(weights: ReadonlyMap<string, number>): ClusterStats {
    const stats = new ClusterStats([]);
    for (const [term, idf] of weights) stats.weights.set(term, idf);
    return stats;
  }

  /** `tickets` may be a generator: the sample is read once. */
  constructor(tickets: Iterable<Pick<Ticket, 'terms'>>) {
    const df = new Map<string, number>();
    let n = 0;
    for (const t of tickets) {
      n++;
      for (const term of new Set(t.terms)) df.set(term, (df.get(term) ?? 0) + 1);
    }
    // Words too rare to name a topic, or so common they name none ("order" in a shop). A small
    // export has no such common words: three tickets about wrapping share "wrap" and it names them.
    const minDf = Math.max(2, Math.floor(n * MIN_SHARE_FOR_KEY));
    const maxDf = Math.max(n * 0.4, 10);
    // Worked out once: every ticket not answered looks up each of its words.
    for (const [term, count] of df) if (count >= minDf && count <= maxDf) this.weights.set(term, Math.log(n / count));
  }

  /** A ticket's words that can name a topic, with how often the ticket uses each, in the order it uses them. */
  usableWords(terms: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const term of terms) if (this.weights.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return counts;
  }

  /** The two words most specific to a ticket (count × idf, ties alphabetical) name its group. */
  keyOf(usable: ReadonlyMap<string, number>): string {
    let first: string | undefined;
    let second: string | undefined;
    let firstScore = 0;
    let secondScore = 0;
    for (const [term, count] of usable) {
      const score = count * this.weights.get(term)!;
      if (beats(score, term, firstScore, first)) {
        second = first;
        secondScore = firstScore;
        first = term;
        firstScore = score;
      } else if (beats(score, term, secondScore, second)) {
        second = term;
        secondScore = score;
      }
    }
    if (first === undefined) return OTHER_KEY;
    return second === undefined ? first : first < second ? `${first} ${second}` : `${second} ${first}`;
  }

  /**
   * Counts a ticket's usable words into a group's tally (tickets per word). Kept as whole
   * numbers, so parts of a group added up on different threads give the same totals.
   */
  countInto(counts: Map<string, number>, usable: ReadonlyMap<string, number>): void {
    for (const term of usable.keys()) counts.set(term, (counts.get(term) ?? 0) + 1);
  }

  /** A group's word profile from its tally: tickets per word × the word's idf. */
  profileOf(counts: ReadonlyMap<string, number>): Map<string, number> {
    return new Map([...counts].map(([term, n]) => [term, n * this.weights.get(term)!]));
  }
}

/** Whether a word scoring `score` ranks above `other` scoring `than` (ties to the alphabetically first). */
function beats(score: number, term: string, than: number, other: string | undefined): boolean {
  return other === undefined || score > than || (score === than && term.localeCompare(other) < 0);
}

/** The entry with the largest count, ties to the alphabetically first key; undefined when empty. */
export function largest(entries: Iterable<readonly [string, number]>): readonly [string, number] | undefined {
  let best: readonly [string, number] | undefined;
  for (const entry of entries) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0].localeCompare(best[0]) < 0)) best = entry;
  return best;
}

export interface Mergeable {
  key: string;
  size: number;
  profile: Map<string, number>;
}

/**
 * Merges groups whose word profiles are near duplicates ("refund status" / "refund update"),
 * biggest first. `absorb(home, other)` adds the other group's totals to home.
 */
export function mergeSimilar<G extends Mergeable>(groups: readonly G[], absorb: (home: G, other: G) => void): G[] {
  const sorted = [...groups].sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
  const merged: G[] = [];
  for (const group of sorted) {
    const home = group.key === OTHER_KEY ? undefined : merged.find((m) => m.key !== OTHER_KEY && cosine(m.profile, group.profile) >= MERGE_SIMILARITY);
    if (home) {
      absorb(home, group);
      // Profiles are sums over tickets, so merging adds them.
      for (const [term, weight] of group.profile) home.profile.set(term, (home.profile.get(term) ?? 0) + weight);
      home.size += group.size;
    } else merged.push(group);
  }
  return merged;
}

export function topTermsOf(profile: Map<string, number>, count = 8): string[] {
  return [...profile].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([t]) => t);
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, v] of a) {
    na += v * v;
    const w = b.get(t);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D']+/gu;

/** The 2–3 word phrase (as customers wrote it) most shared by the topic's tickets. */
export function labelFor(tickets: readonly Pick<Ticket, 'text'>[], stems: readonly string[], language = 'en', synonyms?: SynonymLookup): string {
  const normalised = new Map<string, string[]>();
  // A customer's "broken" names a topic whose word is the site's "damaged".
  const termsOf = (word: string) => {
    let terms = normalised.get(word);
    if (!terms) normalised.set(word, (terms = withSynonyms(analyze(word, language), synonyms)));
    return terms;
  };
  // A phrase neither starts nor ends with a word that carries no topic ("the", "my", "를").
  const filler = (word: string) => termsOf(word).length === 0;
  const names = (word: string, top: readonly string[]) => termsOf(word).some((t) => top.includes(t));
  const counts = new Map<string, number>();
  for (const ticket of tickets) {
    const words = (ticket.text.toLowerCase().replace(/\[\w+\]/g, ' ').match(WORD) ?? []);
    const seen = new Set<string>();
    for (let size = 2; size <= 3; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        const gram = words.slice(i, i + size);
        if (filler(gram[0]!) || filler(gram.at(-1)!) || /\d/.test(gram.join(''))) continue;
        if (!gram.some((w) => names(w, stems.slice(0, 3)))) continue;
        const phrase = gram.join(' ');
        if (!seen.has(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1), seen.add(phrase);
      }
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0];
  if (best && best[1] >= 2) return best[0];
  // No shared phrase: the customers' most common spelling of the topic's main words (a word
  // that only came from the synonym list, not from the customers, is left out).
  const words = stems
    .slice(0, 3)
    .map((stem) => {
      const forms = new Map<string, number>();
      for (const ticket of tickets) for (const word of ticket.text.toLowerCase().match(WORD) ?? []) if (names(word, [stem])) forms.set(word, (forms.get(word) ?? 0) + 1);
      return largest(forms)?.[0];
    })
    .filter((word, i, all): word is string => word !== undefined && all.indexOf(word) === i)
    .slice(0, 2);
  return words.length ? words.join(' ') : stems.slice(0, 2).join(' ');
}
