/**
 * JSON exports, scanned on bytes: the `az` CLI's array of row objects, Event Hubs `{ "records": [...] }` messages
 * (one or several, concatenated or one per line) and Log Analytics REST `{ "tables": [{ "columns", "rows" }] }`
 * responses. A byte loop finds each row's extent (tracking strings and nesting); only that slice is decoded and
 * given to `JSON.parse` (a diagnostic-setting record of an Event Hubs message, and an az array's flat row after the
 * first, is read from its bytes by the record scanner, `records.ts`, instead), so memory is bounded by the longest
 * row, and each row keeps the line where it starts.
 */
import { concatBytes, decodeUtf8 } from './bytes.js';
import { missingColumnsMessage, ObjectRows } from './fields.js';
import { RecordScanner } from './records.js';
import type { ParseSink, Tokenizer, TokenizerOptions } from './types.js';

const enum Role {
  RootArray,
  RootObject,
  Records,
  Tables,
  Table,
  Rows,
  OtherObject,
  OtherArray,
}

const enum Capture {
  Row,
  Cells,
  Columns,
}

const NOT_JSON =
  'expected a JSON array of row objects (az monitor log-analytics query), Event Hubs {"records": [...]} messages or a Log Analytics {"tables": [...]} response';

/** Column names of a Log Analytics table's `columns` value, or an error message. */
export function tableColumns(value: unknown): string[] | string {
  if (!Array.isArray(value) || value.some((c) => c === null || typeof c !== 'object' || typeof c.name !== 'string')) {
    return 'a Log Analytics table needs "columns": [{ "name": …, "type": … }, …]';
  }
  return value.map((c: { name: string }) => c.name);
}

/**
 * A whole parsed JSON value that may be an Event Hubs message or a Log Analytics response (used per line by the
 * JSON Lines reader); anything else goes to `rows.value`.
 */
export function containerValue(value: unknown, line: number, rows: ObjectRows, sink: ParseSink): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.records)) {
      v.records.forEach((r, i) => rows.value(r, line, ` (records[${i}])`));
      return;
    }
    if (Array.isArray(v.tables)) {
      v.tables.forEach((t: unknown, ti) => {
        const table = (t ?? {}) as { columns?: unknown; rows?: unknown };
        const columns = tableColumns(table.columns);
        if (typeof columns === 'string') {
          sink.error(line, `${columns} (tables[${ti}])`);
          return;
        }
        const missing = missingColumnsMessage(new Set(columns));
        if (missing) {
          sink.error(1, `${missing} (table columns: ${columns.join(', ')})`);
          rows.stopped = true;
          sink.stop();
          return;
        }
        if (Array.isArray(table.rows)) table.rows.forEach((r, i) => rows.cells(columns, r, line, ` (tables[${ti}].rows[${i}])`));
      });
      return;
    }
  }
  rows.value(value, line);
}

export class JsonTokenizer implements Tokenizer {
  private carry: Uint8Array | undefined;
  /** The buffer `push` joins a carried row and the next chunk in (reused; `carry` is always copied out of it). */
  private work = new Uint8Array(0);
  private line = 1;
  private afterCR = false;
  private stopped = false;
  private readonly roles: Role[] = [];
  private inString = false;
  private escape = false;
  private expectKey = false;
  /** Start of the key being read (only in the root object and in tables), else -1. */
  private keyStart = -1;
  private key = '';
  /** The root object's `{` while its first key decides what it is, else -1. */
  private rootStart = -1;
  private rootFirstKey = false;
  private capLevel = 0;
  private capStart = -1;
  private capLine = 0;
  private capKind = Capture.Row;
  private needComma = false;
  private seen: 'none' | 'array' | 'objects' = 'none';
  private columns: string[] | undefined;
  private columnsProblem = false;
  private readonly rows: ObjectRows;
  private readonly scanner: RecordScanner | undefined;

  /** `fast: false` gives every row to `JSON.parse` (the reference the tests compare the record scanner with). */
  constructor(
    private readonly sink: ParseSink,
    options: TokenizerOptions = {},
    fast = true,
  ) {
    this.rows = new ObjectRows(sink);
    this.scanner = fast ? new RecordScanner(this.rows, sink, options) : undefined;
  }

  private fail(line: number, message: string): void {
    this.sink.error(line, message);
    this.stopped = true;
    this.sink.stop();
  }

