/**
 * What a topic is called: the phrase its customers use most ("gift wrapping", "loyalty
 * points"), in their own words and language, found among the phrases that contain its most
 * distinctive words.
 */
import { analyze } from '../normalize/analyze.ts';
import { withSynonyms, type SynonymLookup, type Ticket } from '../normalize/tickets.ts';

/** The entry with the largest count, ties to the alphabetically first key; undefined when empty. */
export function largest(entries: Iterable<readonly [string, number]>): readonly [string, number] | undefined {
  let best: readonly [string, number] | undefined;
  for (const entry of entries) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0].localeCompare(best[0]) < 0)) best = entry;
  return best;
}

const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D']+/gu;
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', "i'm", "it's", "you're", "we're", "they're"]);

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
        // "lost my luggage" reads as a topic, "match i saw" as a fragment of a sentence.
        if (filler(gram[0]!) || filler(gram.at(-1)!) || /\d/.test(gram.join('')) || gram.some((w) => SUBJECT_PRONOUNS.has(w))) continue;
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
