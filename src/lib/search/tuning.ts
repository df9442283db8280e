/**
 * Every tuned number of the site's search, with why it has its value and where it was
 * measured (BENCHMARKS.md, "Search quality": `npm run bench:search`, on the Larkspur query set,
 * Bitext and the three CLINC150 help centers).
 */

/** A synonym's match counts a little less than the word the customer typed. */
export const SYNONYM_WEIGHT = 0.8;

/** A page with every word of the question together gets half its Pagefind score again. */
export const ALL_WORDS_BONUS = 0.5;

/** Pages scoring under this share of the best page only mention a word in passing. */
export const MIN_RELATIVE_SCORE = 0.1;

/** Words in the synonym list are the site's topics: they weigh more than an incidental rare word. */
export const TOPIC_WEIGHT = 1.5;

/** Leading pages whose title and one-sentence answer are read again to rerank them. */
export const RERANK_DEPTH = 8;

/** A leading page whose title or answer says every word gets the best score again. */
export const ANSWER_BONUS = 1;

/**
 * Confidence: the best page's score over the site's calibration score (the median best score
 * of its own article titles searched as questions, each with the words its article uses again:
 * calibration.ts; written at build time). Under NO_MATCH_SCORE no page is shown ("no good
 * match": topics and contact channels). Chosen leave-one-out on five query sets (Larkspur,
 * Bitext, CLINC travel, work, auto; each fold chose on four, maximising hit@3 twice plus
 * answerable-shown-confidently plus unanswerable-shown-"no good match", 150 thresholds from
 * 0.005 to 20): four folds chose 0.055, one 0.12. Was 0.06 on whole titles, which put Korean
 * answers under it (Korean titles scored twice what English ones do). The share of the question
 * the best page covers, tried first, separated answerable from unanswerable questions less well
 * on every set (BENCHMARKS.md).
 */
export const NO_MATCH_SCORE = 0.055;

/**
 * From this score on the best page is shown as the answer without "not sure". Not fitted: the
 * folds put it at the no-match threshold (the score gives "not sure" no credit); the band up to
 * 0.09 (about the ratio to NO_MATCH_SCORE of before, 0.06 to 0.1) keeps "not sure, a person can
 * help" for the borderline ones.
 */
export const CONFIDENT_SCORE = 0.09;

/**
 * Titles per language searched at build time to measure the calibration score, evenly spread
 * over its articles. On the sample, 20 of the 40 English titles gave 83 against 110 for all 40
 * (whole titles): a sample has to be big.
 */
export const CALIBRATION_TITLES = 100;

/** Threads the calibration runs on, languages shared out between them. */
export const CALIBRATION_THREADS = 2;
