/**
 * Parsing `ACSCallSurvey` exports (portal CSV, `az monitor log-analytics query` JSON, JSON Lines), whole-text or
 * streaming. Parsing never throws: a bad row is left out and reported with the 1-based line where it starts.
 */
import { SURVEY_CATEGORIES } from '../core/types.js';
import {
  CATEGORY_COLUMNS,
  DEFAULT_RECORD_SCALE,
  emptySurveyRecord,
  SURVEY_INT_COLUMNS,
  SURVEY_ISSUE_COLUMNS,
  SURVEY_STRING_COLUMNS,
} from './columns.js';
import type { SurveyIntColumn, SurveyIssueColumn, SurveyRecord, SurveyStringColumn } from './types.js';

/** The export formats `parseSurveyExport` reads. */
export type SurveyExportFormat = 'csv' | 'json' | 'jsonl';

/** The formats, for validation and help text. */
export const SURVEY_EXPORT_FORMATS: readonly SurveyExportFormat[] = Object.freeze(['csv', 'json', 'jsonl'] as const);

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
}

/** One item of the streaming parser's output. */
export type SurveyParseEvent =
  | { type: 'record'; record: SurveyRecord; line: number }
  | { type: 'error'; error: SurveyParseError };

type ColumnKind = 'int' | 'issues' | 'string';
const COLUMN_KIND = new Map<string, ColumnKind>([
  ...SURVEY_INT_COLUMNS.map((c) => [c, 'int'] as const),
  ...SURVEY_ISSUE_COLUMNS.map((c) => [c, 'issues'] as const),
  ...SURVEY_STRING_COLUMNS.map((c) => [c, 'string'] as const),
]);
const SCORE_COLUMNS = SURVEY_CATEGORIES.map((c) => CATEGORY_COLUMNS[c].score);

/** `TimeGenerated [UTC]` (the portal's header) → `TimeGenerated`; trims whitespace. */
function normalizeHeader(name: string): string {
  return name.trim().replace(/\s*\[[^\]]*\]$/, '');
}

const INT_PATTERN = /^[+-]?\d+$/;

/** Converts one cell; returns an error message instead of throwing. */
function setCell(record: SurveyRecord, column: string, kind: ColumnKind, value: unknown): string | undefined {
  if (kind === 'int') {
    let n: number;
    if (value === null || value === undefined) n = NaN;
    else if (typeof value === 'number') n = value;
    else if (typeof value === 'string') {
      const t = value.trim();
      if (t === '') {
        record[column as SurveyIntColumn] = null;
        return undefined;
      }
      n = INT_PATTERN.test(t) ? Number(t) : NaN;
    } else n = NaN;
    if (value === null || value === undefined) {
      record[column as SurveyIntColumn] = null;
      return undefined;
    }
    if (!Number.isInteger(n) || n < 0 || n > 100) {
      return `${column} must be an integer from 0 to 100 or empty; got ${JSON.stringify(value)}`;
    }
    record[column as SurveyIntColumn] = n;
    return undefined;
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    return `${column} must be a ${kind === 'issues' ? 'comma-separated string of issue tags' : 'string'} or empty; got ${JSON.stringify(value)}`;
  }
  const text = String(value);
  if (kind === 'issues') {
    record[column as SurveyIssueColumn] = text.trim() === '' ? null : text;
  } else if (column === 'CallId') {
    record.CallId = text;
  } else {
    record[column as Exclude<SurveyStringColumn, 'CallId'>] = text === '' ? null : text;
  }
  return undefined;
}

/** Row-level rules: a call id, and each score within its row's scale (empty bounds = 1–5, threshold 2). */
function checkRecord(record: SurveyRecord): string | undefined {
  if (record.CallId.trim() === '') return 'CallId must be a non-empty string';
  for (const category of SURVEY_CATEGORIES) {
    const cols = CATEGORY_COLUMNS[category];
    const lower = record[cols.lowerBound] ?? DEFAULT_RECORD_SCALE.lowerBound;
    const upper = record[cols.upperBound] ?? DEFAULT_RECORD_SCALE.upperBound;
    const threshold = record[cols.threshold] ?? DEFAULT_RECORD_SCALE.lowScoreThreshold;
    const score = record[cols.score];
    if (score === null || score === undefined) continue;
    if (lower >= upper) {
      return `${cols.upperBound} must be greater than ${cols.lowerBound} (${lower}); got ${upper}`;
    }
    if (threshold < lower || threshold > upper) {
      return `${cols.threshold} must be from ${lower} to ${upper} (the row's scale); got ${threshold}`;
    }
    if (score < lower || score > upper) {
      return `${cols.score} must be from ${lower} to ${upper} (the row's scale); got ${score}`;
    }
  }
  return undefined;
}

