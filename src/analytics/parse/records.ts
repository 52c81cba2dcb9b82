/**
 * The fast path of the JSON readers: one diagnostic-setting record (`{ time, resourceId, category, …,
 * properties: { CallId, <P>RatingScore, … } }` — an Azure Storage `PT1H.json` line or an Event Hubs `records[]`
 * element) read straight from its bytes, without `JSON.parse` and without building the object. The scanner
 * validates the whole value as JSON, finds the fields of `DIAGNOSTIC_RECORD_FIELDS` by their bytes, reads scores
 * from their digits and decodes only the strings that are wanted.
 *
 * It accepts only what it can read exactly as `JSON.parse` + `ObjectRows.value` would: anything else (escaped or
 * non-ASCII keys, a repeated field, a score that is not plain digits, a string column given as a number, a value
 * that would be reported as an error, a flat row, invalid JSON, deep nesting) makes it return `false` having
 * delivered nothing, and the caller takes the general path, which produces the records and messages.
 */
import { emptySurveyRecord, SURVEY_INT_COLUMNS, SURVEY_ISSUE_COLUMNS, SURVEY_STRING_COLUMNS } from '../columns.js';
import type { SurveyRecord } from '../types.js';
import { decodeUtf8 } from './bytes.js';
import { assignIntColumns, COLUMN_KIND, DIAGNOSTIC_RECORD_FIELDS, NO_INT, SCORE_COLUMNS, SURVEY_LOG_CATEGORY, setText } from './fields.js';
import type { ColumnKind, ObjectRows } from './fields.js';
import type { ParseSink, TokenizerOptions } from './types.js';

const QUOTE = 34;
const BACKSLASH = 92;
const MAX_DEPTH = 64;

/** A string or issue column the scanner can store: its name and kind. */
const TEXT_COLUMNS: readonly { column: string; kind: ColumnKind }[] = [
  ...SURVEY_STRING_COLUMNS.map((column) => ({ column, kind: 'string' as const })),
  ...SURVEY_ISSUE_COLUMNS.map((column) => ({ column, kind: 'issues' as const })),
];
const TEXT_INDEX = new Map(TEXT_COLUMNS.map((c, i) => [c.column, i]));
const CALL_ID_TEXT = TEXT_INDEX.get('CallId')!;

/** Field codes: >= 0 a text column (`TEXT_COLUMNS` index); `INT_BASE + slot` an int column; else special. */
const INT_BASE = 1000;
const F_CATEGORY = -2;
const F_PROPERTIES = -3;
/** `records` / `tables`: an Event Hubs message or a Log Analytics response, for the general path. */
const F_CONTAINER = -4;

/**
 * Keys → field codes, looked up by a hash of the key's bytes and confirmed byte by byte. `lower`: the table's
 * keys are lower case and a key is matched case-insensitively (ASCII only: the scanner leaves non-ASCII keys
 * to the general path).
 */
class KeyTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: Uint8Array[] = [];
  private readonly codes: number[] = [];

  constructor(entries: readonly (readonly [string, number])[]) {
    let size = 64;
    while (size < entries.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    const encoder = new TextEncoder();
    for (const [key, code] of entries) {
      const bytes = encoder.encode(key);
      let h = 0;
      for (let i = 0; i < bytes.length; i++) h = (Math.imul(h, 31) + bytes[i]!) | 0;
      let s = h & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = this.keys.length;
      this.keys.push(bytes);
      this.codes.push(code);
    }
  }

  /** The code of the key `buf[start, end)` with hash `h`, or `undefined`. `lower`: compare ASCII case-insensitively. */
  find(buf: Uint8Array, start: number, end: number, h: number, lower: boolean): number | undefined {
    const len = end - start;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.slots[s]!;
      if (k < 0) return undefined;
      const key = this.keys[k]!;
      if (key.length !== len) continue;
      let i = 0;
      if (lower) {
        while (i < len) {
          const c = buf[start + i]!;
          if ((c >= 65 && c <= 90 ? c | 32 : c) !== key[i]) break;
          i++;
        }
      } else {
        while (i < len && buf[start + i] === key[i]) i++;
      }
      if (i === len) return this.codes[k];
    }
  }
}

