/**
 * CSV (the portal / Excel export; RFC 4180, lenient about CRLF/LF/CR, BOM stripped by the caller), tokenized on
 * bytes: a row's field boundaries are found four bytes at a time (a word with no byte below `-` holds no comma,
 * quote, CR or LF, so long ids and resource paths are skipped a word per step), `indexOf` inside quotes, and only
 * the columns that are wanted are decoded (scores straight from their digits, strings with one native UTF-8 slice).
 */
import { emptySurveyRecord, SURVEY_INT_COLUMNS } from '../columns.js';
import type { SurveyIntColumn, SurveyRecord } from '../types.js';
import { concatBytes, countLineEnds, decodeUtf8 } from './bytes.js';
import { assignIntColumns, checkRecord, COLUMN_KIND, NO_INT, missingColumnsMessage, normalizeHeader, setCell, setText } from './fields.js';
import type { ColumnKind } from './fields.js';
import type { CallIdIndex } from '../distinct.js';
import { GUID_CALL_ID } from './types.js';
import type { ParseSink, Tokenizer, TokenizerOptions } from './types.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** Field flags. */
const QUOTED = 1;
const ESCAPED = 2;
/** Per byte 0x2d (`-`): every delimiter (`,` 0x2c, `"` 0x22, CR, LF) is below it. */
const BELOW_DASH = 0x2d2d2d2d;
const HIGH_BITS = 0x80808080;
const NO_WORDS = new Uint32Array(0);
interface NodeBufferStatics {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array;
}
const nodeBuffer = (globalThis as { Buffer?: NodeBufferStatics }).Buffer;

interface Planned {
  index: number;
  column: string;
  kind: ColumnKind;
  /** For int columns: the position in `SURVEY_INT_COLUMNS` (the cell array `assignIntColumns` reads). */
  slot: number;
  /** The `CallId` column, given to `callIds` as bytes. */
  callId: boolean;
}

export class CsvTokenizer implements Tokenizer {
  private carry: Uint8Array | undefined;
  private pendingCR = false;
  private line = 1;
  private stopped = false;
  private header: string[] | undefined;
  private plan: Planned[] = [];
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private flags = new Uint8Array(64);
  private readonly wanted: ReadonlySet<string> | undefined;
  private readonly shared: SurveyRecord | undefined;
  private readonly callIds: CallIdIndex | undefined;
  private words: Uint32Array = NO_WORDS;
  /** Byte search over the current chunk (Node's native `Buffer#indexOf` when available). */
  private find: (byte: number, from: number) => number = () => -1;
  /** The next quote / CR at or after the current row in this chunk (`Infinity`: none; -1: not yet looked for). */
  private nextQuote = -1;
  private nextCR = -1;
  private readonly ints = new Int16Array(SURVEY_INT_COLUMNS.length);

  constructor(
    private readonly sink: ParseSink,
    options: TokenizerOptions = {},
  ) {
    this.wanted = options.columns ? new Set<string>(options.columns) : undefined;
    this.shared = options.reuseRecord ? emptySurveyRecord() : undefined;
    this.callIds = options.callIds;
  }

  push(bytes: Uint8Array): void {
    if (this.stopped) return;
    let from = 0;
    if (this.carry) {
      // Finish the row cut by the previous chunk on a small joined head (up to this chunk's first LF) instead of
      // copying the whole chunk behind it; a row that runs on (a quoted line break) falls back to the full join.
      const lf = bytes.indexOf(LF);
      const head = lf >= 0 ? concatBytes(this.carry, bytes.subarray(0, lf + 1)) : undefined;
      const done = head ? this.scan(head, false) : 0;
      if (this.stopped) return;
      if (head && done === head.length) {
        from = lf + 1;
      } else {
        const buf = concatBytes(head ? head.subarray(done) : this.carry, head ? bytes.subarray(lf + 1) : bytes);
        const rest = this.scan(buf, false);
        this.carry = rest < buf.length ? buf.slice(rest) : undefined;
        return;
      }
    }
    const done = this.scan(bytes, false, from);
    this.carry = done < bytes.length ? bytes.slice(done) : undefined;
  }

  end(): void {
    if (!this.stopped && this.carry) this.scan(this.carry, true);
    this.carry = undefined;
    this.stopped = true;
  }