  push(bytes: Uint8Array): void {
    if (this.stopped) return;
    const carry = this.carry;
    const from = carry ? carry.length : 0;
    let buf = bytes;
    if (carry && carry.length > 0 && bytes.length > 0) {
      // The unfinished row (or key) and the new chunk, joined in one reused buffer: a fresh array per chunk would
      // leave a chunk's worth of dead bytes behind every time a row straddles two chunks (nearly always), resident
      // until V8's external-memory GC (the az array of 1 M rows: max RSS 131 → 90 MiB).
      const length = carry.length + bytes.length;
      if (this.work.length < length) this.work = new Uint8Array(Math.max(length, this.work.length * 2));
      buf = this.work.subarray(0, length);
      buf.set(carry, 0);
      buf.set(bytes, carry.length);
    } else if (carry) buf = concatBytes(carry, bytes);
    this.carry = undefined;
    this.scan(buf, from);
    if (this.stopped || this.rows.stopped) {
      this.stopped = true;
      return;
    }
    let keep = buf.length;
    if (this.capLevel > 0) keep = Math.min(keep, this.capStart);
    if (this.keyStart >= 0) keep = Math.min(keep, this.keyStart);
    if (this.rootStart >= 0) keep = Math.min(keep, this.rootStart);
    if (keep < buf.length) {
      this.carry = buf.slice(keep);
      if (this.capLevel > 0) this.capStart -= keep;
      if (this.keyStart >= 0) this.keyStart -= keep;
      if (this.rootStart >= 0) this.rootStart -= keep;
    }
  }

  end(): void {
    this.carry = undefined;
    if (this.stopped || this.rows.stopped) return;
    this.stopped = true;
    if (this.seen === 'none') {
      this.sink.error(1, `${NOT_JSON}; the input is empty`);
    } else if (this.capLevel > 0 || this.rootStart >= 0) {
      this.sink.error(
        this.capLevel > 0 ? this.capLine : this.line,
        'truncated JSON: this row object is never closed',
      );
    } else if (this.roles.length > 0) {
      this.sink.error(
        this.line,
        this.roles[0] === Role.RootArray
          ? 'truncated JSON: the array is never closed with "]"'
          : 'truncated JSON: the {"records"/"tables"} object is never closed with "}"',
      );
    }
  }

