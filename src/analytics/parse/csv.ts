/**
 * CSV (the portal / Excel export; RFC 4180, lenient about CRLF/LF/CR, BOM stripped by the caller), tokenized on
 * bytes: a row's field boundaries are found with a byte loop (`indexOf` inside quotes), and only the columns that
 * are wanted are decoded (scores straight from their digits, strings with one native UTF-8 slice).
 */
import { emptySurveyRecord } from '../columns.js';
import type { SurveyIntColumn, SurveyRecord } from '../types.js';
import { concatBytes, countLineEnds, decodeUtf8 } from './bytes.js';
import { checkRecord, COLUMN_KIND, missingColumnsMessage, normalizeHeader, setCell, setText } from './fields.js';
import type { ColumnKind } from './fields.js';
import type { ParseSink, Tokenizer, TokenizerOptions } from './types.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/** Field flags. */
const QUOTED = 1;
const ESCAPED = 2;

interface Planned {
  index: number;
  column: string;
  kind: ColumnKind;
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

  constructor(
    private readonly sink: ParseSink,
    options: TokenizerOptions = {},
  ) {
    this.wanted = options.columns ? new Set<string>(options.columns) : undefined;
    this.shared = options.reuseRecord ? emptySurveyRecord() : undefined;
  }

  push(bytes: Uint8Array): void {
    if (this.stopped) return;
    const buf = this.carry ? concatBytes(this.carry, bytes) : bytes;
    const done = this.scan(buf, false);
    this.carry = done < buf.length ? buf.slice(done) : undefined;
  }

  end(): void {
    if (!this.stopped && this.carry) this.scan(this.carry, true);
    this.carry = undefined;
    this.stopped = true;
  }

  /** Consumes complete rows; returns the offset of the first byte not consumed. */
  private scan(buf: Uint8Array, atEnd: boolean): number {
    let p = 0;
    const n = buf.length;
    if (this.pendingCR && n > 0) {
      this.pendingCR = false;
      if (buf[0] === LF) p = 1;
    }
    while (p < n && !this.stopped) {
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

  /** Tokenizes one row starting at `p`; returns the offset after it, or -1 when the buffer ends inside it. */
  private row(buf: Uint8Array, p: number, atEnd: boolean): number {
    const n = buf.length;
    const line = this.line;
    let nf = 0;
    let extraLines = 0;
    for (;;) {
      if (nf === this.starts.length) this.grow();
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
          this.starts[nf] = p + 1;
          this.ends[nf] = close;
          this.flags[nf] = flag;
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
        while (p < n) {
          c = buf[p]!;
          if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
          p++;
        }
        if (p >= n) c = -1;
        if (c === QUOTE) {
          broken = `broken quotes in column ${this.columnName(nf)}: a quote inside an unquoted field (quote the whole field and double inner quotes)`;
        }
        this.starts[nf] = s;
        this.ends[nf] = p;
        this.flags[nf] = 0;
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
    const text = decodeUtf8(buf, this.starts[i]!, this.ends[i]!);
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
    for (let k = 0; k < plan.length; k++) {
      const { index: i, column, kind } = plan[k]!;
      if (kind === 'int') {
        // Fast path: up to three plain digits (every valid score); anything else takes the general rule.
        const s = this.starts[i]!;
        const e = this.ends[i]!;
        const len = e - s;
        if (len === 0) {
          record[column as SurveyIntColumn] = null;
          continue;
        }
        if (len <= 3 && (this.flags[i]! & ESCAPED) === 0) {
          let v = 0;
          let j = s;
          for (; j < e; j++) {
            const d = buf[j]! - 48;
            if (d < 0 || d > 9) break;
            v = v * 10 + d;
          }
          if (j === e && v <= 100) {
            record[column as SurveyIntColumn] = v;
            continue;
          }
        }
        const problem = setCell(record, column, kind, this.text(buf, i));
        if (problem) {
          this.sink.error(line, problem);
          return;
        }
      } else {
        setText(record, column, kind, this.text(buf, i));
      }
    }
    const problem = checkRecord(record);
    if (problem) this.sink.error(line, problem);
    else this.sink.record(record, line);
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
      this.plan.push({ index, column, kind });
    });
  }
}
