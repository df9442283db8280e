/**
 * Rows → tickets (cleaned, redacted, reduced to their words, typos corrected towards the
 * articles' words), the per-row work of the report, run in the main thread for small exports
 * and in worker threads (`ticket-pool.ts`) for big ones. Same code either way.
 */
import type { Matching } from '../match/matching.ts';
import type { RawTicket } from '../read/read-tickets.ts';
import type { RedactOptions } from '../normalize/redact.ts';
import { toTicket, type SynonymLookup, type Ticket } from '../normalize/tickets.ts';

export interface RowJob {
  raw: RawTicket;
  weight: number;
  source: Ticket['source'];
}

/** A ticket, or undefined when the row has no text to go on. */
export type Scored = { ticket: Ticket } | undefined;

export type ScoreOptions = RedactOptions & { synonyms?: Map<string, SynonymLookup>; defaultLanguage?: string; countriesFor?: (language: string, exported: string | undefined) => readonly string[] };

export function scoreRows(jobs: readonly RowJob[], matching: Matching, options: ScoreOptions): Scored[] {
  const spell = (terms: string[], language: string) => matching.spell(terms, language);
  return jobs.map((job) => {
    const ticket = toTicket(job.raw, { ...options, spell, weight: job.weight, source: job.source });
    return ticket && { ticket };
  });
}

/**
 * What crosses between threads, as flat arrays: copying a million objects with named fields
 * costs the main thread more than reading the file. Only what the report uses travels.
 */
export type WireRow = [subject: string, body: string, created: string, language: string, id: string, weight: number, source: Ticket['source'], tags: string, country: string];
export type WireScored = [id: string, month: string, language: string, text: string, terms: string, weight: number, source: Ticket['source'], tags: string, automatic: 0 | 1] | 0;

export function rowsToWire(jobs: readonly RowJob[]): WireRow[] {
  return jobs.map(({ raw, weight, source }) => [raw.subject ?? '', raw.body ?? '', raw.created ?? '', raw.language ?? '', raw.id ?? `${raw.file}:${raw.line}`, weight, source, raw.tags ?? '', raw.country ?? raw.timezone ?? '']);
}

export function rowsFromWire(rows: readonly WireRow[]): RowJob[] {
  return rows.map(([subject, body, created, language, id, weight, source, tags, country]) => ({ raw: { file: '', line: 0, subject, body, created, language: language || undefined, id, tags, country: country || undefined }, weight, source }));
}

export function scoredToWire(results: readonly Scored[]): WireScored[] {
  return results.map((r) => (r ? [r.ticket.id, r.ticket.month ?? '', r.ticket.language, r.ticket.text, r.ticket.terms.join(' '), r.ticket.weight, r.ticket.source, r.ticket.tags.join(' '), r.ticket.automatic ? 1 : 0] : 0));
}

export function scoredFromWire(results: readonly WireScored[]): Scored[] {
  return results.map((r) => {
    if (!r) return undefined;
    const [id, month, language, text, terms, weight, source, tags, automatic] = r;
    const ticket: Ticket = { id, file: '', line: 0, month: month || undefined, tags: tags ? tags.split(' ') : [], language, text, terms: terms ? terms.split(' ') : [], weight, source, ...(automatic ? { automatic: true as const } : {}) };
    return { ticket };
  });
}
