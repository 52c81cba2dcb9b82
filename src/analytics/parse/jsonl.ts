/**
 * JSON Lines: one JSON value per line — flat `ACSCallSurvey` row objects, Azure Storage diagnostic-setting
 * records (`PT1H.json` blobs: `{ time, resourceId, category, operationName, properties: {…} }`), or one Event
 * Hubs `{ "records": [...] }` message per line. Line ends are found with native byte searches; a diagnostic record,
 * and a flat row after the first, is read straight from its bytes (`records.ts`), any other line is decoded and
 * given to `JSON.parse` alone, so a bad line is reported by its number and the next line is read as usual.
 */
import { concatBytes, decodeUtf8 } from './bytes.js';
import { ObjectRows } from './fields.js';
import { containerValue } from './json.js';
import { RecordScanner } from './records.js';
import type { ParseSink, Tokenizer, TokenizerOptions } from './types.js';

const LF = 10;
const CR = 13;
interface NodeBufferStatics {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array;
}
const nodeBuffer = (globalThis as { Buffer?: NodeBufferStatics }).Buffer;

export class JsonlTokenizer implements Tokenizer {
  private carry: Uint8Array | undefined;
  private line = 1;
  private pendingCR = false;
  private first = true;
  private stopped = false;
  private readonly rows: ObjectRows;
  private readonly scanner: RecordScanner | undefined;

  /** `fast: false` reads every line with `JSON.parse` (the reference the tests compare the scanner with). */
  constructor(
    private readonly sink: ParseSink,
    options: TokenizerOptions = {},
    fast = true,
  ) {
    this.rows = new ObjectRows(sink);
    this.scanner = fast ? new RecordScanner(this.rows, sink, options) : undefined;
  }

  push(bytes: Uint8Array): void {
    if (this.stopped) return;
    this.viewFor = undefined;
    let from = 0;
    if (this.pendingCR && bytes.length > 0) {
      this.pendingCR = false;
      if (bytes[0] === LF) from = 1;
    }
    if (this.carry) {
      // Finish the line cut by the previous chunk on a small joined head, not a copy of the whole chunk.
      const end = this.lineEnd(bytes, from);
      if (end < 0) {
        this.carry = concatBytes(this.carry, from ? bytes.subarray(from) : bytes);
        return;
      }
      const carry = this.carry;
      this.carry = undefined;
      const head = concatBytes(carry, bytes.subarray(from, end));
      this.lineText(head, 0, head.length);
      if (this.stopped) return;
      from = this.afterEnd(bytes, end);
      if (from < 0) return;
    }
    this.lines(bytes, from);
  }

  /**
   * The lines of `bytes` from `from`; the unterminated rest is kept. A line that starts with `{` is first given
   * to the record scanner, which finds its end itself; the others, and lines it leaves, are found with native
   * searches (whose per-call cost is about that of scanning a whole record).
   */
  private lines(bytes: Uint8Array, from: number): void {
    let start = from;
    const n = bytes.length;
    const scanner = this.scanner;
    while (start < n) {
      const tried = scanner !== undefined && !this.first && bytes[start] === 123;
      let end = tried ? scanner.line(bytes, start, n, this.line) : -1;
      if (end < 0) {
        end = this.lineEnd(bytes, start);
        if (end < 0) break;
        this.lineText(bytes, start, end, tried);
        if (this.stopped) return;
      }
      start = this.afterEnd(bytes, end);
      if (start < 0) return;
    }
    if (start < n) this.carry = bytes.slice(start);
  }

  private view: Uint8Array | undefined;
  private viewFor: Uint8Array | undefined;
  /** The next CR known in this chunk (-1: none known), and the offset before which there is none. */
  private nextCR = -1;
  private noCRBefore = 0;

  /** Prepares native searches over `bytes`. */
  private search(bytes: Uint8Array): void {
    if (this.viewFor === bytes) return;
    this.viewFor = bytes;
    this.view = nodeBuffer ? nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
    this.nextCR = -1;
    this.noCRBefore = 0;
  }

  /** The first LF or CR at or after `start`, or -1. A CR is looked for only up to the LF (CR files are rare). */
  private lineEnd(bytes: Uint8Array, start: number): number {
    this.search(bytes);
    const view = this.view!;
    const lf = view.indexOf(LF, start);
    const limit = lf < 0 ? bytes.length : lf;
    if (this.nextCR < start && this.noCRBefore < limit) {
      const from = Math.max(start, this.noCRBefore);
      const r = view.subarray(from, limit).indexOf(CR);
      if (r >= 0) this.nextCR = from + r;
      else this.noCRBefore = limit;
    }
    return this.nextCR >= start && this.nextCR < limit ? this.nextCR : lf;
  }

  /** The offset after the line end at `end` (CRLF counts once); -1 when the chunk ends on a CR. */
  private afterEnd(bytes: Uint8Array, end: number): number {
    this.line++;
    if (bytes[end] === CR) {
      if (end + 1 >= bytes.length) {
        this.pendingCR = true;
        return -1;
      }
      if (bytes[end + 1] === LF) return end + 2;
    }
    return end + 1;
  }

  end(): void {
    if (!this.stopped && this.carry) this.lineText(this.carry, 0, this.carry.length);
    this.carry = undefined;
    this.stopped = true;
  }

  /** One line; `scanned`: the record scanner already left it to the general path. */
  private lineText(buf: Uint8Array, start: number, end: number, scanned = false): void {
    if (this.rows.stopped) {
      this.stopped = true;
      return;
    }
    let s = start;
    while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
    if (s === end) return;
    if (this.first) {
      this.first = false;
      if (buf[s] === 91 /* [ */) {
        this.sink.error(
          this.line,
          'expected one row object per line; this looks like a JSON array of row objects (az monitor log-analytics query): use format json or auto',
        );
        this.stopped = true;
        this.sink.stop();
        return;
      }
      if (buf[s] !== 123 /* { */) {
        if (decodeUtf8(buf, s, end).trim() === '') {
          this.first = true;
          return;
        }
        this.sink.error(this.line, 'expected one JSON row object per line; this looks like CSV: use format csv or auto');
        this.stopped = true;
        this.sink.stop();
        return;
      }
    }
    if (!scanned && buf[s] === 123 && this.scanner?.record(buf, s, end, this.line)) {
      if (this.rows.stopped) this.stopped = true;
      return;
    }
    const text = decodeUtf8(buf, s, end);
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.sink.error(
        this.line,
        `not valid JSON (${(e as Error).message}); each line must be one row object (pretty-printed JSON: use format json or auto)`,
      );
      return;
    }
    containerValue(value, this.line, this.rows, this.sink);
    if (this.rows.stopped) this.stopped = true;
  }
}
