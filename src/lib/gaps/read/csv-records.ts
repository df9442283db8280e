/**
 * Streaming RFC 4180 CSV: feed it text chunks, get records with the line they start on.
 * Quoted fields may hold commas, doubled quotes and line breaks (CRLF or LF). Problems are
 * reported per record with a stable code, never thrown, so one bad row costs one row. The
 * delimiter is a comma unless told otherwise (European Excel writes semicolons; TSV, tabs).
 */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record is malformed; the fields are what could be read. */
  error?: { code: 'CSV_UNCLOSED_QUOTE' | 'CSV_QUOTE_IN_FIELD' | 'CSV_FIELD_TOO_LARGE'; message: string };
}

export const MAX_FIELD_CHARS = 1_000_000;

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter of a CSV file from its header row: the candidate that occurs most often outside
 * quotes (column names rarely contain any of them). A tie, or none at all, is a comma.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export class CsvRecordReader {
  private readonly delimiter: Delimiter;
  private readonly unquoted: RegExp;
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** A quote was seen inside a quoted field; the next char decides ("" or end of field). */
  private quotePending = false;
  private line = 1;
  private recordLine = 1;
  private fieldStarted = false;
  private error: CsvRecord['error'];
  private atStart = true;
  private pendingCr = false;

  constructor(delimiter: Delimiter = ',') {
    this.delimiter = delimiter;
    this.unquoted = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter === '|' ? '|' : delimiter}\\r\\n"]`, 'g');
  }

  /** Feeds the next chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = chunk;
    if (this.atStart) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length) this.atStart = false;
    }
    // A CRLF split across two chunks: the LF belongs to the line the CR ended.
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text[0] === '\n') text = text.slice(1);
    }
    let i = 0;
    const n = text.length;
    while (i < n) {
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (text[i] === '"') {
            this.append('"');
            i++;
            continue;
          }
          this.quoted = false;
          continue; // the character after the closing quote is read as unquoted
        }
        // Copy everything up to the next quote in one slice.
        const quote = text.indexOf('"', i);
        const stop = quote === -1 ? n : quote;
        const run = text.slice(i, stop);
        for (let at = run.indexOf('\n'); at !== -1; at = run.indexOf('\n', at + 1)) this.line++;
        this.append(run);
        if (quote === -1) break;
        this.quotePending = true;
        i = quote + 1;
        continue;
      }
      const c = text[i]!;
      if (c === this.delimiter) {
        this.endField();
        i++;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        else if (c === '\r' && i + 1 === n) this.pendingCr = true;
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        i++;
      } else if (c === '"' && !this.fieldStarted) {
        this.quoted = true;
        this.fieldStarted = true;
        i++;
      } else {
        // An unquoted run: up to the next delimiter, line break or quote.
        this.unquoted.lastIndex = i;
        const match = this.unquoted.exec(text);
        const stop = match ? match.index : n;
        if (stop === i) {
          // A quote inside an unquoted field.
          if (!this.error) this.error = { code: 'CSV_QUOTE_IN_FIELD', message: 'a quote (") inside an unquoted field; quote the whole field and double inner quotes' };
          this.append('"');
          i++;
        } else {
          this.append(text.slice(i, stop));
          i = stop;
        }
      }
    }
    return out;
  }

  /** Ends the input; returns the last record, if any. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.quoted && !this.quotePending) {
      this.error = { code: 'CSV_UNCLOSED_QUOTE', message: 'a quoted field is never closed; the file may be truncated or a quote is missing' };
    }
    if (this.fieldStarted || this.fields.length || this.field) this.endRecord(out);
    return out;
  }

  private append(text: string) {
    this.fieldStarted = true;
    if (this.field.length + text.length > MAX_FIELD_CHARS) {
      this.error ??= { code: 'CSV_FIELD_TOO_LARGE', message: `a field is longer than ${MAX_FIELD_CHARS.toLocaleString('en')} characters` };
      return;
    }
    this.field += text;
  }

  private endField() {
    this.fields.push(this.field);
    this.field = '';
    this.fieldStarted = false;
    this.quoted = false;
    this.quotePending = false;
  }

  private endRecord(out: CsvRecord[]) {
    this.endField();
    const empty = this.fields.length === 1 && this.fields[0] === '';
    if (!empty || this.error) out.push({ line: this.recordLine, fields: this.fields, ...(this.error ? { error: this.error } : {}) });
    this.fields = [];
    this.error = undefined;
  }
}
