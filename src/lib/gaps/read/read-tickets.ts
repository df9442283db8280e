/**
 * Reads ticket exports (CSV, JSON array or an API response holding one, NDJSON) into plain rows, one file
 * at a time and streaming where the format allows. Every row is accounted for: it becomes a
 * ticket, a rejected row (with file, line and reason) or a duplicate.
 */
import { InputError, type Rejected } from '../errors.ts';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CsvRecordReader, detectDelimiter, type Delimiter } from './csv-records.ts';
import { planColumns, type ColumnPlan, type FieldMap, type TicketField } from './presets.ts';
import { sniffFile } from './sniff.ts';

export type RawTicket = Partial<Record<TicketField, string>> & { file: string; line: number };
export type { Rejected } from '../errors.ts';
export { InputError } from '../errors.ts';

export interface ReadOptions {
  map?: FieldMap;
  /** Forced by --encoding; otherwise UTF-8, or UTF-16 when the file's first bytes say so. */
  encoding?: string;
  /** Forced by --delimiter; otherwise read from the header row. */
  delimiter?: Delimiter;
}

export type FileFormat = 'csv' | 'json' | 'ndjson';

export function formatOf(file: string, firstChars: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.json') return firstChars.trimStart().startsWith('{') && /\}\s*\n\s*\{/.test(firstChars) ? 'ndjson' : 'json';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  const trimmed = firstChars.trimStart();
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) return /\}\s*\n\s*\{/.test(trimmed) ? 'ndjson' : 'json';
  return 'csv';
}

const REPLACEMENT = '\uFFFD';
const badEncoding = (encoding: string) => `contains bytes that are not valid ${encoding}; pass --encoding (e.g. --encoding windows-1252) if the export is not UTF-8`;

function requireColumns(plan: ColumnPlan, file: string, header: string[]) {
  if (!plan.columns.subject && !plan.columns.body) {
    throw new InputError(`${file}: no subject or message column found (columns: ${header.slice(0, 12).join(', ')}${header.length > 12 ? ', …' : ''}). Name them with --map subject=<column>,body=<column>.`);
  }
}

function pick(fields: readonly string[], indexes: number[] | undefined): string | undefined {
  if (!indexes) return undefined;
  if (indexes.length === 1) return fields[indexes[0]!]?.trim() || undefined;
  const values = indexes.map((i) => fields[i]?.trim() ?? '').filter(Boolean);
  return values.length ? values.join(', ') : undefined;
}

/** Rows per batch from a JSON array: the other formats batch by the chunk read from disk. */
const JSON_BATCH = 1000;

/**
 * Yields the rows of one file in batches (a million rows one at a time through an async
 * generator cost the main thread more than parsing them); rejected rows go to `reject`.
 * Throws InputError for unusable files.
 */
export async function* readTicketFile(file: string, options: ReadOptions, reject: (r: Rejected) => void): AsyncGenerator<RawTicket[]> {
  // A folder, a binary, an archive or UTF-16 text: known before a byte is parsed.
  const { encoding } = sniffFile(file, options.encoding);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    throw new InputError(`--encoding ${encoding} is not an encoding Node knows. Try utf-8, windows-1252, latin1 or utf-16le.`);
  }

  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  const first = await new Promise<string>((resolve, reject) => {
    const peek = createReadStream(file, { start: 0, end: 4095 });
    let text = '';
    peek.on('data', (c) => (text += decoder.decode(c as Buffer, { stream: true })));
    peek.on('end', () => resolve(text));
    peek.on('error', reject);
  });
  decoder = new TextDecoder(encoding);
  const format = formatOf(file, first);

  if (format === 'csv') {
    // The header row says which delimiter the file uses (European Excel writes semicolons).
    const reader = new CsvRecordReader(options.delimiter ?? (path.extname(file).toLowerCase() === '.tsv' ? '\t' : detectDelimiter(first.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '')));
    let plan: ColumnPlan | undefined;
    let header: string[] = [];
    let columns: [TicketField, number[] | undefined][] = [];
    // Whether the decoder has put a replacement character (a byte that is not valid in the
    // encoding) in the text so far: until it has, no field can hold one, and a million bodies
    // need not be searched for it.
    let replaced = false;
    const decode = (chunk?: Buffer) => {
      const text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
      replaced ||= text.includes(REPLACEMENT);
      return text;
    };
    const handle = function* (records: ReturnType<CsvRecordReader['push']>): Generator<RawTicket> {
      for (const record of records) {
        if (!plan) {
          header = record.fields;
          plan = planColumns(header, options.map);
          requireColumns(plan, file, header);
          columns = Object.entries(plan.columns) as [TicketField, number[] | undefined][];
          continue;
        }
        if (record.error) reject({ file, line: record.line, code: record.error.code, reason: record.error.message });
        else if (record.fields.length !== header.length) reject({ file, line: record.line, code: 'CSV_RECORD_LENGTH', reason: `expected ${header.length} fields, got ${record.fields.length}` });
        else if (replaced && record.fields.some((f) => f.includes(REPLACEMENT))) reject({ file, line: record.line, code: 'ENCODING', reason: badEncoding(encoding) });
        else {
          const row: RawTicket = { file, line: record.line };
          for (const [field, indexes] of columns) {
            const value = pick(record.fields, indexes);
            if (value !== undefined) row[field] = value;
          }
          yield row;
        }
      }
    };
    for await (const chunk of stream) yield [...handle(reader.push(decode(chunk as Buffer)))];
    yield [...handle(reader.push(decode())), ...handle(reader.end())];
    if (!plan) throw new InputError(`${file}: has no header row.`);
    return;
  }

  if (format === 'ndjson') {
    let plan: ColumnPlan | undefined;
    let buffer = '';
    let line = 0;
    const handleLine = function* (text: string): Generator<RawTicket> {
      line++;
      if (!text.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        reject({ file, line, code: 'JSON_PARSE', reason: (error as Error).message });
        return;
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        reject({ file, line, code: 'JSON_NOT_OBJECT', reason: 'each line must be one ticket object' });
        return;
      }
      const flat = flatten(value as Record<string, unknown>);
      plan ??= planColumns(Object.keys(flat), options.map);
      requireColumns(plan, file, Object.keys(flat));
      yield fromObject(flat, plan, file, line);
    };
    for await (const chunk of stream) {
      buffer += decoder.decode(chunk as Buffer, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      yield lines.flatMap((text) => [...handleLine(text.replace(/^\uFEFF/, '').replace(/\r$/, ''))]);
    }
    buffer += decoder.decode();
    if (buffer) yield [...handleLine(buffer.replace(/\r$/, ''))];
    return;
  }

  // JSON: an array of tickets or { tickets: [...] } (Zendesk's API shape). Not streamed.
  stream.destroy();
  const text = decoder.decode(await readFile(file)).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? text.length);
    const line = text.slice(0, position).split('\n').length;
    throw new InputError(`${file}: is not valid JSON (line ${line}: ${(error as Error).message}). The export may be truncated; export it again.`);
  }
  const list = ticketList(data);
  if (!list) throw new InputError(`${file}: JSON must be an array of tickets or an object with one (${LIST_KEYS.map((k) => `"${k}"`).join(', ')}).`);
  if (list.length === 0) throw new InputError(`${file}: contains no tickets.`);
  // [1, 2, 3] or ["a", "b"]: a list, but not of tickets. One line, not a rejection per item.
  if (!list.slice(0, 50).some((item) => item && typeof item === 'object' && !Array.isArray(item))) {
    const kinds = [...new Set(list.slice(0, 50).map((item) => (item === null ? 'null' : Array.isArray(item) ? 'lists' : `${typeof item}s`)))].join(' and ');
    throw new InputError(`${file}: is a JSON list of ${kinds}, not of tickets. The report expects ticket objects with a subject or message, e.g. [{"id": 1, "subject": "…", "body": "…"}].`);
  }
  const keys = new Set<string>();
  for (const item of list.slice(0, 50)) if (item && typeof item === 'object') for (const k of Object.keys(flatten(item as Record<string, unknown>))) keys.add(k);
  const plan = planColumns([...keys], options.map);
  requireColumns(plan, file, [...keys]);
  // JSON has no rows: the "line" of a ticket is its position in the list (1-based).
  let batch: RawTicket[] = [];
  for (const [index, item] of list.entries()) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) reject({ file, line: index + 1, code: 'JSON_NOT_OBJECT', reason: 'ticket is not an object' });
    else batch.push(fromObject(flatten(item as Record<string, unknown>), plan, file, index + 1));
    if (batch.length === JSON_BATCH) {
      yield batch;
      batch = [];
    }
  }
  yield batch;
}

