/**
 * What an input file is, from its first bytes, before the help center's articles are loaded
 * (that takes seconds): a readable text export and its encoding, or one line saying what it is
 * instead and what the report expects. Never prints the file's bytes.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const EXPECTS = 'The report reads ticket exports in CSV, JSON or NDJSON (UTF-8 or UTF-16).';

/** Archive and document formats people save exports as, by their first bytes. */
const SIGNATURES: { bytes: number[]; what: string; fix: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or an Excel .xlsx workbook, which is one)', fix: 'Unzip it and give the CSV or JSON inside; from Excel, use File > Save As > "CSV UTF-8".' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', fix: 'Decompress it first (gunzip) and give the file inside.' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document', fix: 'Export the tickets from your helpdesk as CSV or JSON instead.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) or Office file', fix: 'Open it in Excel and use File > Save As > "CSV UTF-8".' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (an ELF binary)', fix: 'Give the ticket export instead.' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database', fix: 'If it is the help center\'s collector database, pass it with --events.' },
];

function head(file: string, size: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(size, 4096));
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** UTF-16 without a byte order mark: ASCII text has a NUL in every other byte. */
function utf16Without(bytes: Buffer): TextEncoding | undefined {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Checks that `file` can be read as a text export and returns its encoding (`forced`, from
 * --encoding, wins for text). Throws InputError with one line for anything else.
 * `allowSqlite`: --events takes the collector's database.
 */
export function sniffFile(file: string, forced?: string, allowSqlite = false): { encoding: string } {
  const expects = allowSqlite ? "--events takes the collector's database (data/helpcenter.db) or its NDJSON export." : EXPECTS;
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file. Check the path (relative paths start at ${process.cwd()}). ${expects}` : `${file}: cannot be read (${code}). ${expects}`);
  }
  if (info.isDirectory()) throw new InputError(`${file}: is a folder, not a file. Give the export file inside it, e.g. ${file.replace(/\/$/, '')}/tickets.csv. ${expects}`);
  if (!info.isFile()) throw new InputError(`${file}: is not a regular file. ${expects}`);
  if (info.size === 0) throw new InputError(`${file}: is empty. Export the tickets again.`);
  let bytes: Buffer;
  try {
    bytes = head(file, info.size);
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code}). Check its permissions.`);
  }
  if (allowSqlite && bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') return { encoding: 'utf-8' };
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) throw new InputError(`${file}: is ${signature.what}, not a ticket export. ${signature.fix}`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: forced ?? 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: forced ?? 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: forced ?? 'utf-8' };
  const utf16 = utf16Without(bytes);
  if (utf16) {
    if (forced && !/^utf-?16/i.test(forced)) throw new InputError(`${file}: looks like UTF-16 text (every other byte is zero), not ${forced}. Pass --encoding ${utf16} or leave --encoding out.`);
    return { encoding: forced ?? utf16 };
  }
  // Text has no NUL bytes, and few other control characters (a ticket may carry a stray
  // bell or escape code: those are removed when it is read, not a reason to refuse the file).
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) controls++;
  if (bytes.includes(0) || controls > Math.max(8, bytes.length * 0.1)) {
    throw new InputError(`${file}: is a binary file, not text. ${expects}`);
  }
  return { encoding: forced ?? 'utf-8' };
}
