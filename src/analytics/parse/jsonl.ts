/**
 * JSON Lines: one JSON value per line — flat `ACSCallSurvey` row objects, Azure Storage diagnostic-setting
 * records (`PT1H.json` blobs: `{ time, resourceId, category, operationName, properties: {…} }`), or one Event
 * Hubs `{ "records": [...] }` message per line. Lines are found on bytes; each line is decoded and parsed alone,
 * so a bad line is reported by its number and the next line is read as usual.
 */
import { concatBytes, decodeUtf8 } from './bytes.js';
import { ObjectRows } from './fields.js';
import { containerValue } from './json.js';
import type { ParseSink, Tokenizer } from './types.js';

export class JsonlTokenizer implements Tokenizer {
  private carry: Uint8Array | undefined;
  private line = 1;
  private pendingCR = false;
  private first = true;
  private stopped = false;
  private readonly rows: ObjectRows;

  constructor(private readonly sink: ParseSink) {
    this.rows = new ObjectRows(sink);
  }

  push(bytes: Uint8Array): void {
    if (this.stopped) return;
    const buf = this.carry ? concatBytes(this.carry, bytes) : bytes;
    this.carry = undefined;
    const n = buf.length;
    let start = 0;
    if (this.pendingCR && n > 0) {
      this.pendingCR = false;
      if (buf[0] === 10) start = 1;
    }
    for (let i = start; i < n; i++) {
      const c = buf[i]!;
      if (c !== 10 && c !== 13) continue;
      this.lineText(buf, start, i);
      if (this.stopped) return;
      this.line++;
      if (c === 13) {
        if (i + 1 < n) {
          if (buf[i + 1] === 10) i++;
        } else this.pendingCR = true;
      }
      start = i + 1;
    }
    if (start < n) this.carry = buf.slice(start);
  }

  end(): void {
    if (!this.stopped && this.carry) this.lineText(this.carry, 0, this.carry.length);
    this.carry = undefined;
    this.stopped = true;
  }

  private lineText(buf: Uint8Array, start: number, end: number): void {
    if (this.rows.stopped) {
      this.stopped = true;
      return;
    }
    let s = start;
    while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
    if (s === end) return;
    const text = decodeUtf8(buf, s, end);
    if (text.trim() === '') return;
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
        this.sink.error(this.line, 'expected one JSON row object per line; this looks like CSV: use format csv or auto');
        this.stopped = true;
        this.sink.stop();
        return;
      }
    }
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
