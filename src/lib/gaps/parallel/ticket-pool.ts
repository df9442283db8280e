/**
 * Turns rows into tickets ("scored": cleaned, redacted, reduced to words) in batches on worker
 * threads and hands results back in input order, so the report is the same whatever the number
 * of threads: tickets at first, and once the report's word statistics and topics are frozen
 * (`place`), the totals of the topics the workers placed them in. Small exports skip the threads: starting them costs more than the work.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchTotals, Placement } from '../build-report.ts';
import type { ArticleText } from '../match/load-articles.ts';
import type { Matching } from '../match/matching.ts';
import { createCountryPicker } from '../normalize/countries.ts';
import { PHONE_COUNTRIES_TRIED } from '../tuning.ts';
import { rowsToWire, scoreRows, scoredFromWire, type RowJob, type Scored, type ScoreOptions, type WireScored } from './score-rows.ts';
import type { WorkerMessage } from './ticket-worker.ts';

/**
 * A batch of rows back from scoring, in input order: its tickets with their best articles, or,
 * once the workers place tickets themselves (`place`), its topics' totals and the positions
 * in the batch of rows with no text.
 */
export type Batch = { scored: Scored[] } | Placed;
export type Placed = { totals: BatchTotals; empty: number[]; rows: number };
type Reply = { seq: number } & ({ results: WireScored[] } | Placed);

const BATCH = 500;

export class TicketPool {
  private readonly workers: Worker[] = [];
  private readonly matching: () => Matching;
  private readonly options: ScoreOptions;
  private pending: RowJob[] = [];
  private readonly inFlight: Promise<Batch | undefined>[] = [];
  private readonly waiting = new Map<number, (batch: Batch | undefined) => void>();
  private seq = 0;
  private failure?: Error;

  /**
   * `matching` scores in this thread when there are no workers, asked for at the first batch;
   * workers build their own from `articles`, while this thread builds its own.
   */
  constructor(articles: ArticleText[], matching: () => Matching, options: ScoreOptions & { orderPattern: RegExp; siteCountries?: readonly string[] }, threads: number) {
    this.options = { ...options, countriesFor: createCountryPicker(options.siteCountries ?? [], PHONE_COUNTRIES_TRIED) };
    this.matching = matching;
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./ticket-worker.ts', import.meta.url), {
        // A bounded young generation: each batch's garbage dies young, and RSS stays flat.
        // At 8 MB a worker spent ~10% of its time in 2,000+ scavenges per 300,000 tickets.
        resourceLimits: { maxYoungGenerationSizeMb: 24 },
        workerData: { articles, synonyms: options.synonyms, orderPattern: options.orderPattern.source, defaultLanguage: options.defaultLanguage, siteCountries: options.siteCountries ?? [] },
      });
      worker.on('message', ({ seq, ...reply }: Reply) => {
        this.waiting.get(seq)?.('results' in reply ? { scored: scoredFromWire(reply.results) } : reply);
        this.waiting.delete(seq);
      });
      worker.on('error', (error) => {
        this.failure = error;
        for (const resolve of this.waiting.values()) resolve(undefined);
      });
      this.workers.push(worker);
    }
  }

  /** Threads worth starting for this much input: none below a few MB, else one per core. */
  static threadsFor(inputBytes: number): number {
    return inputBytes < 4_000_000 ? 0 : Math.max(1, Math.min(availableParallelism(), 8));
  }

  /**
   * From now on workers place tickets in their topics with these statistics (the main
   * thread's frozen ones) and send back totals. Batches already sent come back scored.
   */
  place(placement: Placement): void {
    const message: WorkerMessage = { placement };
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** Queues a row; when that fills a batch, returns the batches that are ready, in input order. */
  push(job: RowJob): Promise<Batch[]> | undefined {
    this.pending.push(job);
    return this.pending.length < BATCH ? undefined : this.flush(false);
  }

  /** Everything still queued, in input order. */
  async drain(): Promise<Batch[]> {
    const ready = await this.flush(true);
    await Promise.all(this.workers.map((w) => w.terminate()));
    return ready;
  }

  private async flush(all: boolean): Promise<Batch[]> {
    if (this.pending.length) {
      const jobs = this.pending;
      this.pending = [];
      if (!this.workers.length) return [{ scored: scoreRows(jobs, this.matching(), this.options) }];
      const seq = this.seq++;
      const worker = this.workers[seq % this.workers.length]!;
      this.inFlight.push(new Promise<Batch | undefined>((resolve) => this.waiting.set(seq, resolve)));
      const message: WorkerMessage = { seq, rows: rowsToWire(jobs) };
      worker.postMessage(message);
    }
    // Keep two batches per thread in flight: enough to keep them busy, little held in memory.
    const out: Batch[] = [];
    while (this.inFlight.length && (all || this.inFlight.length > this.workers.length * 2)) {
      const batch = await this.inFlight.shift()!;
      if (batch) out.push(batch);
    }
    if (this.failure) throw this.failure;
    return out;
  }
}