function missingColumnsMessage(columns: ReadonlySet<string>): string | undefined {
  const missing: string[] = [];
  if (!columns.has('CallId')) missing.push('CallId');
  if (!SCORE_COLUMNS.some((c) => columns.has(c))) missing.push(`one of ${SCORE_COLUMNS.join(', ')}`);
  return missing.length ? `missing required column ${missing.join(' and ')}` : undefined;
}

const enum CsvState {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  Skip,
}

/**
 * Incremental parser: `push(chunk)` any number of times, then `end()`. Each call returns the records and errors
 * completed by that input, in order. Results equal `parseSurveyExport` on the concatenated input for any chunking.
 */
export class SurveyExportParser {
  /** The format being parsed. */
  readonly format: SurveyExportFormat;
  private readonly decoder = new TextDecoder('utf-8');
  private out: SurveyParseEvent[] = [];
  private first = true;
  private stopped = false;
  // Line bookkeeping (shared by all formats).
  private line = 1;
  private pendingCR = false;
  // CSV state.
  private csvState = CsvState.FieldStart;
  private field = '';
  private fields: string[] = [];
  private recordLine = 1;
  private header: { column: string; kind: ColumnKind | undefined }[] | undefined;
  private skipMessage = '';
  // JSON / JSONL state.
  private text = '';
  private jsonStarted = false;
  private jsonDepth = 0;
  private jsonInString = false;
  private jsonEscape = false;
  private jsonElementLine = 0;
  private jsonExpect: 'open' | 'element' | 'comma' | 'done' = 'open';
  private jsonColumnsChecked = false;

  constructor(format: SurveyExportFormat) {
    if (!SURVEY_EXPORT_FORMATS.includes(format)) {
      throw new RangeError(`format must be one of ${SURVEY_EXPORT_FORMATS.join(', ')}; got ${String(format)}`);
    }
    this.format = format;
  }

