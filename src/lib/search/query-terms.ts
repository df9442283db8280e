/**
 * Turns what a customer typed ("hi, i need to cancel my order {{Order Number}} asap") into
 * the words worth searching for, and the site's synonyms for them. Pure; used in the browser
 * and by the search benchmark.
 */
import { stopWords } from '../language/stop-words.ts';

/**
 * Korean and Telugu glue particles and case endings onto words (비밀번호를, పాస్‌వర్డ్‌ను) and
 * have no stemmer in Pagefind. Pagefind matches words by their start, so searching the bare
 * word finds every form of it; these endings are cut from what the customer typed. Longest first.
 */
const ENDINGS: Record<string, readonly string[]> = {
  // Verb endings too, on any verb (걸리나요 → 걸리, 받을까요 → 받을): a question's verb is often its topic.
  ko: ['하려면', '하려고', '했는데', '하는데', '했어요', '하나요', '할까요', '되나요', '됐어요', '습니까', '는데요', '을까요', '해야', '해서', '하면', '하고', '하는', '하기', '나요', '까요', '세요', '어요', '아요', '네요', '려면', '려고', '는지', '에서', '으로', '까지', '부터', '에게', '한테', '처럼', '이랑', '을', '를', '이', '가', '은', '는', '에', '로', '와', '과', '도', '만', '의', '랑', '할', '해', '된'],
  te: ['నుండి', 'యొక్క', 'లలో', 'లను', 'లకు', 'లకి', 'ను', 'ని', 'కు', 'కి', 'లో', 'తో', 'పై', 'గా'],
};

/** Cuts one ending, keeping at least two characters of the word (Hangul syllables or Telugu letters). */
function bareWord(word: string, locale: string): string {
  for (const ending of ENDINGS[locale] ?? []) {
    if (!word.endsWith(ending)) continue;
    const bare = word.slice(0, -ending.length).replace(/[\u200C\u200D]+$/u, '');
    if ([...bare.matchAll(/\p{L}/gu)].length >= 2) return bare;
  }
  return word;
}

/** Letters, marks (Telugu vowel signs) and digits; zero-width (non-)joiners belong inside Indic words (పాస్‌వర్డ్). */
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u200C\u200D]*(?:['’][\p{L}]+)?/gu;

/** Lowercase words of the query, without `{{placeholders}}`, order numbers and punctuation. */
export function queryWords(query: string): string[] {
  const cleaned = query.replace(/\{\{[^}]*\}\}/g, ' ').toLowerCase();
  return (cleaned.match(WORD) ?? []).map((w) => w.replace(/’/g, "'").replace(/[\u200C\u200D]+$/u, '')).filter((w) => !/^\d+$/.test(w));
}

/**
 * The words that say what the question is about, in the query's language (default English).
 * Falls back to all words if every word is common.
 */
export function contentTerms(query: string, locale = 'en'): string[] {
  const stop = stopWords(locale);
  const words = queryWords(query);
  // One-letter words are noise ("s", "a"), except Korean syllables, which are often whole nouns (돈, 옷).
  const content = words.filter((w) => !stop.has(w) && (w.length > 1 || /\p{Script=Hangul}/u.test(w))).map((w) => bareWord(w, locale));
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
export function expandWithSynonyms(query: string, synonyms: readonly (readonly string[])[], locale = 'en'): TermGroup[] {
  const words = queryWords(query).map((w) => bareWord(w, locale));
  const terms = contentTerms(query, locale);
  const groups: TermGroup[] = [];
  const used = new Set<string>();
  const normalized = synonyms.map((group) => group.map((s) => queryWords(s).join(' ')).filter(Boolean));

  for (const group of normalized) {
    for (const phrase of group) {
      const found = phrase.includes(' ') ? findPhrase(words, phrase.split(' '), locale) : undefined;
      if (!found) continue;
      groups.push({ term: phrase, variants: [...new Set(group)], siteWord: group[0]! });
      for (const w of found) used.add(w);
      break;
    }
  }
  for (const term of terms) {
    if (used.has(term)) continue;
    const group = normalized.find((g) => g.some((s) => sameWord(s, term, locale)));
    groups.push({ term, variants: group ? [term, ...group.filter((s) => !sameWord(s, term, locale))] : [term], siteWord: group?.[0] ?? term });
  }
  return groups;
}

/**
 * Forms of one word: singular and plural in English ("product", "products"); in Russian,
 * words that differ only in a short ending (посылка, посылку; заказ, заказа, заказом), so a
 * synonym group matches whatever case the customer typed.
 */
function sameWord(a: string, b: string, locale = 'en'): boolean {
  if (a === b || a === `${b}s` || b === `${a}s`) return true;
  if (locale !== 'ru') return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && a.length - common <= 2 && b.length - common <= 2;
}

/**
 * Finds a phrase's words close together, in any order ("open a new account" and "methods for
 * shipping" contain "open account" and "shipping methods"). Returns the words, or undefined.
 */
function findPhrase(words: readonly string[], phrase: readonly string[], locale = 'en'): string[] | undefined {
  const same = (x: string, y: string) => sameWord(x, y, locale);
  const span = phrase.length + 2;
  for (let start = 0; start < words.length; start++) {
    const window = words.slice(start, start + span);
    if (!phrase.some((w) => same(w, window[0]!))) continue;
    const matched = phrase.map((w) => window.find((x) => same(x, w)));
    if (matched.every(Boolean)) return matched as string[];
  }
  return undefined;
}
