/**
 * Scores rows in batches on worker threads and hands results back in input order, so the
 * report is the same whatever the number of threads. Small exports skip the threads: starting
 * them costs more than the work.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleText } from './load-articles.ts';
import type { Matching } from './matching.ts';
import { rowsToWire, scoreRows, scoredFromWire, type RowJob, type Scored, type ScoreOptions } from './score-rows.ts';

const BATCH = 500;

export class TicketPool {
  private readonly workers: Worker[] = [];
  private readonly matching: Matching;
  private readonly options: ScoreOptions;
  private pending: RowJob[] = [];
  private readonly inFlight: Promise<Scored[]>[] = [];
  private readonly waiting = new Map<number, (results: Scored[]) => void>();
  private seq = 0;
  private failure?: Error;

  /** `matching` scores in this thread when there are no workers; workers build their own from `articles`. */
  constructor(articles: ArticleText[], matching: Matching, options: ScoreOptions & { orderPattern: RegExp }, threads: number) {
    this.options = options;
    this.matching = matching;
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./ticket-worker.ts', import.meta.url), {
        // A bounded young generation: each batch's garbage dies young, and RSS stays flat.
        // At 8 MB a worker spent ~10% of its time in 2,000+ scavenges per 300,000 tickets.
        resourceLimits: { maxYoungGenerationSizeMb: 24 },
        workerData: { articles, synonyms: options.synonyms, orderPattern: options.orderPattern.source, defaultLanguage: options.defaultLanguage },
      });
      worker.on('message', (message: { seq: number; results: Parameters<typeof scoredFromWire>[0] }) => {
        this.waiting.get(message.seq)?.(scoredFromWire(message.results));
        this.waiting.delete(message.seq);
      });
      worker.on('error', (error) => {
        this.failure = error;
        for (const resolve of this.waiting.values()) resolve([]);
      });
      this.workers.push(worker);
    }
  }

  /** Threads worth starting for this much input: none below a few MB, else one per core. */
  static threadsFor(inputBytes: number): number {
    return inputBytes < 4_000_000 ? 0 : Math.max(1, Math.min(availableParallelism(), 8));
  }

  /** Queues a row; when that fills a batch, returns the results that are ready, in input order. */
  push(job: RowJob): Promise<Scored[]> | undefined {
    this.pending.push(job);
    return this.pending.length < BATCH ? undefined : this.flush(false);
  }

  /** Everything still queued, in input order. */
  async drain(): Promise<Scored[]> {
    const ready = await this.flush(true);
    await Promise.all(this.workers.map((w) => w.terminate()));
    return ready;
  }

  private async flush(all: boolean): Promise<Scored[]> {
    if (this.pending.length) {
      const jobs = this.pending;
      this.pending = [];
      if (!this.workers.length) return scoreRows(jobs, this.matching, this.options);
      const seq = this.seq++;
      const worker = this.workers[seq % this.workers.length]!;
      this.inFlight.push(new Promise<Scored[]>((resolve) => this.waiting.set(seq, resolve)));
      worker.postMessage({ seq, rows: rowsToWire(jobs) });
    }
    // Keep two batches per thread in flight: enough to keep them busy, little held in memory.
    const out: Scored[] = [];
    while (this.inFlight.length && (all || this.inFlight.length > this.workers.length * 2)) {
      out.push(...(await this.inFlight.shift()!));
    }
    if (this.failure) throw this.failure;
    return out;
  }
}