  /** Feeds the next chunk (text, or UTF-8 bytes split anywhere). */
  push(chunk: string | Uint8Array): SurveyParseEvent[] {
    let text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!this.stopped && text) this.consume(text, false);
    return this.drain();
  }

  /** Signals the end of input; returns what the last (possibly unterminated) row produced. */
  end(): SurveyParseEvent[] {
    const rest = this.decoder.decode();
    if (rest) this.push(rest);
    if (!this.stopped) this.consume('', true);
    this.stopped = true;
    return this.drain();
  }

  private drain(): SurveyParseEvent[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private error(line: number, message: string): void {
    this.out.push({ type: 'error', error: { line, message } });
  }

  private consume(text: string, atEnd: boolean): void {
    if (this.format === 'csv') this.consumeCsv(text, atEnd);
    else if (this.format === 'jsonl') this.consumeJsonl(text, atEnd);
    else this.consumeJson(text, atEnd);
  }

  // ---------------------------------------------------------------- CSV (RFC 4180, lenient about CRLF/LF/CR)

  private consumeCsv(text: string, atEnd: boolean): void {
    let start = 0; // start of the pending slice of the current field within `text`
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const ch = text.charCodeAt(i);
      const afterCR = this.pendingCR;
      if (afterCR) {
        this.pendingCR = false;
        if (ch === 10 && this.csvState !== CsvState.Quoted) {
          // The \n of a \r\n pair outside quotes: already counted as a line end.
          start = i + 1;
          continue;
        }
      }
      switch (this.csvState) {
        case CsvState.FieldStart:
          if (ch === 34 /* " */) {
            this.csvState = CsvState.Quoted;
            start = i + 1;
          } else if (ch === 44 /* , */) {
            this.fields.push('');
            start = i + 1;
          } else if (ch === 10 || ch === 13) {
            this.fields.push('');
            this.endRow(ch);
            start = i + 1;
          } else {
            this.csvState = CsvState.Unquoted;
            start = i;
          }
          break;
        case CsvState.Unquoted:
          if (ch === 44) {
            this.fields.push(this.field + text.slice(start, i));
            this.field = '';
            this.csvState = CsvState.FieldStart;
            start = i + 1;
          } else if (ch === 10 || ch === 13) {
            this.fields.push(this.field + text.slice(start, i));
            this.field = '';
            this.endRow(ch);
            start = i + 1;
          } else if (ch === 34) {
            this.skipMessage = `broken quotes in column ${this.columnName(this.fields.length)}: a quote inside an unquoted field (quote the whole field and double inner quotes)`;
            this.field = '';
            this.csvState = CsvState.Skip;
          }
          break;
        case CsvState.Quoted:
          if (ch === 34) {
            this.field += text.slice(start, i);
            this.csvState = CsvState.QuoteInQuoted;
            start = i + 1;
          } else if (ch === 10) {
            if (!afterCR) this.line++;
          } else if (ch === 13) {
            this.line++;
            this.pendingCR = true;
          }
          break;
        case CsvState.QuoteInQuoted:
          if (ch === 34) {
            this.field += '"';
            this.csvState = CsvState.Quoted;
            start = i + 1;
          } else if (ch === 44) {
            this.fields.push(this.field);
            this.field = '';
            this.csvState = CsvState.FieldStart;
            start = i + 1;
          } else if (ch === 10 || ch === 13) {
            this.fields.push(this.field);
            this.field = '';
            this.endRow(ch);
            start = i + 1;
          } else {
            this.skipMessage = `broken quotes in column ${this.columnName(this.fields.length)}: text after a closing quote (double quotes inside a quoted field)`;
            this.field = '';
            this.csvState = CsvState.Skip;
          }
          break;
        case CsvState.Skip:
          if (ch === 10 || ch === 13) {
            this.error(this.recordLine, this.skipMessage);
            this.fields = [];
            this.field = '';
            this.csvState = CsvState.FieldStart;
            this.lineEnd(ch);
            this.recordLine = this.line;
            start = i + 1;
          }
          break;
      }
    }
    if (this.csvState === CsvState.Unquoted || this.csvState === CsvState.Quoted) {
      this.field += text.slice(start, n);
    }
    if (atEnd) {
      switch (this.csvState) {
        case CsvState.Quoted:
          this.error(
            this.recordLine,
            `broken quotes in column ${this.columnName(this.fields.length)}: a quoted field is never closed`,
          );
          break;
        case CsvState.Skip:
          this.error(this.recordLine, this.skipMessage);
          break;
        case CsvState.Unquoted:
        case CsvState.QuoteInQuoted:
          this.fields.push(this.field);
          this.completeRow();
          break;
        case CsvState.FieldStart:
          if (this.fields.length > 0) {
            this.fields.push('');
            this.completeRow();
          }
          break;
      }
      this.fields = [];
      this.field = '';
      this.csvState = CsvState.FieldStart;
    }
  }

  private columnName(index: number): string {
    return this.header?.[index]?.column ?? `#${index + 1}`;
  }

  private lineEnd(ch: number): void {
    this.line++;
    if (ch === 13) this.pendingCR = true;
  }

  private endRow(ch: number): void {
    this.completeRow();
    this.fields = [];
    this.csvState = CsvState.FieldStart;
    this.lineEnd(ch);
    this.recordLine = this.line;
  }

  private completeRow(): void {
    const fields = this.fields;
    const line = this.recordLine;
    if (fields.length === 1 && fields[0]!.trim() === '') return; // blank line
    if (this.stopped) return;
    if (!this.header) {
      const header = fields.map((f) => {
        const column = normalizeHeader(f);
        return { column, kind: COLUMN_KIND.get(column) };
      });
      const problem = missingColumnsMessage(new Set(header.map((h) => h.column)));
      if (problem) {
        this.error(1, `${problem} (header: ${header.map((h) => h.column).join(', ')})`);
        this.stopped = true;
        return;
      }
      this.header = header;
      return;
    }
    const header = this.header;
    if (fields.length !== header.length) {
      this.error(
        line,
        fields.length < header.length
          ? `truncated row: ${fields.length} fields, the header has ${header.length} (missing ${header
              .slice(fields.length)
              .map((h) => h.column)
              .join(', ')})`
          : `${fields.length} fields, the header has ${header.length}`,
      );
      return;
    }
    const record = emptySurveyRecord();
    for (let i = 0; i < header.length; i++) {
      const h = header[i]!;
      if (!h.kind) continue;
      const problem = setCell(record, h.column, h.kind, fields[i]);
      if (problem) {
        this.error(line, problem);
        return;
      }
    }
    this.finishRecord(record, line);
  }

  private finishRecord(record: SurveyRecord, line: number): void {
    const problem = checkRecord(record);
    if (problem) this.error(line, problem);
    else this.out.push({ type: 'record', record, line });
  }

  private objectToRecord(value: unknown, line: number): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.error(line, `expected a row object with CallId and score columns; got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
      return;
    }
    const row = value as Record<string, unknown>;
    if (!this.jsonColumnsChecked) {
      this.jsonColumnsChecked = true;
      const problem = missingColumnsMessage(new Set(Object.keys(row).map(normalizeHeader)));
      if (problem) {
        this.error(1, `${problem} (first row's keys: ${Object.keys(row).join(', ')})`);
        this.stopped = true;
        return;
      }
    }
    const record = emptySurveyRecord();
    for (const key of Object.keys(row)) {
      const column = normalizeHeader(key);
      const kind = COLUMN_KIND.get(column);
      if (!kind) continue;
      const problem = setCell(record, column, kind, row[key]);
      if (problem) {
        this.error(line, problem);
        return;
      }
    }
    if (row.CallId === undefined || row.CallId === null) {
      this.error(line, 'CallId must be a non-empty string; the row has none');
      return;
    }
    this.finishRecord(record, line);
  }

  // ---------------------------------------------------------------- JSON Lines

  private consumeJsonl(text: string, atEnd: boolean): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || ch === 13) {
        if (this.pendingCR && ch === 10) {
          this.pendingCR = false;
          start = i + 1;
          continue;
        }
        this.pendingCR = ch === 13;
        this.jsonlLine(this.text + text.slice(start, i));
        this.text = '';
        this.line++;
        start = i + 1;
      } else {
        this.pendingCR = false;
      }
    }
    this.text += text.slice(start);
    if (atEnd && this.text) {
      this.jsonlLine(this.text);
      this.text = '';
    }
  }

  private jsonlLine(lineText: string): void {
    if (this.stopped || lineText.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (e) {
      this.error(this.line, `not valid JSON (${(e as Error).message}); each line must be one row object`);
      return;
    }
    this.objectToRecord(value, this.line);
  }

  // ---------------------------------------------------------------- JSON array, streamed element by element

  private consumeJson(text: string, atEnd: boolean): void {
    let start = 0;
    for (let i = 0; i < text.length && !this.stopped; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) {
        if (!this.pendingCR) this.line++;
      } else if (ch === 13) this.line++;
      this.pendingCR = ch === 13;
      if (this.jsonDepth > 0) {
        if (this.jsonInString) {
          if (this.jsonEscape) this.jsonEscape = false;
          else if (ch === 92) this.jsonEscape = true;
          else if (ch === 34) this.jsonInString = false;
          continue;
        }
        if (ch === 34) this.jsonInString = true;
        else if (ch === 123 || ch === 91) this.jsonDepth++;
        else if (ch === 125 || ch === 93) {
          this.jsonDepth--;
          if (this.jsonDepth === 0) {
            this.jsonElement(this.text + text.slice(start, i + 1));
            this.text = '';
            this.jsonExpect = 'comma';
          }
        }
        continue;
      }
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13) continue;
      if (this.jsonExpect === 'open') {
        if (ch !== 91) {
          this.error(1, 'expected a JSON array of row objects (the output of az monitor log-analytics query)');
          this.stopped = true;
          return;
        }
        this.jsonStarted = true;
        this.jsonExpect = 'element';
      } else if (this.jsonExpect === 'element') {
        if (ch === 93) {
          this.jsonExpect = 'done';
        } else if (ch === 123 || ch === 91) {
          this.jsonDepth = 1;
          this.jsonElementLine = this.line;
          start = i;
        } else {
          this.error(this.line, 'expected a row object in the JSON array');
          this.stopped = true;
          return;
        }
      } else if (this.jsonExpect === 'comma') {
        if (ch === 44) this.jsonExpect = 'element';
        else if (ch === 93) this.jsonExpect = 'done';
        else {
          this.error(this.line, 'expected "," or "]" between row objects in the JSON array');
          this.stopped = true;
          return;
        }
      } else {
        this.error(this.line, 'unexpected text after the end of the JSON array');
        this.stopped = true;
        return;
      }
    }
    if (this.jsonDepth > 0) this.text += text.slice(start);
    if (atEnd && !this.stopped) {
      if (!this.jsonStarted) {
        this.error(1, 'expected a JSON array of row objects; the input is empty');
      } else if (this.jsonDepth > 0) {
        this.error(this.jsonElementLine, 'truncated JSON: this row object is never closed');
      } else if (this.jsonExpect !== 'done') {
        this.error(this.line, 'truncated JSON: the array is never closed with "]"');
      }
    }
  }

  private jsonElement(elementText: string): void {
    let value: unknown;
    try {
      value = JSON.parse(elementText);
    } catch (e) {
      this.error(this.jsonElementLine, `not valid JSON (${(e as Error).message})`);
      return;
    }
    this.objectToRecord(value, this.jsonElementLine);
  }
}

