/**
 * Every threshold and limit of the gap report, with why it has the value it has and where it
 * was measured. Quality figures: BENCHMARKS.md, "Gap report quality" (`npm run bench:gaps`:
 * at first five labelled sets, Bitext, three CLINC150 help centers and the multilingual
 * fixtures, each tuned value chosen leave-one-out, on four and checked on the fifth; seven
 * development sets since stop 27, and two held-out sets that are reported, never tuned on).
 *
 * The method has two decisions, each with one number:
 * - which tickets are about the same need: average-linkage clustering, cut where tickets stop
 *   being similar (TOPIC_SIMILARITY), on word vectors smoothed by co-occurrence (SMOOTHING);
 * - whether an article answers a topic: it holds most (ANSWER_SHARE) of what sets the topic's
 *   tickets apart from the export's other tickets, and answers most of them one by one.
 * Everything else is a size limit (how much to hold in memory) or a presentation choice.
 */

/**
 * Two groups of tickets are one topic while the average cosine similarity between their
 * tickets (words weighted by how rare they are among this export's tickets and the articles,
 * smoothed: SMOOTHING) is at least this. Chosen leave-one-out on the five development sets
 * (every fold chose 0.2 among 0.05, 0.1 and 0.2: BENCHMARKS.md, "How the defaults were
 * chosen"; with smoothing, 4 of 5 folds kept 0.2 among 0.2, 0.225, 0.25 and 0.3). Checked
 * again with a sixth set of long e-mails (energy, stop 26): 0.1–0.225 all lower, 0.2 best.
 */
export const TOPIC_SIMILARITY = 0.2;

/**
 * Before clustering, each word of a ticket lends this share of its weight to the words it is
 * used with (its SMOOTHING_NEIGHBOURS nearest, by co-occurrence in the export's tickets and the
 * articles: cluster/smooth.ts), so paraphrases, requests that differ by a name, and long
 * Korean, Russian or Telugu messages meet. Chosen leave-one-out with the cut (0, 0.1, 0.15,
 * 0.2, 0.25, 0.3 × cuts 0.2–0.3): 3 of 5 folds chose 0.2 with the cut 0.2 (BENCHMARKS.md,
 * "Co-occurrence smoothing"; multilingual recall .44 → 1.00, Bitext precision .88 → 1.00, the
 * CLINC sets within ±.011 of mean score). Ten neighbours: 5 and 20 scored lower at 0.2.
 */
export const SMOOTHING = 0.2;
export const SMOOTHING_NEIGHBOURS = 10;

/**
 * An article answers a topic when it covers at least this share of the topic's distinctive
 * weight: "most of what these tickets ask about is in the article", and answers at least this
 * share of the topic's tickets on their own words (decide/answers.ts says why both). Set before
 * any data: a majority (0.4 and 0.6 trade recall for precision set by set: BENCHMARKS.md; a
 * separate share for the tickets, 0.3–0.5, moved the development sets' mean by under .01:
 * stop 27).
 */
export const ANSWER_SHARE = 0.5;

/**
 * Words at most this far apart (filler words removed) are also read as a pair
 * (normalize/word-pairs.ts): "change my tire" gives "change+tire", which an article about tire
 * pressure does not say. Pairs only decide whether a group of an answered topic's tickets is a
 * need of its own (build-report.ts, "needs within a topic"). Chosen leave-one-out among 1, 2
 * and 3 at stop 22, four of five folds chose 2 (BENCHMARKS.md, "The answer rule on true topics,
 * and word pairs as evidence").
 */
export const PAIR_WINDOW = 2;

/**
 * How strongly an article's mention of a word counts as covering it: BM25's term-frequency
 * saturation tf / (tf + K1), with the article's fields weighted as its index weighs them
 * (title and keywords 3, description and tags 2, headings 1.5, body 1). One mention in the
 * body is 0.45, a title word 0.71, a word in the title, keywords and description 0.87.
 */
