/**
 * The gap report as a library: `runGapReport(sources, options)` reads the exports, and
 * returns the report (the JSON contract: build-report.ts). Its stages, one folder each:
 *
 *   read/       exports in any helpdesk's shape → raw rows, every row accounted for
 *   normalize/  clean, redact, reduce to words (per language), apply the site's synonyms
 *   match/      the articles' index, typo correction towards their words, the glossary
 *   cluster/    tickets about the same need grouped (average linkage)
 *   decide/     does an article answer a topic (one rule, decide/answers.ts)
 *   parallel/   worker threads for big exports: plumbing, no decisions
 *   build-report.ts (topics, long tail, ranking), render.ts, scaffold.ts
 *
 * Every threshold is in tuning.ts. Throws InputError (unreadable or unusable input) and
 * ContentError (the help center's content cannot be read), each with a message for the reader.
 */
import { statSync } from 'node:fs';
import { loadSiteSettings } from '../../content-files.ts';
import { ReportBuilder, type GapReport } from './build-report.ts';
import type { Rejected } from './errors.ts';
import { loadArticles } from './match/load-articles.ts';
import { Matching } from './match/matching.ts';
import { synonymsByLanguage, type Ticket } from './normalize/tickets.ts';
import { siteCountries } from './normalize/countries.ts';
import { TicketPool, type Batch } from './parallel/ticket-pool.ts';
import { COUNTS_MAP, SEARCH_EVENTS_MAP, type FieldMap } from './read/presets.ts';
import { InputError, readTicketFile, type RawTicket } from './read/read-tickets.ts';
import type { Delimiter } from './read/csv-records.ts';
import { sniffFile } from './read/sniff.ts';
import { readEvents } from './read/events.ts';
import { summarizeFeedback, summarizeSearches } from './decide/feedback.ts';
import type { FeedbackEvent } from '../../schema.ts';

export interface GapSources {
  /** Ticket exports (CSV, JSON, NDJSON). */
  tickets: readonly string[];
  /** The help center's helpcenter:search events: zero-result queries count as tickets. */
  searches?: readonly string[];
  /** Aggregated counts `topic,count[,language,month]`. */
  counts?: readonly string[];
  /** The collector's database or its NDJSON export: zero-result searches and article feedback. */
  events?: readonly string[];
  /** `tickets` is the project's sample export, read because no input was given: the report says so. */
  sample?: boolean;
}

export interface GapOptions {
  /** The help center's content folder. */
  content: string;
  /** Columns named by hand (`--map`). */
  map?: FieldMap;
  encoding?: string;
  /** The CSV delimiter (`--delimiter`); by default read from each file's header row. */
  delimiter?: Delimiter;
  /** The shop's order numbers, redacted. */
  orderPattern: RegExp;
  /** Worker threads; by default one per core for exports over 4 MB. */
  threads?: number;
}

