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
import { analyze } from './analyze.ts';
import type { ArticleText } from './load-articles.ts';

/** Sections two words must share before one is taken to translate the other. */
const MIN_SHARED = 2;
const MIN_DICE = 0.3;

export type Glossary = Map<string, string[]>;

/** Brand and button names ("PayPal", "DHL") are written the same in every language. */
export const LATIN = /^[a-z][a-z']*$/;

export function buildGlossary(articles: readonly ArticleText[], locale: string, defaultLocale: string): Glossary {
  const sources = new Map(articles.filter((a) => a.locale === defaultLocale).map((a) => [a.key, a]));
  const own = new Map<string, number>();
  const theirs = new Map<string, number>();
  const shared = new Map<string, Map<string, number>>();
  const pair = (text: string, sourceText: string) => {
    // Latin-script words (button names, "PayPal") are the same in both and pass through as they are.
    const words = new Set(analyze(text, locale).filter((w) => !LATIN.test(w)));
    const sourceWords = new Set(analyze(sourceText, defaultLocale));
    for (const w of words) own.set(w, (own.get(w) ?? 0) + 1);
    for (const e of sourceWords) theirs.set(e, (theirs.get(e) ?? 0) + 1);
    for (const w of words) {
      const row = shared.get(w) ?? new Map<string, number>();
      for (const e of sourceWords) row.set(e, (row.get(e) ?? 0) + 1);
      shared.set(w, row);
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
  for (const [word, row] of shared) {
    const ranked = [...row]
      .filter(([, n]) => n >= MIN_SHARED)
      .map(([e, n]) => [e, (2 * n) / (own.get(word)! + theirs.get(e)!)] as const)
      .filter(([, dice]) => dice >= MIN_DICE)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (!ranked.length) continue;
    // The best match, and a second one only when it is nearly as good ("배송" → delivery, shipping).
    glossary.set(word, ranked.filter(([, dice], i) => i === 0 || (i === 1 && dice >= ranked[0]![1] * 0.8)).map(([e]) => e));
  }
  return glossary;
}