export const EVIDENCE_K1 = 1.2;

/**
 * A topic is listed when it has at least MIN_TOPIC_SHARE of all tickets, or LISTED_ALWAYS
 * tickets, whichever is fewer, and never fewer than MIN_TOPIC_TICKETS; smaller groups are
 * summed up in the long tail, with the biggest quoted. Three tickets that say the same thing
 * can be a pattern, two are a coincidence; in a few hundred tickets, groups of three or four
 * are mostly requests that share one word (leave-one-out over the development sets chose 1%
 * over 0.1% and 0.5%: BENCHMARKS.md); a hundred tickets about one thing deserve a line at any
 * size.
 */
export const MIN_TOPIC_TICKETS = 3;
export const MIN_TOPIC_SHARE = 0.01;
export const LISTED_ALWAYS = 100;

/**
 * Tickets held whole before word statistics and topics are frozen. Past it, each ticket joins
 * the nearest topic (or a small group keyed by its most distinctive word) and only totals are
 * kept, so memory does not grow with the export.
 */
export const CALIBRATION_TICKETS = 50_000;

/**
 * Tickets per language clustered pairwise (average linkage needs a similarity matrix: 3,000
 * tickets take 36 MB and about a second). In a bigger calibration sample, every n-th ticket is
 * clustered and the others join the nearest topic.
 */
export const CLUSTER_SAMPLE = 3_000;

/** Words kept per topic for placing later tickets (the topic's heaviest words). */
export const CENTROID_WORDS = 64;

/** Tickets kept per group to name it and quote from it. */
export const POOL_SIZE = 48;

/** Small groups named in the long tail's summary. */
export const TAIL_EXAMPLES = 5;

/**
 * Article feedback (`--events`): an article is listed as not helping when at least
 * FEEDBACK_MIN_VOTES customers voted and at least FEEDBACK_NO_SHARE of them said No; a topic
 * its tickets put on that article is then `weak` (answered by words, not in customers' eyes).
 * Product choices, not fitted (no labelled votes exist yet): ten votes keep one unhappy
 * afternoon from flagging an article; a majority of No is what a support lead acts on.
 */
export const FEEDBACK_MIN_VOTES = 10;
export const FEEDBACK_NO_SHARE = 0.5;

/** Comments quoted per article, and zero-result searches charted, in the report. */
export const FEEDBACK_COMMENTS = 5;
export const TOP_ZERO_RESULT_SEARCHES = 10;

/**
 * Redaction (normalize/redact.ts). Measured with `npm run bench:redaction` (BENCHMARKS.md,
 * "Redaction": recall per kind of personal data, and the share of look-alikes such as order
 * numbers, dates and prices damaged); set on one seed's corpus, reported on another.
 *
 * A phone number has PHONE_DIGITS digits (7: a local number with its area code in a small
 * country; 15: the ITU maximum, country code included). Recognised by its shape alone, in any
 * country's format (`phoneShaped`), it has PHONE_GROUPED_DIGITS: fewer is a date, a time, a
 * postcode or a short order number; more is a tracking or account number.
 */
export const PHONE_DIGITS: readonly [number, number] = [7, 15];
/**
 * Written without a country code, at least this many: seven-digit stretches were Japanese
 * postcodes (100-0001) and local numbers without their area code, which say little on their own.
 */
export const PHONE_NATIONAL_MIN = 8;
export const PHONE_GROUPED_DIGITS: readonly [number, number] = [9, 12];
/**
 * Countries whose national formats are tried on each ticket (normalize/countries.ts). Each
 * is a libphonenumber parse (~6–10 µs) of every digit stretch the cheaper checks left.
 */
export const PHONE_COUNTRIES_TRIED = 6;
/**
 * How far before a number to look for the word that names it a reference ("order number:",
 * "Sendungsnummer lautet", "номер заказа"), in characters.
 */
export const REFERENCE_WINDOW = 40;