function fieldCode(column: string): number {
  const kind = COLUMN_KIND.get(column);
  if (kind === 'int') return INT_BASE + SURVEY_INT_COLUMNS.indexOf(column as never);
  return TEXT_INDEX.get(column)!;
}

/** Top-level keys, lower case (matched case-insensitively, as `ObjectRows` does). */
const TOP_LOWER = new KeyTable([
  ...Object.entries(DIAGNOSTIC_RECORD_FIELDS.top).map(([key, column]) => [key, fieldCode(column)] as const),
  ['category', F_CATEGORY],
]);
/** Top-level keys matched exactly. */
const TOP_EXACT = new KeyTable([
  ['properties', F_PROPERTIES],
  ['records', F_CONTAINER],
  ['tables', F_CONTAINER],
]);
/** `properties` keys (exact). */
const PROPERTIES = new KeyTable(Object.entries(DIAGNOSTIC_RECORD_FIELDS.properties).map(([key, column]) => [key, fieldCode(column)] as const));
const SCORE_SLOTS = new Set(SCORE_COLUMNS.map((c) => SURVEY_INT_COLUMNS.indexOf(c)));
const IS_SCORE_SLOT = Uint8Array.from(SURVEY_INT_COLUMNS, (_, i) => (SCORE_SLOTS.has(i) ? 1 : 0));
const CALL_SURVEY = new TextEncoder().encode(SURVEY_LOG_CATEGORY.toLowerCase());

/** Whether byte `c` may follow a backslash in a JSON string (`u` checked separately). */
const SIMPLE_ESCAPE = new Uint8Array(128);
for (const c of '"\\/bfnrt') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** Value kinds of a scanned text field. */
const V_NULL = 0;
const V_STRING = 1;
/** A string with escapes: decoded with `JSON.parse` of its slice. */
const V_ESCAPED = 2;
const V_NUMBER = 3;