/**
 * Parses a whole `ACSCallSurvey` export. Never throws: bad rows are left out of `records` and reported in `errors`
 * with the 1-based line where they start. `CallId` and at least one `<P>RatingScore` column are required (else one
 * error on line 1). Unknown columns are ignored; unknown issue tags are kept (newer SDKs may add tags).
 */
export function parseSurveyExport(text: string, format: SurveyExportFormat): SurveyParseResult {
  const records: SurveyRecord[] = [];
  const errors: SurveyParseError[] = [];
  let parser: SurveyExportParser;
  try {
    parser = new SurveyExportParser(format);
  } catch (e) {
    return { records, errors: [{ line: 1, message: (e as Error).message }] };
  }
  const collect = (events: SurveyParseEvent[]) => {
    for (const e of events) {
      if (e.type === 'record') records.push(e.record);
      else errors.push(e.error);
    }
  };
  collect(parser.push(text));
  collect(parser.end());
  return { records, errors };
}

/**
 * Streaming variant of `parseSurveyExport` for large files: yields each record and error as soon as its row is
 * complete; memory stays bounded by the longest row. Same results as the whole-text parser for any chunking.
 */
export async function* parseSurveyExportStream(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  format: SurveyExportFormat,
): AsyncGenerator<SurveyParseEvent, void, undefined> {
  let parser: SurveyExportParser;
  try {
    parser = new SurveyExportParser(format);
  } catch (e) {
    yield { type: 'error', error: { line: 1, message: (e as Error).message } };
    return;
  }
  for await (const chunk of chunks) {
    yield* parser.push(chunk);
  }
  yield* parser.end();
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every `ACSCallSurvey` column the kit knows, in the table's order (the CSV writer's default header). */
export const SURVEY_COLUMNS: readonly (keyof SurveyRecord)[] = Object.freeze([
  ...SURVEY_STRING_COLUMNS,
  ...SURVEY_CATEGORIES.flatMap((c) => {
    const cols = CATEGORY_COLUMNS[c];
    return [cols.score, cols.lowerBound, cols.upperBound, cols.threshold, cols.issues];
  }),
]);

/** The CSV header line (with CRLF) for `columns`. */
export function surveyCsvHeader(columns: readonly (keyof SurveyRecord)[] = SURVEY_COLUMNS): string {
  return columns.map((c) => csvCell(c)).join(',') + '\r\n';
}

/** One CSV line (RFC 4180 quoting, CRLF) for a record. */
export function surveyCsvRow(record: SurveyRecord, columns: readonly (keyof SurveyRecord)[] = SURVEY_COLUMNS): string {
  return columns.map((c) => csvCell(record[c])).join(',') + '\r\n';
}

/** Writes records as an RFC 4180 CSV export (header + rows) that `parseSurveyExport(text, 'csv')` reads back. */
export function formatSurveyCsv(
  records: Iterable<SurveyRecord>,
  columns: readonly (keyof SurveyRecord)[] = SURVEY_COLUMNS,
): string {
  let out = surveyCsvHeader(columns);
  for (const r of records) out += surveyCsvRow(r, columns);
  return out;
}
