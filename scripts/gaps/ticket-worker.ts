/**
 * Worker thread: turns raw export rows into tickets (clean, redact, normalise) and finds each
 * one's best article. This is nearly all of the report's work per row, so big exports spread
 * it over the machine's cores while the main thread reads the file and keeps the totals.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleText } from './load-articles.ts';
import { Matching } from './matching.ts';
import { rowsFromWire, scoreRows, scoredToWire } from './score-rows.ts';
import type { SynonymLookup } from './tickets.ts';

const data = workerData as { articles: ArticleText[]; synonyms: Map<string, SynonymLookup>; orderPattern: string; defaultLanguage?: string };
const matching = new Matching(data.articles, data.synonyms);
const options = { synonyms: data.synonyms, orderPattern: new RegExp(data.orderPattern), defaultLanguage: data.defaultLanguage };

parentPort!.on('message', (message: { seq: number; rows: Parameters<typeof rowsFromWire>[0] }) => {
  parentPort!.postMessage({ seq: message.seq, results: scoredToWire(scoreRows(rowsFromWire(message.rows), matching, options)) });
});