/**
 * Where API responses saved to a file keep their list: Zendesk `tickets`, Gorgias `data`,
 * HubSpot `results`, Help Scout `_embedded.conversations`.
 */
const LIST_KEYS = ['tickets', 'data', 'results', 'conversations', '_embedded.conversations'];

function ticketList(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  for (const key of LIST_KEYS) {
    let value: unknown = data;
    for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    if (Array.isArray(value)) return value;
  }
  return undefined;
}

/**
 * A ticket object as `key → text`, one level of nesting as `parent.key` ("via.channel",
 * "properties.subject"). Lists of objects are read the way helpdesk APIs write them: tags as
 * their names (Gorgias `tags[].name`, Help Scout `tags[].tag`), and a list of messages as the
 * customer's first one, field by field (`messages.body_text`, `_embedded.threads.body`).
 */
function flatten(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = `${prefix}${key}`;
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      const objects = v.filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object' && !Array.isArray(x));
      const names = objects.map((x) => x.name ?? x.tag).filter((n): n is string => typeof n === 'string');
      out[name] = names.length === v.length && names.length ? names.join(', ') : v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
      const first = firstFromCustomer(objects);
      if (first) for (const [field, x] of Object.entries(first)) if (x !== null && typeof x !== 'object') out[`${name}.${field}`] = String(x);
    } else if (typeof v === 'object' && !prefix) Object.assign(out, flatten(v as Record<string, unknown>, `${name}.`));
    else out[name] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

/**
 * The first message a customer wrote, from a list of messages: Gorgias marks agents'
 * messages `from_agent: true`, Help Scout gives threads a `type` ("customer", "message" for
 * an agent's reply, "note") and lists them newest first. Undefined for lists of anything else.
 */
function firstFromCustomer(items: Record<string, unknown>[]): Record<string, unknown> | undefined {
  const messages = items.filter((x) => ['body', 'body_text', 'stripped_text', 'text'].some((field) => typeof x[field] === 'string'));
  if (!messages.length) return undefined;
  const fromCustomer = messages.filter((x) => x.from_agent === false || x.type === 'customer');
  const created = (x: Record<string, unknown>) => String(x.created_datetime ?? x.createdAt ?? x.created_at ?? '');
  return [...(fromCustomer.length ? fromCustomer : messages)].sort((a, b) => created(a).localeCompare(created(b)))[0];
}

function fromObject(flat: Record<string, string>, plan: ColumnPlan, file: string, line: number): RawTicket {
  const byName = new Map(Object.entries(flat).map(([k, v]) => [k.toLowerCase(), v]));
  const row: RawTicket = { file, line };
  for (const [field, name] of Object.entries(plan.names)) {
    const value = byName.get(name)?.trim();
    if (value) row[field as TicketField] = value;
  }
  return row;
}
