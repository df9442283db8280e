/**
 * The words of a language, for telling a real word from a typo: search's spelling
 * (src/lib/search/real-words.ts, at build time) and the gap report's (src/lib/gaps/match/
 * spelling.ts). Node only: it reads a file. The browser gets the few thousand words that
 * matter from the build, never the list.
 *
 * English: `word-list` (Sindre Sorhus, from SCOWL, 274,000 lowercase words, MIT): a plain word
 * per line, no install script, no download. Other languages have none yet: their words are
 * spelt as before (a Russian word the site does not use may still be corrected into one it does).
 */
import { readFileSync } from 'node:fs';
import englishWords from 'word-list';

const DICTIONARIES: Record<string, () => string[]> = {
  en: () => readFileSync(englishWords, 'utf8').split('\n').filter((word) => /^[a-z]+$/.test(word)),
};

const loaded = new Map<string, string[] | undefined>();

/** "en-GB" and "en" read the same list. */
const languageOf = (locale: string) => locale.toLowerCase().split('-')[0]!;

/** The language's words, sorted, or undefined when there is no list for it. Read once. */
export function dictionaryFor(locale: string): string[] | undefined {
  const language = languageOf(locale);
  if (!loaded.has(language)) loaded.set(language, DICTIONARIES[language]?.().sort());
  return loaded.get(language);
}

/**
 * For a language with a dictionary: whether a term, in the form an analyzer reduces words to
 * ("balanc", "point"), is the form of a real word. Looks only at the words the term starts
 * (a stem is the start of its word, "balanc" of "balance"), or with a final "i" for "y"
 * ("replai" for "reply"), so nothing is stemmed but a few dozen words per question.
 */
export function realTermChecker(locale: string, analyze: (word: string) => string[]): ((term: string) => boolean) | undefined {
  if (!DICTIONARIES[languageOf(locale)]) return undefined;
  let words: string[] | undefined;
  const startingWith = function* (prefix: string) {
    words ??= dictionaryFor(locale)!;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < words.length && words[i]!.startsWith(prefix) && n < 400; i++, n++) yield words[i]!;
  };
  return (term) => {
    const prefixes = term.endsWith('i') ? [term, `${term.slice(0, -1)}y`] : [term];
    for (const prefix of prefixes) for (const word of startingWith(prefix)) if (word === term || analyze(word).includes(term)) return true;
    return false;
  };
}
