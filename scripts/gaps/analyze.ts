/**
 * Words a ticket or an article is about: Unicode-aware tokens, no stop words, stemmed.
 * English is stemmed with the Snowball rules; other languages get their own rules in the
 * multilingual issue and meanwhile fall back to lowercase words.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';

const TOKEN = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;

const STOP = new Set(
  `a an the and or but if so of to in on at by for from with into about as is are was were be been being am
  i im me my mine myself we our us you your yours he she it its they them their this that these those there here
  do does did doing done can could would should will shall may might must have has had having get got getting
  how what when where which who whom why please pls plz thanks thank hi hello hey dear regards
  need want wanted wanna like know tell let see look looking trying try tried help assist assistance support
  question questions problem problems issue issues info information possible way some any just also still again very
  really not no yes ok okay dont don't cant can't wont won't im i'm ive i've id i'd ask asking check checking
  hope soon today yesterday asap sir madam team`.split(/\s+/),
);
/** Placeholders left by redaction ([email], [order], …) carry no topic. */
const PLACEHOLDER = /\[(email|phone|card|order|number|link)\]/g;

/** True for words that carry no topic ("the", "please", "help"). */
export const isStopWord = (word: string): boolean => STOP.has(word.toLowerCase());

// Tickets reuse a small vocabulary: stem each distinct word once.
const stems = new Map<string, string>();
export function stemEnglish(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = englishStemmer(word);
    if (stems.size < 200_000) stems.set(word, stem);
  }
  return stem;
}

export function analyze(text: string, language = 'en'): string[] {
  const words = text.replace(PLACEHOLDER, ' ').replace(/\{\{[^}]*\}\}/g, ' ').toLowerCase().match(TOKEN) ?? [];
  const out: string[] = [];
  for (const word of words) {
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word)) continue;
    out.push(language === 'en' ? stemEnglish(word) : word);
  }
  return out;
}