export class RecordScanner {
  private readonly wantText: Uint8Array;
  private readonly shared: SurveyRecord | undefined;
  private readonly ints = new Int16Array(SURVEY_INT_COLUMNS.length);
  /** Text fields seen in this record: code, value kind, start, end (4 ints each); top-level ones first. */
  private texts = new Int32Array(64);
  private textCount = 0;
  private topTexts = 0;
  /** Bit per field code seen in this record (repeats go to the general path). */
  private readonly seenTop = new Uint8Array(64);
  private readonly seenProps = new Uint8Array(64);
  private readonly topCodes: number[] = [];
  private readonly propCodes: number[] = [];
  private categoryStart = -1;
  private categoryEnd = -1;
  private propertiesSeen = false;
  private scores = 0;
  private callIdSeen = false;
  private p = 0;
  private end = 0;
  private buf: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly rows: ObjectRows,
    private readonly sink: ParseSink,
    options: TokenizerOptions = {},
  ) {
    const wanted = options.columns ? new Set<string>(options.columns) : undefined;
    this.wantText = Uint8Array.from(TEXT_COLUMNS, (c) => (!wanted || wanted.has(c.column) || c.column === 'CallId' ? 1 : 0));
    this.shared = options.reuseRecord ? emptySurveyRecord() : undefined;
  }

  /**
   * Reads `buf[start, end)` (one JSON value, whitespace around it allowed) as a diagnostic record and delivers it
   * (record, checked as `ObjectRows` does, or a skipped category). Returns `false`, having delivered nothing, when
   * the general path must read it.
   */
  record(buf: Uint8Array, start: number, end: number, line: number): boolean {
    this.buf = buf;
    this.end = end;
    this.p = start;
    this.textCount = 0;
    this.topTexts = 0;
    this.categoryStart = -1;
    this.propertiesSeen = false;
    this.scores = 0;
    this.callIdSeen = false;
    this.ints.fill(NO_INT);
    for (const c of this.topCodes) this.seenTop[c & 63] = 0;
    for (const c of this.propCodes) this.seenProps[c & 63] = 0;
    this.topCodes.length = 0;
    this.propCodes.length = 0;
    if (!this.object(true)) return false;
    this.ws();
    if (this.p !== end) return false;
    if (this.categoryStart < 0 || !this.propertiesSeen) return false;
    if (!this.isCallSurvey()) {
      this.sink.skip(decodeUtf8(buf, this.categoryStart, this.categoryEnd), line);
      return true;
    }
    if (!this.callIdSeen || this.scores === 0) return false;
    const record = this.shared ?? emptySurveyRecord();
    if (this.shared) resetRecord(record);
    assignIntColumns(record, this.ints);
    const texts = this.texts;
    for (let i = 0; i < this.textCount; i++) {
      const o = i * 4;
      const code = texts[o]!;
      const kind = texts[o + 1]!;
      if (kind === V_NULL) continue;
      const { column, kind: columnKind } = TEXT_COLUMNS[code]!;
      const text =
        kind === V_STRING ? decodeUtf8(buf, texts[o + 2]!, texts[o + 3]!) : (JSON.parse(decodeUtf8(buf, texts[o + 2]! - 1, texts[o + 3]! + 1)) as string);
      setText(record, column, columnKind, text);
    }
    this.rows.finish(record, line, '');
    return true;
  }

  private isCallSurvey(): boolean {
    const buf = this.buf;
    const start = this.categoryStart;
    if (this.categoryEnd - start !== CALL_SURVEY.length) return false;
    for (let i = 0; i < CALL_SURVEY.length; i++) {
      const c = buf[start + i]!;
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== CALL_SURVEY[i]) return false;
    }
    return true;
  }

  private ws(): void {
    const buf = this.buf;
    let p = this.p;
    while (p < this.end) {
      const c = buf[p]!;
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      p++;
    }
    this.p = p;
  }

  /**
   * The root object (`top`) or `properties`: walks its members, taking the known fields. Returns false for
   * anything the general path must see.
   */
  private object(top: boolean): boolean {
    const buf = this.buf;
    this.ws();
    if (buf[this.p] !== 123) return false;
    this.p++;
    this.ws();
    if (buf[this.p] === 125) {
      this.p++;
      return !top;
    }
    for (;;) {
      if (buf[this.p] !== QUOTE) return false;
      // The key: ASCII without escapes, hashed on the way (lower-cased too at the top level).
      const keyStart = ++this.p;
      let h = 0;
      let hl = 0;
      let p = keyStart;
      const end = this.end;
      for (;;) {
        if (p >= end) return false;
        const c = buf[p]!;
        if (c === QUOTE) break;
        if (c < 0x20 || c >= 0x80 || c === BACKSLASH) return false;
        h = (Math.imul(h, 31) + c) | 0;
        hl = (Math.imul(hl, 31) + (c >= 65 && c <= 90 ? c | 32 : c)) | 0;
        p++;
      }
      const keyEnd = p;
      this.p = p + 1;
      this.ws();
      if (buf[this.p] !== 58) return false;
      this.p++;
      this.ws();
      let code: number | undefined;
      if (top) {
        code = TOP_EXACT.find(buf, keyStart, keyEnd, h, false) ?? TOP_LOWER.find(buf, keyStart, keyEnd, hl, true);
        if (code !== undefined && !this.first(this.seenTop, this.topCodes, code)) return false;
      } else {
        code = PROPERTIES.find(buf, keyStart, keyEnd, h, false);
        if (code !== undefined && !this.first(this.seenProps, this.propCodes, code)) return false;
      }
      if (code === undefined) {
        if (!this.skipValue(1)) return false;
      } else if (code === F_PROPERTIES) {
        if (!this.object(false)) return false;
        this.propertiesSeen = true;
      } else if (code === F_CATEGORY) {
        if (buf[this.p] !== QUOTE) return false;
        const s = this.p + 1;
        if (this.string() !== V_STRING) return false;
        this.categoryStart = s;
        this.categoryEnd = this.p - 1;
      } else if (code === F_CONTAINER) {
        return false;
      } else if (code >= INT_BASE) {
        if (!this.intValue(code - INT_BASE)) return false;
      } else if (!this.textValue(code, top)) return false;
      this.ws();
      const c = buf[this.p];
      if (c === 44) {
        this.p++;
        this.ws();
        continue;
      }
      if (c === 125) {
        this.p++;
        return true;
      }
      return false;
    }
  }

  /** Marks a field seen; false when it was already (a repeated key, or two spellings of one case-insensitive key). */
  private first(seen: Uint8Array, codes: number[], code: number): boolean {
    const bit = (code >= INT_BASE ? code - INT_BASE + 32 : code + 8) & 63;
    if (seen[bit]) return false;
    seen[bit] = 1;
    codes.push(bit);
    return true;
  }

  /** An int column's value: plain digits 0–100, a string of 1–3 digits ≤ 100, "" or null. */
  private intValue(slot: number): boolean {
    const buf = this.buf;
    let p = this.p;
    let c = buf[p]!;
    if (IS_SCORE_SLOT[slot]) this.scores++;
    let n: number;
    const end = this.end;
    if (c >= 48 && c <= 57) {
      n = c - 48;
      p++;
      c = p < end ? buf[p]! : 0;
      if (n === 0) {
        if (c >= 48 && c <= 57) return false;
      } else {
        while (c >= 48 && c <= 57) {
          n = n * 10 + (c - 48);
          if (n > 100) return false;
          p++;
          c = p < end ? buf[p]! : 0;
        }
      }
      if (c === 46 || c === 101 || c === 69) return false;
      this.p = p;
    } else if (c === QUOTE) {
      p++;
      c = buf[p]!;
      if (c === QUOTE) {
        n = NO_INT;
      } else {
        let digits = 0;
        n = 0;
        while (c >= 48 && c <= 57 && digits < 3) {
          n = n * 10 + (c - 48);
          digits++;
          c = buf[++p]!;
        }
        if (digits === 0 || c !== QUOTE || n > 100) return false;
      }
      if (p >= this.end) return false;
      this.p = p + 1;
    } else if (c === 110 && this.literal('null')) {
      n = NO_INT;
    } else return false;
    this.ints[slot] = n;
    return true;
  }

  /** A string or issue column's value: a string (decoded later if wanted), null, or (when not wanted) a number. */
  private textValue(code: number, top: boolean): boolean {
    const buf = this.buf;
    const c = buf[this.p]!;
    let kind: number;
    const start = this.p + 1;
    if (c === QUOTE) {
      kind = this.string();
      if (kind < 0) return false;
    } else if (c === 110 && this.literal('null')) {
      kind = V_NULL;
    } else if (!this.wantText[code] && (c === 45 || (c >= 48 && c <= 57))) {
      if (!this.number()) return false;
      kind = V_NUMBER;
    } else return false;
    if (code === CALL_ID_TEXT && !top) {
      if (kind === V_NULL) return false;
      this.callIdSeen = true;
    }
    if (!this.wantText[code] || kind === V_NUMBER) return true;
    if (kind === V_NULL) return true;
    if (this.textCount * 4 + 4 > this.texts.length) {
      const grown = new Int32Array(this.texts.length * 2);
      grown.set(this.texts);
      this.texts = grown;
    }
    // Top-level texts are applied before the properties' (as `ObjectRows` reads them), wherever they appear.
    const o = this.textCount * 4;
    if (top && this.topTexts < this.textCount) {
      // Keep the top-level ones first: move the first properties entry to the end.
      const t = this.texts;
      const m = this.topTexts * 4;
      t.copyWithin(o, m, m + 4);
      t[m] = code;
      t[m + 1] = kind;
      t[m + 2] = start;
      t[m + 3] = this.p - 1;
    } else {
      const t = this.texts;
      t[o] = code;
      t[o + 1] = kind;
      t[o + 2] = start;
      t[o + 3] = this.p - 1;
    }
    if (top) this.topTexts++;
    this.textCount++;
    return true;
  }

  /** A string at `p` (its opening quote): moves past it; `V_STRING`, `V_ESCAPED`, or -1 when invalid. */
  private string(): number {
    const buf = this.buf;
    const end = this.end;
    let p = this.p + 1;
    let kind = V_STRING;
    for (;;) {
      if (p >= end) return -1;
      const c = buf[p]!;
      if (c === QUOTE) break;
      if (c < 0x20) return -1;
      if (c === BACKSLASH) {
        kind = V_ESCAPED;
        const e = buf[p + 1]!;
        if (e === 117) {
          if (!(HEX[buf[p + 2]!] && HEX[buf[p + 3]!] && HEX[buf[p + 4]!] && HEX[buf[p + 5]!])) return -1;
          p += 6;
        } else if (e < 128 && SIMPLE_ESCAPE[e]) p += 2;
        else return -1;
        continue;
      }
      p++;
    }
    this.p = p + 1;
    return kind;
  }

  private literal(word: 'null' | 'true' | 'false'): boolean {
    const buf = this.buf;
    const p = this.p;
    if (p + word.length > this.end) return false;
    for (let i = 0; i < word.length; i++) if (buf[p + i] !== word.charCodeAt(i)) return false;
    this.p = p + word.length;
    return true;
  }

  /** A JSON number at `p`: moves past it; false when malformed. */
  private number(): boolean {
    const buf = this.buf;
    const end = this.end;
    let p = this.p;
    if (buf[p] === 45) p++;
    if (p >= end) return false;
    if (buf[p] === 48) p++;
    else if (buf[p]! >= 49 && buf[p]! <= 57) while (p < end && buf[p]! >= 48 && buf[p]! <= 57) p++;
    else return false;
    if (p < end && buf[p] === 46) {
      p++;
      const d = p;
      while (p < end && buf[p]! >= 48 && buf[p]! <= 57) p++;
      if (p === d) return false;
    }
    if (p < end && (buf[p] === 101 || buf[p] === 69)) {
      p++;
      if (p < end && (buf[p] === 43 || buf[p] === 45)) p++;
      const d = p;
      while (p < end && buf[p]! >= 48 && buf[p]! <= 57) p++;
      if (p === d) return false;
    }
    this.p = p;
    return true;
  }

  /** Any JSON value at `p` (validated, not kept). */
  private skipValue(depth: number): boolean {
    if (depth > MAX_DEPTH) return false;
    const buf = this.buf;
    if (this.p >= this.end) return false;
    const c = buf[this.p]!;
    if (c === QUOTE) return this.string() >= 0;
    if (c === 123 || c === 91) {
      const close = c === 123 ? 125 : 93;
      this.p++;
      this.ws();
      if (buf[this.p] === close) {
        this.p++;
        return true;
      }
      for (;;) {
        if (c === 123) {
          if (buf[this.p] !== QUOTE || this.string() < 0) return false;
          this.ws();
          if (buf[this.p] !== 58) return false;
          this.p++;
          this.ws();
        }
        if (!this.skipValue(depth + 1)) return false;
        this.ws();
        const d = buf[this.p];
        if (d === 44) {
          this.p++;
          this.ws();
          continue;
        }
        if (d === close) {
          this.p++;
          return true;
        }
        return false;
      }
    }
    if (c === 116) return this.literal('true');
    if (c === 102) return this.literal('false');
    if (c === 110) return this.literal('null');
    return this.number();
  }
}

/** Clears a reused record (every column the scanner writes). */
function resetRecord(r: SurveyRecord): void {
  r.TimeGenerated = null;
  r.CallId = '';
  r.CorrelationId = null;
  r.ParticipantId = null;
  r.SurveyId = null;
  r.OperationName = null;
  r.OperationVersion = null;
  r._ResourceId = null;
  r._SubscriptionId = null;
  r.TenantId = null;
  r.Type = null;
  r.OverallCallIssues = null;
  r.AudioIssues = null;
  r.VideoIssues = null;
  r.ScreenshareIssues = null;
}
