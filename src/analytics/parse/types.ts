/** The parser's public shapes and the internal sink every tokenizer writes to. */
import type { CallIdIndex } from '../distinct.js';
import type { SurveyRecord } from '../types.js';

/**
 * The export formats `parseSurveyExport` reads. `auto` (the CLI's default) detects the format from the first bytes.
 * `json` = an array of row objects (the `az` CLI), Event Hubs `{ "records": [...] }` messages (one or several,
 * concatenated) or a Log Analytics REST `{ "tables": [...] }` response; `jsonl` = one object per line (flat rows,
 * Azure Storage diagnostic-setting `PT1H.json` records, or one Event Hubs message per line); `csv` = the portal /
 * Excel export.
 */
export type SurveyExportFormat = 'auto' | 'csv' | 'json' | 'jsonl';

/** The formats, for validation and help text. */
export const SURVEY_EXPORT_FORMATS: readonly SurveyExportFormat[] = Object.freeze([
  'auto',
  'csv',
  'json',
  'jsonl',
] as const);

/** A row that was left out: the 1-based line where it starts and why. */
export interface SurveyParseError {
  /** 1-based line of the input where the row (or JSON element) starts. */
  line: number;
  /** What is wrong, naming the column and the allowed values. */
  message: string;
}

/** What `parseSurveyExport` returns. */
export interface SurveyParseResult {
  /** The valid rows, in input order. */
  records: SurveyRecord[];
  /** One entry per row left out (or one on line 1 for a missing required column / wrong top-level shape). */
  errors: SurveyParseError[];
  /**
   * Diagnostic-setting records of other log categories (a storage blob or an Event Hub carries every category
   * the setting sends), counted by category; not errors. Absent when there were none.
   */
  skipped?: Record<string, number>;
}

/** One item of the streaming parser's output. */
export type SurveyParseEvent =
  | { type: 'record'; record: SurveyRecord; line: number }
  | { type: 'error'; error: SurveyParseError }
  | { type: 'skipped'; category: string; line: number };

/** Where a tokenizer delivers its results, synchronously, in input order. */
export interface ParseSink {
  /**
   * A valid record. With `reuseRecord` the object is overwritten by the next row: do not keep it. `call`: with
   * `callIds`, the index of the record's call in it when the reader looked it up (see `callIds`), else undefined.
   */
  record(record: SurveyRecord, line: number, call?: number): void;
  error(line: number, message: string): void;
  /** A diagnostic-setting record of another category. */
  skip(category: string, line: number): void;
  /** The input cannot be read any further (e.g. a required column is missing). */
  stop(): void;
}

/** A tokenizer: bytes in (split anywhere), results out through its sink. */
export interface Tokenizer {
  push(bytes: Uint8Array): void;
  end(): void;
}

/** Options of the low-level readers. */
export interface TokenizerOptions {
  /**
   * Columns to decode (CSV rows, and diagnostic-setting records and flat rows read by the JSON record scanner;
   * their other text columns stay `null`, while rows the JSON readers give to `JSON.parse` have every column).
   * Default: all. The summarizer needs only `CallId` and the category columns.
   */
  columns?: readonly (keyof SurveyRecord)[];
  /**
   * Reuse one record object for every CSV row and every record the JSON record scanner reads (the sink must not
   * keep it). Default false.
   */
  reuseRecord?: boolean;
  /**
   * Internal (the CLI's summary): a CSV `CallId` cell, or the unescaped `CallId` string of a diagnostic record
   * (PT1H.json lines, Event Hubs `records`) or of a flat row the record scanner reads (JSON Lines, az arrays, after
   * the first row), that is a canonical GUID is looked up in this index straight from its bytes, once the row is
   * valid, and its index is the sink's `call`; no string is made for it, and `record.CallId` is `GUID_CALL_ID`
   * instead. Any other id is decoded as usual (`call` undefined).
   */
  callIds?: CallIdIndex;
}

/** `record.CallId` of a row whose call id went to `TokenizerOptions.callIds` as bytes (not a valid id itself). */
export const GUID_CALL_ID = '(call id given as bytes)';
