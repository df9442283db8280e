/**
 * Turns what a customer typed ("hi, i need to cancel my order {{Order Number}} asap") into
 * the words worth searching for, and the site's synonyms for them. Pure; used in the browser
 * and by the search benchmark.
 */

/** Words that carry no topic in a support question. Topic words (order, card, parcel) never go here. */
const STOP_WORDS = new Set(
  `a an the and or but if so of to in on at by for from with into about as is are was were be been being am
  i im i'm ive i've id i'd me my mine myself we our us you your yours it its it's this that these those there here
  do does did doing done can could would should will shall may might must have has had having get got getting
  how what when where which who whom why whats what's hows how's wheres where's
  help helping assist assistance support please pls plz thanks thank hi hello hey dear
  need needs want wanted wanna would like know tell show let see look looking trying try tried
  question questions problem problems issue issues info information possible way ways some any
  just also still again very really not no yes ok okay
  ask asking asked request requesting check checking checked see seeing find finding found expect expecting
  wait waiting happen happens go going gonna make able cases case situation situations circumstances
  inform informing notify notifying someone something anything everything thing things
  give quick quickly updates news any take taking dont don't cant can't wont won't doesnt doesn't didnt didn't isnt isn't
  ill i'll youre you're cannot several many few lot lots`.split(/\s+/),
);

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lowercase words of the query, without `{{placeholders}}`, order numbers and punctuation. */
export function queryWords(query: string): string[] {
  const cleaned = query.replace(/\{\{[^}]*\}\}/g, ' ').toLowerCase();
  return (cleaned.match(WORD) ?? []).map((w) => w.replace(/’/g, "'")).filter((w) => !/^\d+$/.test(w));
}

/** The words that say what the question is about. Falls back to all words if every word is common. */
export function contentTerms(query: string): string[] {
  const words = queryWords(query);
  const content = words.filter((w) => !STOP_WORDS.has(w) && w.length > 1);
  return [...new Set(content.length ? content : words)];
}

export interface TermGroup {
  /** What the customer wrote (one word, or a phrase found in the synonym list). */
  term: string;
  /** The term and its synonyms; each is searched, a page's best match counts. */
  variants: string[];
  /** The site's own word for it: the first of its synonym group (or the term itself). */
  siteWord: string;
}

/**
 * Groups query terms with their synonyms. A synonym group is a list of words or phrases that
 * mean the same to customers (["refund", "money back"]). A multi-word phrase from a group that
 * appears in the query is kept together as one term.
 */
export function expandWithSynonyms(query: string, synonyms: readonly (readonly string[])[]): TermGroup[] {
  const words = queryWords(query);
  const terms = contentTerms(query);
  const groups: TermGroup[] = [];
  const used = new Set<string>();
  const normalized = synonyms.map((group) => group.map((s) => queryWords(s).join(' ')).filter(Boolean));

  for (const group of normalized) {
    for (const phrase of group) {
      const found = phrase.includes(' ') ? findPhrase(words, phrase.split(' ')) : undefined;
      if (!found) continue;
      groups.push({ term: phrase, variants: [...new Set(group)], siteWord: group[0]! });
      for (const w of found) used.add(w);
      break;
    }
  }
  for (const term of terms) {
    if (used.has(term)) continue;
    const group = normalized.find((g) => g.some((s) => sameWord(s, term)));
    groups.push({ term, variants: group ? [term, ...group.filter((s) => !sameWord(s, term))] : [term], siteWord: group?.[0] ?? term });
  }
  return groups;
}

/**
 * Finds a phrase's words close together, in any order ("open a new account" and "methods for
 * shipping" contain "open account" and "shipping methods"). Returns the words, or undefined.
 */
/** Singular and plural count as the same word ("product", "products"). */
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s`;

function findPhrase(words: readonly string[], phrase: readonly string[]): string[] | undefined {
  const same = sameWord;
  const span = phrase.length + 2;
  for (let start = 0; start < words.length; start++) {
    const window = words.slice(start, start + span);
    if (!phrase.some((w) => same(w, window[0]!))) continue;
    const matched = phrase.map((w) => window.find((x) => same(x, w)));
    if (matched.every(Boolean)) return matched as string[];
  }
  return undefined;
}

/**
 * Spellings to try when a word finds nothing: one letter dropped, two neighbours swapped,
 * or the word cut short (Pagefind matches prefixes). Most likely first.
 */
export function typoVariants(word: string): string[] {
  if (word.length < 4) return [];
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i < word.length - 1; i++) variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let cut = word.length - 1; cut >= Math.max(3, Math.floor(word.length / 2)); cut--) variants.add(word.slice(0, cut));
  variants.delete(word);
  return [...variants].filter((v) => v.length >= 3);
}
