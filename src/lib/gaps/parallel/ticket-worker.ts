/**
 * Worker thread: turns raw export rows into tickets (clean, redact, normalise). This is nearly all of the report's work per row, so big exports spread
 * it over the machine's cores while the main thread reads the file and keeps the totals.
 *
 * Until the main thread's report has frozen its word statistics, batches come back as
 * tickets. After, the worker is sent those statistics and places each ticket in its topic
 * itself, and a batch comes back as its topics' totals (counts, ticket ids, a few tickets to
 * quote), not every ticket.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ReportBuilder, type Placement } from '../build-report.ts';
import type { ArticleText } from '../match/load-articles.ts';
import { Matching } from '../match/matching.ts';
import { rowsFromWire, scoreRows, scoredToWire, type WireRow } from './score-rows.ts';
import type { Placed } from './ticket-pool.ts';
import type { SynonymLookup } from '../normalize/tickets.ts';
import { createCountryPicker } from '../normalize/countries.ts';
import { PHONE_COUNTRIES_TRIED } from '../tuning.ts';

const data = workerData as { articles: ArticleText[]; synonyms: Map<string, SynonymLookup>; orderPattern: string; defaultLanguage?: string; siteCountries: string[] };
const matching = new Matching(data.articles, data.synonyms);
const options = { synonyms: data.synonyms, orderPattern: new RegExp(data.orderPattern), defaultLanguage: data.defaultLanguage, countriesFor: createCountryPicker(data.siteCountries, PHONE_COUNTRIES_TRIED) };
const builder = new ReportBuilder(data.articles, { matching, synonyms: data.synonyms });
let placing = false;

export type WorkerMessage = { placement: Placement } | { seq: number; rows: WireRow[] };

parentPort!.on('message', (message: WorkerMessage) => {
  if ('placement' in message) {
    builder.thaw(message.placement);
    placing = true;
    return;
  }
  const scored = scoreRows(rowsFromWire(message.rows), matching, options);
  if (!placing) {
    parentPort!.postMessage({ seq: message.seq, results: scoredToWire(scored) });
    return;
  }
  // Rows with no text to go on: the main thread knows their file and line.
  const empty: number[] = [];
  scored.forEach((result, i) => (result ? builder.add(result.ticket) : empty.push(i)));
  const placed: Placed = { totals: builder.takeTotals(), empty, rows: scored.length };
  parentPort!.postMessage({ seq: message.seq, ...placed });
});
