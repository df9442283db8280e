/**
 * The help center's own events (`--events`): the collector's SQLite database, or its NDJSON
 * export (`npm run collector -- --export`). Searches that found nothing become demand, as
 * `--searches` rows do; feedback votes are kept per article. Every line is accounted for: a
 * line that is not an event is rejected with its number and why.
 */
import { openSync, readSync, closeSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { helpcenterEventSchema, type FeedbackEvent } from '../../../schema.ts';
import type { Rejected } from '../errors.ts';
import { InputError, type RawTicket } from './read-tickets.ts';
import { storedEvents } from '../../collector/store.ts';

/** A stored event: the event, plus when the collector received it (exports carry it). */
const storedEventSchema = z.intersection(helpcenterEventSchema, z.object({ receivedAt: z.string().optional(), device: z.string().optional() }));

export interface EventsRead {
  /** Zero-result searches, as ticket rows (body = the query). */
  searches: RawTicket[];
  /** Searches that found something: read, not demand. */
  answeredSearches: number;
  feedback: (FeedbackEvent & { receivedAt?: string })[];
  rowsRead: number;
  rejected: Rejected[];
}

const SQLITE_HEADER = 'SQLite format 3\0';

function isSqlite(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

export async function readEvents(file: string): Promise<EventsRead> {
  const out: EventsRead = { searches: [], answeredSearches: 0, feedback: [], rowsRead: 0, rejected: [] };
  const take = (input: unknown, line: number) => {
    out.rowsRead++;
    const parsed = storedEventSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      out.rejected.push({ file, line, code: 'EVENT', reason: `not a help center event: ${issue.path.join('.') || 'the object'} ${issue.message}` });
      return;
    }
    const event = parsed.data;
    const when = event.at ?? event.receivedAt;
    if (event.type === 'helpcenter:feedback') out.feedback.push(event);
    else if (event.resultCount > 0) out.answeredSearches++;
    else out.searches.push({ file, line, body: event.query, language: event.locale, ...(when ? { created: when } : {}) });
  };
  let sqlite: boolean;
  try {
    sqlite = isSqlite(file);
  } catch (error) {
    throw new InputError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}. --events takes the collector's database (data/helpcenter.db) or its NDJSON export.`);
  }
  if (sqlite) {
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      let line = 0;
      // Checked again like any export: the database may not be this collector's.
      for (const event of storedEvents(db)) take(event, ++line);
    } catch (error) {
      throw new InputError(`${file} is an SQLite database but not the collector's: ${(error as Error).message}.`);
    } finally {
      db.close();
    }
    return out;
  }
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      out.rowsRead++;
      out.rejected.push({ file, line, code: 'JSON_PARSE', reason: 'not JSON: each line of an events export is one event' });
      continue;
    }
    take(input, line);
  }
  return out;
}
