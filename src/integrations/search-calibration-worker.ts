/**
 * Runs on a worker thread at the end of the build (search-index.ts): searches a sample of each
 * language's article titles, asked with the words their articles use again
 * (src/lib/search/calibration.ts), with the site's own search code on the index just written,
 * and posts back, per language, the median best score. That score is the scale a customer's
 * search is judged on (find-articles.ts, confidence). A thread of its own, because loading Pagefind in
 * Node replaces `fetch` and `document` (pagefind-node.ts), which the build must not see.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ArticleFinder } from '../lib/search/find-articles.ts';
import { loadPagefind, siteLexiconOnDisk } from './pagefind-node.ts';

export interface CalibrationInput {
  outDir: string;
  base: string;
  languages: { locale: string; questions: string[]; synonyms: string[][] }[];
}

const input = workerData as CalibrationInput;
const reference: Record<string, number> = {};
// Languages one after the other (each loads its own copy of Pagefind), questions at once: their
// index chunks are read from disk while others are searched.
for (const { locale, questions, synonyms } of input.languages) {
  const finder = new ArticleFinder(await loadPagefind(input.outDir, input.base, locale));
  // Searched as a customer's search is, with the site's words (written just before).
  const lexicon = siteLexiconOnDisk(input.outDir, locale);
  const scores = await Promise.all(questions.map(async (question) => (await finder.find(question, { synonyms, locale, lexicon })).results[0]?.score ?? 0));
  const best = scores.filter((score) => score > 0).sort((a, b) => a - b);
  if (best.length) reference[locale] = best[Math.floor(best.length / 2)]!;
}
parentPort!.postMessage(reference);