  private scan(buf: Uint8Array, from: number): void {
    const n = buf.length;
    const roles = this.roles;
    for (let i = from; i < n; i++) {
      const c = buf[i]!;
      if (c === 10) {
        if (!this.afterCR) this.line++;
        this.afterCR = false;
      } else if (c === 13) {
        this.line++;
        this.afterCR = true;
      } else this.afterCR = false;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === 92) this.escape = true;
        else if (c === 34) {
          this.inString = false;
          if (this.keyStart >= 0) {
            this.key = decodeUtf8(buf, this.keyStart, i);
            this.keyStart = -1;
            if (this.rootFirstKey) {
              this.rootFirstKey = false;
              if (this.key !== 'records' && this.key !== 'tables') {
                this.fail(
                  1,
                  `${NOT_JSON}; this looks like JSON Lines (one row object per line, e.g. an Azure Storage PT1H.json blob): use format jsonl or auto`,
                );
                return;
              }
              this.rootStart = -1;
            }
          }
        }
        continue;
      }
      if (this.capLevel > 0) {
        if (c === 34) this.inString = true;
        else if (c === 123 || c === 91) this.capLevel++;
        else if (c === 125 || c === 93) {
          if (--this.capLevel === 0) {
            this.emit(buf, this.capStart, i + 1);
            this.capStart = -1;
            if (this.stopped || this.rows.stopped) {
              this.stopped = true;
              return;
            }
          }
        }
        continue;
      }
      if (c === 32 || c === 9 || c === 10 || c === 13) continue;
      const depth = roles.length;
      if (depth === 0) {
        if (c === 91 && this.seen === 'none') {
          roles.push(Role.RootArray);
          this.seen = 'array';
          this.needComma = false;
          this.expectKey = false;
        } else if (c === 123 && this.seen !== 'array') {
          roles.push(Role.RootObject);
          this.seen = 'objects';
          this.expectKey = true;
          this.rootStart = i;
          this.rootFirstKey = true;
        } else if (this.seen === 'none') {
          this.fail(1, `${NOT_JSON}; this looks like CSV: use format csv or auto`);
          return;
        } else {
          this.fail(this.line, `unexpected text after the end of the JSON ${this.seen === 'array' ? 'array' : 'object'}`);
          return;
        }
        continue;
      }
      const top = roles[depth - 1]!;
      switch (top) {
        case Role.RootArray:
        case Role.Records:
        case Role.Rows:
          if (c === 93) {
            roles.pop();
            this.expectKey = false;
          } else if (c === 44) {
            if (!this.needComma) {
              this.fail(this.line, 'expected a row object in the JSON array');
              return;
            }
            this.needComma = false;
          } else if (c === 123 || c === 91) {
            if (this.needComma) {
              this.fail(this.line, 'expected "," or "]" between row objects in the JSON array');
              return;
            }
            if (c === 123 && top !== Role.Rows && this.scanner) {
              // A diagnostic-setting record or a flat row read from its bytes, its end found by the scanner itself.
              const after = this.scanner.value(buf, i, n, this.line);
              if (after >= 0) {
                this.line += this.scanner.lineEndCount;
                this.afterCR = false;
                this.needComma = true;
                i = after - 1;
                continue;
              }
            }
            this.capLevel = 1;
            this.capStart = i;
            this.capLine = this.line;
            this.capKind = top === Role.Rows ? Capture.Cells : Capture.Row;
          } else {
            this.fail(this.line, 'expected a row object in the JSON array');
            return;
          }
          break;
        case Role.Tables:
        case Role.OtherArray:
          if (c === 93) {
            roles.pop();
            this.expectKey = false;
          } else if (c === 34) this.inString = true;
          else if (c === 123) {
            if (top === Role.Tables) {
              roles.push(Role.Table);
              this.columns = undefined;
              this.columnsProblem = false;
            } else roles.push(Role.OtherObject);
            this.expectKey = true;
          } else if (c === 91) roles.push(Role.OtherArray);
          break;
        default: {
          // Objects walked key by key: the root object, a table, and objects we pass over.
          if (c === 34) {
            this.inString = true;
            if (this.expectKey && top !== Role.OtherObject) this.keyStart = i + 1;
          } else if (c === 58) this.expectKey = false;
          else if (c === 44) this.expectKey = true;
          else if (c === 125) {
            roles.pop();
            this.expectKey = false;
            if (top === Role.RootObject) this.rootStart = -1;
          } else if (c === 123 || c === 91) {
            const key = top === Role.OtherObject ? '' : this.key;
            if (top === Role.Table && key === 'columns') {
              this.capLevel = 1;
              this.capStart = i;
              this.capLine = this.line;
              this.capKind = Capture.Columns;
            } else if (c === 91 && top === Role.RootObject && key === 'records') {
              roles.push(Role.Records);
              this.needComma = false;
            } else if (c === 91 && top === Role.RootObject && key === 'tables') {
              roles.push(Role.Tables);
            } else if (c === 91 && top === Role.Table && key === 'rows') {
              roles.push(Role.Rows);
              this.needComma = false;
            } else {
              roles.push(c === 123 ? Role.OtherObject : Role.OtherArray);
              this.expectKey = c === 123;
            }
          }
        }
      }
    }
  }

  private emit(buf: Uint8Array, start: number, end: number): void {
    const line = this.capLine;
    if (this.capKind === Capture.Row && buf[start] === 123 && this.scanner?.record(buf, start, end, line)) {
      // A diagnostic-setting record (Event Hubs `records[]`) or a flat row, read from its bytes.
      this.needComma = true;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(decodeUtf8(buf, start, end));
    } catch (e) {
      this.sink.error(line, `not valid JSON (${(e as Error).message})`);
      if (this.capKind !== Capture.Columns) this.needComma = true;
      return;
    }
    if (this.capKind === Capture.Row) {
      this.needComma = true;
      this.rows.value(value, line);
    } else if (this.capKind === Capture.Cells) {
      this.needComma = true;
      if (this.columnsProblem) return;
      if (!this.columns) {
        this.columnsProblem = true;
        this.sink.error(line, 'a Log Analytics table must list "columns" before "rows"');
        return;
      }
      this.rows.cells(this.columns, value, line, '');
    } else {
      const columns = tableColumns(value);
      if (typeof columns === 'string') {
        this.columnsProblem = true;
        this.sink.error(line, columns);
        return;
      }
      const missing = missingColumnsMessage(new Set(columns));
      if (missing) {
        this.fail(1, `${missing} (table columns: ${columns.join(', ')})`);
        return;
      }
      this.columns = columns;
    }
  }
}