  /** Consumes complete rows; returns the offset of the first byte not consumed. */
  private scan(buf: Uint8Array, atEnd: boolean, from = 0): number {
    // A 32-bit view for the word-at-a-time skip (only when the chunk is 4-byte aligned; else bytes only).
    this.words = (buf.byteOffset & 3) === 0 ? new Uint32Array(buf.buffer, buf.byteOffset, buf.length >>> 2) : NO_WORDS;
    const view = nodeBuffer ? nodeBuffer.from(buf.buffer, buf.byteOffset, buf.length) : buf;
    this.find = (byte, from) => view.indexOf(byte, from);
    this.nextQuote = -1;
    this.nextCR = -1;
    let p = from;
    const n = buf.length;
    if (this.pendingCR && n > p) {
      this.pendingCR = false;
      if (buf[p] === LF) p += 1;
    }
    while (p < n && !this.stopped) {
      const fast = this.plainRow(buf, p);
      if (fast >= 0) {
        p = fast;
        continue;
      }
      const next = this.row(buf, p, atEnd);
      if (next < 0) return p;
      p = next;
    }
    return this.stopped ? n : p;
  }

  private columnName(index: number): string {
    return this.header?.[index] ?? `#${index + 1}`;
  }

  /** After a row terminator at `p` (CR or LF): the offset of the next row. */
  private terminate(buf: Uint8Array, p: number, atEnd: boolean): number {
    if (buf[p] === CR) {
      if (p + 1 < buf.length) return buf[p + 1] === LF ? p + 2 : p + 1;
      if (!atEnd) this.pendingCR = true;
    }
    return p + 1;
  }

  /**
   * The common case, a complete row with no quote and no lone CR: its LF is found natively, then only commas
   * split it (four bytes at a time where a word has no byte below 0x2d). Returns the offset after the row, or -1
   * to let `row` handle it (quotes, a lone CR, or no LF in this chunk yet).
   */
  private plainRow(buf: Uint8Array, start: number): number {
    const lf = this.find(LF, start);
    if (lf < 0) return -1;
    if (this.nextQuote < start) {
      const q = this.find(QUOTE, start);
      this.nextQuote = q < 0 ? Infinity : q;
    }
    if (this.nextQuote < lf) return -1;
    if (this.nextCR < start) {
      const r = this.find(CR, start);
      this.nextCR = r < 0 ? Infinity : r;
    }
    let end = lf;
    if (this.nextCR < lf) {
      if (this.nextCR !== lf - 1) return -1;
      end = lf - 1;
    }
    const words = this.words;
    const lastWord = Math.min(words.length, end >>> 2);
    let starts = this.starts;
    let ends = this.ends;
    let nf = 0;
    let p = start;
    for (;;) {
      if (nf === starts.length) {
        this.grow();
        ({ starts, ends } = this);
      }
      const s = p;
      for (;;) {
        if ((p & 3) === 0) {
          let w = p >>> 2;
          while (w < lastWord) {
            const x = words[w]!;
            if (((x - BELOW_DASH) & ~x & HIGH_BITS) !== 0) break;
            w++;
          }
          if (w << 2 > p) p = w << 2;
        }
        if (p >= end || buf[p] === COMMA) break;
        p++;
      }
      starts[nf] = s;
      ends[nf] = p;
      this.flags[nf] = 0;
      nf++;
      if (p >= end) break;
      p++;
    }
    const line = this.line;
    this.complete(buf, nf, line);
    this.line = line + 1;
    return lf + 1;
  }

