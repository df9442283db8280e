/**
 * Why a row of an export was not used: a stable code for scripts and CI (`rejected[].code`),
 * with the reason written for the person fixing the export (`rejected[].reason`).
 */
export type RejectCode =
  /** A quoted field is never closed (a truncated file, a missing quote). */
  | 'CSV_UNCLOSED_QUOTE'
  /** A quote inside an unquoted field. */
  | 'CSV_QUOTE_IN_FIELD'
  /** A field longer than the reader's limit. */
  | 'CSV_FIELD_TOO_LARGE'
  /** A record with more or fewer fields than the header. */
  | 'CSV_RECORD_LENGTH'
  /** Bytes that are not valid in the file's encoding. */
  | 'ENCODING'
  /** A line of NDJSON that is not JSON. */
  | 'JSON_PARSE'
  /** A ticket that is not a JSON object. */
  | 'JSON_NOT_OBJECT'
  /** No subject or message text. */
  | 'EMPTY'
  /** An aggregated count that is not a whole number. */
  | 'COUNT'
  /** A line of an events export (--events) that is not a help center event. */
  | 'EVENT';

export interface Rejected {
  file: string;
  line: number;
  code: RejectCode;
  reason: string;
}

/** An input the report cannot use at all (a missing file, a binary, a JSON list of numbers): one line for the reader. */
export class InputError extends Error {}
