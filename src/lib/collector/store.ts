/**
 * The collector's database: SQLite through Node's built-in node:sqlite, in WAL mode (readers
 * never block the writer, and an acknowledged insert survives a killed process). The schema is
 * versioned with `PRAGMA user_version`: each migration runs once, in order, in a transaction.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { FeedbackEvent, SearchEvent } from '../../schema.ts';
import type { DeviceClass } from './device.ts';

/** Migrations, in order; the database's user_version says how many have run. Never edit one that shipped: add another. */
const MIGRATIONS = [
  `CREATE TABLE feedback (
     id INTEGER PRIMARY KEY,
     received_at TEXT NOT NULL,
     sent_at TEXT,
     article TEXT NOT NULL,
     locale TEXT NOT NULL,
     helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
     reason TEXT,
     comment TEXT,
     device TEXT NOT NULL
   );
   CREATE INDEX feedback_article ON feedback (article, locale);
   CREATE TABLE searches (
     id INTEGER PRIMARY KEY,
     received_at TEXT NOT NULL,
     sent_at TEXT,
     query TEXT NOT NULL,
     result_count INTEGER NOT NULL,
     clicked_result TEXT,
     locale TEXT NOT NULL,
     category TEXT,
     device TEXT NOT NULL
   );
   CREATE INDEX searches_received ON searches (received_at);`,
];

/** The database cannot take writes (disk full, read-only file): the collector answers 503. */
export class StoreUnavailable extends Error {}

export interface StoredFeedback extends FeedbackEvent {
  receivedAt: string;
  device: DeviceClass;
}
export interface StoredSearch extends SearchEvent {
  receivedAt: string;
  device: DeviceClass;
}

export class EventStore {
  readonly file: string;
  private readonly db: DatabaseSync;
  private readonly insertFeedback: StatementSync;
  private readonly insertSearch: StatementSync;

  /** Opens (and creates, and migrates) the database at `file`; ':memory:' for tests. */
  constructor(file: string) {
    this.file = file;
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;');
    this.migrate();
    this.insertFeedback = this.db.prepare('INSERT INTO feedback (received_at, sent_at, article, locale, helpful, reason, comment, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.insertSearch = this.db.prepare('INSERT INTO searches (received_at, sent_at, query, result_count, clicked_result, locale, category, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  }

  private migrate(): void {
    const version = Number((this.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
    for (let i = version; i < MIGRATIONS.length; i++) {
      this.db.exec('BEGIN');
      try {
        this.db.exec(MIGRATIONS[i]!);
        this.db.exec(`PRAGMA user_version = ${i + 1}`);
        this.db.exec('COMMIT');
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    }
  }

  addFeedback(event: StoredFeedback): void {
    this.write(() => this.insertFeedback.run(event.receivedAt, event.at ?? null, event.article, event.locale, event.helpful ? 1 : 0, event.reason ?? null, event.comment ?? null, event.device));
  }

  addSearch(event: StoredSearch): void {
    this.write(() => this.insertSearch.run(event.receivedAt, event.at ?? null, event.query, event.resultCount, event.clickedResult, event.locale, event.category ?? null, event.device));
  }

  /** Every stored event (storedEvents), for --export. */
  events(): Generator<StoredFeedback | StoredSearch> {
    return storedEvents(this.db);
  }

  close(): void {
    this.db.close();
  }

  private write(insert: () => void): void {
    try {
      insert();
    } catch (error) {
      if (cannotWrite(error)) throw new StoreUnavailable(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
}

/**
 * Every event of a collector database, oldest first per kind, as the events they were plus
 * receivedAt and device: for --export, and for the gap report (which opens the file read-only).
 */
export function* storedEvents(db: DatabaseSync): Generator<StoredFeedback | StoredSearch> {
  for (const row of db.prepare('SELECT * FROM feedback ORDER BY id').iterate() as Iterable<Record<string, string | number | null>>) {
    yield { type: 'helpcenter:feedback', article: String(row.article), locale: String(row.locale), helpful: row.helpful === 1, ...(row.reason ? { reason: row.reason as StoredFeedback['reason'] } : {}), ...(row.comment ? { comment: String(row.comment) } : {}), ...(row.sent_at ? { at: String(row.sent_at) } : {}), receivedAt: String(row.received_at), device: row.device as DeviceClass };
  }
  for (const row of db.prepare('SELECT * FROM searches ORDER BY id').iterate() as Iterable<Record<string, string | number | null>>) {
    yield { type: 'helpcenter:search', query: String(row.query), resultCount: Number(row.result_count), clickedResult: row.clicked_result === null ? null : String(row.clicked_result), locale: String(row.locale), ...(row.category ? { category: String(row.category) } : {}), ...(row.sent_at ? { at: String(row.sent_at) } : {}), receivedAt: String(row.received_at), device: row.device as DeviceClass };
  }
}

/**
 * Whether an SQLite error means the database cannot take writes now (read-only file or
 * database, disk full, I/O error, file gone), as opposed to a bug: SQLITE_READONLY (8),
 * SQLITE_IOERR (10), SQLITE_FULL (13), SQLITE_CANTOPEN (14), with their extended codes.
 */
export function cannotWrite(error: unknown): boolean {
  const code = (error as { errcode?: number }).errcode;
  if (typeof code === 'number' && [8, 10, 13, 14].includes(code & 0xff)) return true;
  return /readonly|disk is full|disk I\/O|unable to open/i.test(error instanceof Error ? error.message : '');
}