  /** Tokenizes one row starting at `p`; returns the offset after it, or -1 when the buffer ends inside it. */
  private row(buf: Uint8Array, p: number, atEnd: boolean): number {
    const n = buf.length;
    const line = this.line;
    let nf = 0;
    let extraLines = 0;
    const words = this.words;
    const m = words.length;
    let starts = this.starts;
    let ends = this.ends;
    let flags = this.flags;
    for (;;) {
      if (nf === starts.length) {
        this.grow();
        ({ starts, ends, flags } = this);
      }
      let c = p < n ? buf[p]! : -1;
      let broken: string | undefined;
      if (c === QUOTE) {
        let q = p + 1;
        let flag = QUOTED;
        for (;;) {
          const close = buf.indexOf(QUOTE, q);
          if (close < 0) {
            if (!atEnd) return -1;
            this.sink.error(line, `broken quotes in column ${this.columnName(nf)}: a quoted field is never closed`);
            return n;
          }
          if (close + 1 >= n && !atEnd) return -1;
          if (buf[close + 1] === QUOTE) {
            flag |= ESCAPED;
            q = close + 2;
            continue;
          }
          starts[nf] = p + 1;
          ends[nf] = close;
          flags[nf] = flag;
          extraLines += countLineEnds(buf, p + 1, close);
          p = close + 1;
          break;
        }
        c = p < n ? buf[p]! : -1;
        if (c !== COMMA && c !== LF && c !== CR && c !== -1) {
          broken = `broken quotes in column ${this.columnName(nf)}: text after a closing quote (double quotes inside a quoted field)`;
        }
      } else {
        const s = p;
        for (;;) {
          if ((p & 3) === 0) {
            // Aligned: skip whole words with no byte below 0x2d (exact: a word is skipped only if it has none).
            let w = p >>> 2;
            while (w < m) {
              const x = words[w]!;
              if (((x - BELOW_DASH) & ~x & HIGH_BITS) !== 0) break;
              w++;
            }
            if (w << 2 > p) p = w << 2;
          }
          if (p >= n) break;
          c = buf[p]!;
          if (c < 0x2d && (c === COMMA || c === LF || c === CR || c === QUOTE)) break;
          p++;
        }
        if (p >= n) c = -1;
        if (c === QUOTE) {
          broken = `broken quotes in column ${this.columnName(nf)}: a quote inside an unquoted field (quote the whole field and double inner quotes)`;
        }
        starts[nf] = s;
        ends[nf] = p;
        flags[nf] = 0;
      }
      nf++;
      if (broken !== undefined) {
        let e = p;
        while (e < n && buf[e] !== LF && buf[e] !== CR) e++;
        if (e >= n && !atEnd) return -1;
        this.sink.error(line, broken);
        this.line += 1 + extraLines;
        return e >= n ? n : this.terminate(buf, e, atEnd);
      }
      if (c === COMMA) {
        p++;
        continue;
      }
      if (c === -1) {
        if (!atEnd) return -1;
        this.complete(buf, nf, line);
        return n;
      }
      this.complete(buf, nf, line);
      this.line += 1 + extraLines;
      return this.terminate(buf, p, atEnd);
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  private text(buf: Uint8Array, i: number): string {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (start === end) return '';
    const text = decodeUtf8(buf, start, end);
    return this.flags[i]! & ESCAPED ? text.replace(/""/g, '"') : text;
  }

  private complete(buf: Uint8Array, nf: number, line: number): void {
    if (this.stopped) return;
    if (nf === 1 && this.text(buf, 0).trim() === '') return; // a blank line
    const header = this.header;
    if (!header) {
      this.readHeader(buf, nf);
      return;
    }
    if (nf !== header.length) {
      this.sink.error(
        line,
        nf < header.length
          ? `truncated row: ${nf} fields, the header has ${header.length} (missing ${header.slice(nf).join(', ')})`
          : `${nf} fields, the header has ${header.length}`,
      );
      return;
    }
    const record = this.shared ?? emptySurveyRecord();
    const plan = this.plan;
    const ints = this.ints.fill(NO_INT);
    let guid = false;
    for (let k = 0; k < plan.length; k++) {
      const { index: i, column, kind, slot, callId } = plan[k]!;
      if (kind === 'int') {
        // Fast path: up to three plain digits (every valid score); anything else takes the general rule.
        const s = this.starts[i]!;
        const e = this.ends[i]!;
        const len = e - s;
        if (len === 0) continue;
        if (len <= 3 && (this.flags[i]! & ESCAPED) === 0) {
          let v = 0;
          let j = s;
          for (; j < e; j++) {
            const d = buf[j]! - 48;
            if (d < 0 || d > 9) break;
            v = v * 10 + d;
          }
          if (j === e && v <= 100) {
            ints[slot] = v;
            continue;
          }
        }
        const problem = setCell(record, column, kind, this.text(buf, i));
        if (problem) {
          this.sink.error(line, problem);
          return;
        }
        ints[slot] = record[column as SurveyIntColumn] ?? NO_INT;
      } else if (callId) {
        // A GUID (never blank) is looked up from its bytes below, once the row is valid.
        guid = (this.flags[i]! & ESCAPED) === 0 && this.callIds!.parseBytes(buf, this.starts[i]!, this.ends[i]!);
        if (guid) record.CallId = GUID_CALL_ID;
        else setText(record, column, kind, this.text(buf, i));
      } else {
        setText(record, column, kind, this.text(buf, i));
      }
    }
    assignIntColumns(record, ints);
    const problem = checkRecord(record);
    if (problem) this.sink.error(line, problem);
    else this.sink.record(record, line, guid ? this.callIds!.commitParsed() : undefined);
  }

  private readHeader(buf: Uint8Array, nf: number): void {
    const header: string[] = [];
    for (let i = 0; i < nf; i++) header.push(normalizeHeader(this.text(buf, i)));
    const problem = missingColumnsMessage(new Set(header));
    if (problem) {
      this.sink.error(1, `${problem} (header: ${header.join(', ')})`);
      this.stopped = true;
      this.sink.stop();
      return;
    }
    this.header = header;
    this.plan = [];
    header.forEach((column, index) => {
      const kind = COLUMN_KIND.get(column);
      if (!kind) return;
      if (this.wanted && !this.wanted.has(column)) return;
      this.plan.push({
        index,
        column,
        kind,
        slot: kind === 'int' ? SURVEY_INT_COLUMNS.indexOf(column as SurveyIntColumn) : -1,
        callId: column === 'CallId' && this.callIds !== undefined,
      });
    });
  }
}
