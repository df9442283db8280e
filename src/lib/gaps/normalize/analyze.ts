/**
 * Words a ticket or an article is about: Unicode-aware tokens, no stop words, normalised per
 * language. English and Russian are stemmed (Snowball rules); Korean words lose their
 * particles (주문을 → 주문); Telugu, which glues suffixes onto words and has no stemmer here,
 * is compared by character trigrams.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import { stopWords } from '../../language/stop-words.ts';

const STOP = stopWords('en');

const TOKEN = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_TOKEN = /[a-z0-9]+/g;

/** Korean particles and endings, longest first: 주문을 → 주문, 배송이 → 배송. */
const KOREAN_PARTICLES = ['에서는', '으로는', '에게서', '까지', '부터', '에서', '에게', '한테', '으로', '처럼', '보다', '이랑', '은', '는', '이', '가', '을', '를', '에', '로', '와', '과', '의', '도', '만', '랑'];
const HANGUL = /[\uac00-\ud7af]/;
const CYRILLIC = /[\u0400-\u04ff]/;
const TELUGU = /[\u0c00-\u0c7f]/;

export function stripKoreanParticle(word: string): string {
  for (const particle of KOREAN_PARTICLES) {
    if (word.length > particle.length + 1 && word.endsWith(particle)) return word.slice(0, -particle.length);
  }
  return word;
}

/** The language of a text by its script, for exports without a language column. */
export function detectLanguage(text: string, fallback = 'en'): string {
  if (HANGUL.test(text)) return 'ko';
  if (TELUGU.test(text)) return 'te';
  if (CYRILLIC.test(text)) return 'ru';
  return fallback;
}

function trigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length <= 3) return [word];
  const out: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) out.push(chars.slice(i, i + 3).join(''));
  return out;
}

/** Placeholders left by redaction ([email], [order], …) carry no topic. */
const PLACEHOLDER = /\[(email|phone|card|order|number|link|iban|vat|id)\]/g;

/**
 * Words the stemmer would merge with a different one: "customer" and "customs" both become
 * "custom", which sent "speak to a customer agent" to the customs-duties article.
 */
const STEM_EXCEPTIONS: Record<string, string> = { customer: 'customer', customers: 'customer' };

// Tickets reuse a small vocabulary: stem each distinct word once.
const stems = new Map<string, string>();
export function stemEnglish(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = STEM_EXCEPTIONS[word] ?? englishStemmer(word);
    if (stems.size < 200_000) stems.set(word, stem);
  }
  return stem;
}

/** A word's term in a language, or '' when it carries no topic (a stop word, a number). */
function termOf(word: string, language: string): string {
  if (word.length < 2 || STOP.has(word) || (language !== 'en' && stopWords(language).has(word)) || (word.charCodeAt(0) <= 57 && /^\d+$/.test(word))) return '';
  if (language === 'en') {
    // "whats", "hows" and "thats" stem to stop words.
    const stem = stemEnglish(word);
    return STOP.has(stem) ? '' : stem;
  }
  if (language === 'ru') return CYRILLIC.test(word) ? russianStemmer(word) : stemEnglish(word);
  if (language === 'ko') return HANGUL.test(word) ? stripKoreanParticle(word) : stemEnglish(word);
  return word;
}

/**
 * Per language, each word's term as worked out the first time: a ticket's words are nearly all
 * words other tickets used, and one lookup replaces the stop-word, number and stemming tests.
 */
const terms = new Map<string, Map<string, string>>();

export function analyze(text: string, language = 'en'): string[] {
  let clean = text.includes('[') ? text.replace(PLACEHOLDER, ' ') : text;
  if (clean.includes('{{')) clean = clean.replace(/\{\{[^}]*\}\}/g, ' ');
  // Form and product codes stay one word: "W-2", "I-94", "401(k)" → w2, i94, 401k.
  // Only text with a dash or a bracket can hold one; a scan for the pattern costs a tenth of analysis.
  let lower = clean.toLowerCase();
  if (lower.includes('-') || lower.includes('(')) lower = lower.replace(/\b([a-z]{1,3})-(\d{1,4})\b|\b(\d{1,4})\(([a-z])\)/g, (_, a, b, c, d) => (a ? `${a}${b}` : `${c}${d}`));
  // Plain ASCII text (most English tickets) needs no Unicode classes, which are slower.
  const words = (ASCII.test(lower) ? lower.match(ASCII_TOKEN) : lower.match(TOKEN)) ?? [];
  const out: string[] = [];
  if (language === 'te') {
    for (const word of words) {
      if (termOf(word, language)) out.push(...(TELUGU.test(word) ? trigrams(word) : [stemEnglish(word)]));
    }
    return out;
  }
  let known = terms.get(language);
  if (!known) terms.set(language, (known = new Map()));
  for (const word of words) {
    let term = known.get(word);
    if (term === undefined) {
      term = termOf(word, language);
      // Misspellings and ids are endless in a big export; the common words fit many times over.
      if (known.size < 200_000) known.set(word, term);
    }
    if (term) out.push(term);
  }
  return out;
}