export async function runGapReport(input: GapSources, options: GapOptions): Promise<GapReport> {
  // Every input checked before the articles are loaded (seconds): a typo in a path, a folder,
  // a binary or a ZIP is one line at once, not after the wait.
  for (const file of [...input.tickets, ...(input.searches ?? []), ...(input.counts ?? [])]) sniffFile(file, options.encoding);
  for (const file of input.events ?? []) sniffFile(file, undefined, true);
  const articles = loadArticles(options.content);
  const settings = loadSiteSettings(options.content);
  const synonyms = synonymsByLanguage(settings);
  const rejected: Rejected[] = [];
  let used = 0;
  const seen = new Set<string>();
  let rowsRead = 0;
  let duplicates = 0;
  let skipped = 0;
  const sources: { file: string; kind: Ticket['source'] }[] = [
    ...input.tickets.map((file) => ({ file, kind: 'ticket' as const })),
    ...(input.searches ?? []).map((file) => ({ file, kind: 'search' as const })),
    ...(input.counts ?? []).map((file) => ({ file, kind: 'count' as const })),
  ];
  const inputBytes = sources.reduce((sum, { file }) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
  // Worker threads start first, so they build their indexes while this thread builds its own.
  const pool = new TicketPool(articles, () => matching, { orderPattern: options.orderPattern, synonyms, siteCountries: siteCountries(settings) }, options.threads ?? TicketPool.threadsFor(inputBytes));
  // Tickets go straight into the report's totals: a million-row export is never held whole.
  // Built once: the report and (without worker threads) the scoring share the indexes.
  const matching = new Matching(articles, synonyms);
  const builder = new ReportBuilder(articles, { synonyms, matching });
  // Rows handed to the pool and not yet back, in order (to name the file and line of empty ones).
  const queued: { file: string; line: number }[] = [];
  let placing = false;
  const take = (batches: Batch[]) => {
    let done = 0;
    const rejectEmpty = (i: number) => {
      const raw = queued[done + i]!;
      rejected.push({ file: raw.file, line: raw.line, code: 'EMPTY', reason: 'no subject or message text' });
    };
    for (const batch of batches) {
      if ('totals' in batch) {
        builder.merge(batch.totals);
        used += batch.totals.ticketsUsed;
        batch.empty.forEach(rejectEmpty);
        done += batch.rows;
        continue;
      }
      batch.scored.forEach((scored, i) => {
        if (!scored) return rejectEmpty(i);
        builder.add(scored.ticket);
        used++;
      });
      done += batch.scored.length;
    }
    queued.splice(0, done);
    // Once the report's word statistics are frozen, the workers can place tickets themselves.
    const placement = !placing && builder.placement();
    if (placement) {
      pool.place(placement);
      placing = true;
    }
  };
  for (const { file, kind } of sources) {
    const fileMap = kind === 'search' ? SEARCH_EVENTS_MAP : kind === 'count' ? COUNTS_MAP : options.map;
    for await (const batch of readTicketFile(file, { map: fileMap, encoding: options.encoding, delimiter: options.delimiter }, (r) => (rowsRead++, rejected.push(r)))) for (const raw of batch) {
      rowsRead++;
      let weight = 1;
      if (kind === 'search' && Number(raw.count ?? 0) > 0) {
        skipped++;
        continue;
      }
      if (kind === 'count') {
        weight = Number(raw.count);
        if (!Number.isInteger(weight) || weight < 0) {
          rejected.push({ file, line: raw.line, code: 'COUNT', reason: `"${raw.count ?? ''}" is not a whole number of tickets` });
          continue;
        }
        if (weight === 0) {
          skipped++;
          continue;
        }
      }
      if (kind === 'ticket' && raw.id) {
        // The first row with an id is the ticket; later rows with the same id are duplicates.
        if (seen.has(raw.id)) {
          duplicates++;
          continue;
        }
        seen.add(raw.id);
      }
      queued.push({ file: raw.file, line: raw.line });
      // Most rows only join a batch: awaiting each would cost more than reading it.
      const ready = pool.push({ raw, weight, source: kind });
      if (ready) take(await ready);
    }
  }
  // The help center's own events: searches that found nothing are demand, like --searches;
  // votes are summed per article.
  const feedback: (FeedbackEvent & { receivedAt?: string })[] = [];
  const zeroResult: RawTicket[] = [];
  let answered = 0;
  for (const file of input.events ?? []) {
    const events = await readEvents(file);
    rowsRead += events.rowsRead;
    rejected.push(...events.rejected);
    skipped += events.answeredSearches;
    answered += events.answeredSearches;
    feedback.push(...events.feedback);
    skipped += events.feedback.length;
    for (const raw of events.searches) {
      zeroResult.push(raw);
      queued.push({ file: raw.file, line: raw.line });
      const ready = pool.push({ raw, weight: 1, source: 'search' });
      if (ready) take(await ready);
    }
  }
  take(await pool.drain());
  const order = [...sources.map((s) => s.file), ...(input.events ?? [])];
  rejected.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line);
  if (used === 0 && !feedback.length) throw new InputError(`No usable tickets in ${[...input.tickets, ...(input.events ?? [])].join(', ')} (${rejected.length} rows rejected). Check the export and --map.`);
  const events = input.events?.length ? { feedback: summarizeFeedback(feedback, matching.defaultLocale), searches: summarizeSearches(zeroResult, answered) } : undefined;
  return builder.finish({ files: order, rowsRead, rejected, duplicates, skipped, events, sample: input.sample });
}
