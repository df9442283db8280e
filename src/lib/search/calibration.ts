/**
 * The questions search is calibrated on at build time (search-calibration-worker.ts): one per
 * article, its title as a customer would ask it. Build-time only: the browser reads the score
 * the build wrote (lexicon.ts, `reference`).
 *
 * A title is worded once, for the page, and only its own page says it that way: "주문 상태는
 * 각각 무슨 뜻인가요?" ("what does each order status mean?") keeps 각각, 무슨 and 뜻인가요
 * as search words, and each matches the title alone, as rare as a word can be. Searched whole,
 * Korean titles scored twice what English ones do (median 215 against 110 on the sample) while
 * Korean questions that find their article score like English ones, so Korean answers fell
 * under "no good match". A customer reaches an article through the words it uses to answer;
 * the title's words that its own text never uses again (the title's phrasing, "stopped
 * working", "how long", 뜻인가요) are left out. Measured in BENCHMARKS.md ("Calibration on the
 * title's words its article uses").
 */
import { stem } from './find-articles.ts';
import { expandWithSynonyms, queryWords } from './query-terms.ts';

export interface CalibrationArticle {
  title: string;
  /** The article's text, without its title. */
  body: string;
}

/**
 * The title's search words (as a question is cut into them: filler dropped, endings cut,
 * synonym phrases kept together) that the article's text uses again, at the start of one of
 * its words as the answer check does (find-articles.ts); the whole title when it uses none.
 */
export function calibrationQuestion(article: CalibrationArticle, synonyms: readonly (readonly string[])[], locale: string): string {
  const body = queryWords(article.body);
  const used = (word: string) => body.some((w) => w.startsWith(stem(word)));
  const terms = expandWithSynonyms(article.title, synonyms, locale).map((t) => t.term);
  const kept = terms.filter((term) => term.split(' ').every(used));
  return kept.length ? kept.join(' ') : article.title;
}
