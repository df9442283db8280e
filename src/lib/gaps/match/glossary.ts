/**
 * A small bilingual word list learnt from the help center's own translations, so a Korean
 * ticket about an article that only exists in English can still be recognised: the Korean
 * word that keeps turning up in the same sections as "exchange" is taken to mean exchange.
 *
 * Translations keep their source's sections (same `##` headings in the same order), so each
 * section of a translation is paired with the same section of the source, and words are
 * paired by how often they share a section (Dice coefficient). Explainable, and nothing to
 * download; it knows only words the translated articles use.
 */
import { analyze } from '../normalize/analyze.ts';
import type { ArticleText } from './load-articles.ts';

/** Sections two words must share before one is taken to translate the other. */
const MIN_SHARED = 2;
const MIN_DICE = 0.3;

export type Glossary = Map<string, string[]>;

/** Brand and button names ("PayPal", "DHL") are written the same in every language. */
export const LATIN = /^[a-z][a-z']*$/;

/** Words numbered in the order they are first seen. */
function numbering(): { words: string[]; id: (word: string) => number } {
  const ids = new Map<string, number>();
  const words: string[] = [];
  return {
    words,
    id(word) {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = words.push(word) - 1));
      return id;
    },
  };
}

export function buildGlossary(articles: readonly ArticleText[], locale: string, defaultLocale: string): Glossary {
  const sources = new Map(articles.filter((a) => a.locale === defaultLocale).map((a) => [a.key, a]));
  // Words are numbered as first seen and sections listed per word; shared sections are then
  // counted one word at a time in a reused array. Counting every pair of words in string-keyed
  // maps made this the slowest step of the report's start-up, in every thread.
  const wordIds = numbering();
  const sourceWordIds = numbering();
  /** Per word, the sections (by number) it is in; per section, its source section's words. */
  const sectionsOf: number[][] = [];
  const sourceSections: number[][] = [];
  const theirs: number[] = [];
  const pair = (text: string, sourceText: string) => {
    const section = sourceSections.length;
    const sourceHere = new Set(analyze(sourceText, defaultLocale).map(sourceWordIds.id));
    sourceSections.push([...sourceHere]);
    for (const e of sourceHere) theirs[e] = (theirs[e] ?? 0) + 1;
    // Latin-script words (button names, "PayPal") are the same in both and pass through as they are.
    for (const w of analyze(text, locale)) {
      if (LATIN.test(w)) continue;
      const list = (sectionsOf[wordIds.id(w)] ??= []);
      if (list.at(-1) !== section) list.push(section);
    }
  };
  for (const article of articles) {
    const source = article.locale === locale ? sources.get(article.key) : undefined;
    if (!source) continue;
    pair(article.title, source.title);
    pair(article.description, source.description);
    pair(article.keywords.join(' . '), [source.title, ...source.keywords].join(' . '));
    if (article.sections.length === source.sections.length) article.sections.forEach((text, i) => pair(text, source.sections[i]!));
    else pair(article.sections.join(' '), source.sections.join(' '));
  }
  const glossary: Glossary = new Map();
  const counts = new Int32Array(sourceWordIds.words.length);
  const touched: number[] = [];
  wordIds.words.forEach((word, w) => {
    const sections = sectionsOf[w]!;
    if (sections.length < MIN_SHARED) return;
    for (const section of sections) {
      for (const e of sourceSections[section]!) if (counts[e]++ === 0) touched.push(e);
    }
    const ranked: [string, number][] = [];
    for (const e of touched) {
      const n = counts[e]!;
      counts[e] = 0;
      const dice = (2 * n) / (sections.length + theirs[e]!);
      if (n >= MIN_SHARED && dice >= MIN_DICE) ranked.push([sourceWordIds.words[e]!, dice]);
    }
    touched.length = 0;
    if (!ranked.length) return;
    ranked.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // The best match, and a second one only when it is nearly as good ("배송" → delivery, shipping).
    glossary.set(word, ranked.filter(([, dice], i) => i === 0 || (i === 1 && dice >= ranked[0]![1] * 0.8)).map(([e]) => e));
  });
  return glossary;
}
