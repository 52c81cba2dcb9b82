/**
 * The fast path of the JSON readers: one diagnostic-setting record (`{ time, resourceId, category, …,
 * properties: { CallId, <P>RatingScore, … } }` — an Azure Storage `PT1H.json` line or an Event Hubs `records[]`
 * element) or one flat `ACSCallSurvey` row (`{ TimeGenerated, CallId, OverallRatingScore, …, TenantId, Type }` — a
 * JSON Lines row or an `az monitor log-analytics query` array element, after the first row, whose keys the general
 * path checks) read straight from its bytes, without `JSON.parse` and without building the object. The scanner
 * validates the whole value as JSON, finds the fields of `DIAGNOSTIC_RECORD_FIELDS` (a flat row's columns: each
 * distinct key's bytes resolved once through `normalizeHeader`, as `ObjectRows.value` names them, then cached) by
 * their bytes, reads scores from their digits and decodes only the strings that are wanted.
 *
 * It accepts only what it can read exactly as `JSON.parse` + `ObjectRows.value` would: anything else (escaped or
 * non-ASCII keys of a record, escaped keys of a flat row, a repeated field or column, a flat row without the exact
 * key `CallId` or with `properties` / `records` / `tables`, a score that is not plain digits, a string column given
 * as a number, a value that would be reported as an error, invalid JSON, deep nesting) makes it return `false` having
 * delivered nothing, and the caller takes the general path, which produces the records and messages.
 */
import { emptySurveyRecord, SURVEY_INT_COLUMNS, SURVEY_ISSUE_COLUMNS, SURVEY_STRING_COLUMNS } from '../columns.js';
import type { SurveyRecord } from '../types.js';
import { decodeUtf8 } from './bytes.js';
import {
  assignIntColumns,
  COLUMN_KIND,
  DIAGNOSTIC_RECORD_FIELDS,
  NO_INT,
  normalizeHeader,
  SCORE_COLUMNS,
  SURVEY_LOG_CATEGORY,
  setText,
} from './fields.js';
import type { ColumnKind, ObjectRows } from './fields.js';
import type { CallIdIndex } from '../distinct.js';
import { GUID_CALL_ID } from './types.js';
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
/**
 * `records` / `tables` (an Event Hubs message or a Log Analytics response) and a top-level `CallId` (a flat row):
 * left to the general path at once.
 */
const F_CONTAINER = -4;
/** A flat row's exact `CallId` key (`ObjectRows` requires it, whatever other keys name the column). */
const F_CALL_ID_KEY = -5;
const NO_FIELD = -100;
const EMPTY_INTS = new Int16Array(SURVEY_INT_COLUMNS.length).fill(NO_INT);

/**
 * A hash of a key from its length and a few of its bytes (ASCII lower-cased when `lower`); the table confirms a
 * match byte by byte, so collisions only cost a comparison.
 */
function keyHash(buf: Uint8Array, s: number, e: number, lower: boolean): number {
  const len = e - s;
  if (len === 0) return 0;
  let a = buf[s]!;
  let b = buf[e - 1]!;
  let c = buf[len > 10 ? e - 10 : s]!;
  let d = buf[s + (len >> 1)]!;
  if (lower) {
    a |= a >= 65 && a <= 90 ? 32 : 0;
    b |= b >= 65 && b <= 90 ? 32 : 0;
    c |= c >= 65 && c <= 90 ? 32 : 0;
    d |= d >= 65 && d <= 90 ? 32 : 0;
  }
  return (Math.imul(Math.imul(Math.imul(Math.imul(len, 31) + a, 31) + b, 31) + c, 31) + d) | 0;
}

/** A key of a table: its bytes followed by `":`, its field code, those bytes as 32-bit words. */
interface KeyEntry {
  /** The key, its closing quote and the colon (what follows a key of a compact record). */
  readonly bytes: Uint8Array;
  readonly keyLength: number;
  readonly code: number;
  readonly lower: boolean;
  /**
   * The bytes four at a time (little-endian), the last word being the last four bytes (overlapping the one
   * before), so a key of four bytes or more is compared in `ceil(length / 4)` unaligned word reads.
   */
  readonly words: Int32Array;
  /** Per word, 0x20 in the bytes that are letters of a lower-case entry (OR-ed into the input before comparing). */
  readonly folds: Int32Array;
}
/** Every key of every table, by id. */
const ENTRIES: KeyEntry[] = [];

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function keyEntry(key: string, code: number, lower: boolean): number {
  ENTRIES.push(makeEntry(new TextEncoder().encode(key + '":'), code, lower));
  return ENTRIES.length - 1;
}

/** The entry of `bytes` (a key followed by `":`). */
function makeEntry(bytes: Uint8Array, code: number, lower: boolean): KeyEntry {
  const n = bytes.length < 4 ? 0 : Math.ceil(bytes.length / 4);
  const at = (j: number): number => (j === n - 1 ? bytes.length - 4 : j * 4);
  const pack = (byte: (c: number) => number): Int32Array =>
    Int32Array.from({ length: n }, (_, j) => {
      const o = at(j);
      return byte(bytes[o]!) | (byte(bytes[o + 1]!) << 8) | (byte(bytes[o + 2]!) << 16) | (byte(bytes[o + 3]!) << 24);
    });
  return {
    bytes,
    keyLength: bytes.length - 2,
    code,
    lower,
    words: pack((c) => c),
    folds: pack((c) => (lower && isLetter(c) ? 32 : 0)),
  };
}

/** ASCII lower case of byte `c`. */
const fold = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/**
 * Whether the key at `s` is `entry`, followed by `":` (ASCII case-insensitively for a lower-case entry), compared
 * four bytes at a time: a byte B matches the lower-case letter L when B | 0x20 === L, i.e. B is
 * L or its upper case.
 */
function keyAt(entry: KeyEntry, buf: Uint8Array, dv: DataView, s: number, end: number): boolean {
  const k = entry.bytes;
  const len = k.length;
  if (s + len > end) return false;
  const w = entry.words;
  const n = w.length;
  if (n === 0) {
    for (let i = 0; i < len; i++) if ((entry.lower ? fold(buf[s + i]!) : buf[s + i]) !== k[i]) return false;
    return true;
  }
  const f = entry.folds;
  for (let j = 0; j < n - 1; j++) if ((dv.getInt32(s + j * 4, true) | f[j]!) !== w[j]) return false;
  return (dv.getInt32(s + len - 4, true) | f[n - 1]!) === w[n - 1];
}

/**
 * Keys → entries (`ENTRIES` ids), looked up by `keyHash` and confirmed byte by byte. A table built `lower` holds
 * lower-case keys and matches ASCII case-insensitively.
 */
class KeyTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    entries: readonly (readonly [string, number])[],
    private readonly lower: boolean,
  ) {
    let size = 64;
    while (size < entries.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    const encoder = new TextEncoder();
    for (const [key, code] of entries) {
      const bytes = encoder.encode(key);
      let s = keyHash(bytes, 0, bytes.length, lower) & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = keyEntry(key, code, lower);
    }
  }

  /** The entry of the key `buf[start, end)` (`end`: its closing quote), or -1. */
  find(buf: Uint8Array, start: number, end: number): number {
    const len = end - start;
    const lower = this.lower;
    for (let s = keyHash(buf, start, end, lower) & this.mask; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]!;
      if (id < 0) return -1;
      const entry = ENTRIES[id]!;
      if (entry.keyLength !== len) continue;
      const k = entry.bytes;
      let i = 0;
      while (i < len && (lower ? fold(buf[start + i]!) : buf[start + i]) === k[i]) i++;
      if (i === len) return id;
    }
  }
}

function fieldCode(column: string): number {
  const kind = COLUMN_KIND.get(column);
  if (kind === 'int') return INT_BASE + SURVEY_INT_COLUMNS.indexOf(column as never);
  return TEXT_INDEX.get(column)!;
}

/** Top-level keys, lower case (matched case-insensitively, as `ObjectRows` does). */
const TOP_LOWER = new KeyTable(
  [...Object.entries(DIAGNOSTIC_RECORD_FIELDS.top).map(([key, column]) => [key, fieldCode(column)] as const), ['category', F_CATEGORY]],
  true,
);
/** Top-level keys matched exactly. */
const TOP_EXACT = new KeyTable(
  [
    ['properties', F_PROPERTIES],
    ['records', F_CONTAINER],
    ['tables', F_CONTAINER],
    ['CallId', F_CONTAINER],
  ],
  false,
);
/** `properties` keys (exact). */
const PROPERTIES = new KeyTable(
  Object.entries(DIAGNOSTIC_RECORD_FIELDS.properties).map(([key, column]) => [key, fieldCode(column)] as const),
  false,
);
const AFTER_UNKNOWN = ENTRIES.length + 1;

/** At most this many distinct keys of flat rows are remembered (the others are resolved each time). */
const MAX_FLAT_KEYS = 1024;
const AFTER_UNCACHED = MAX_FLAT_KEYS + 1;

/**
 * The field code of a flat row's key, as `ObjectRows.value` treats it: `normalizeHeader`, then a column or nothing.
 * `properties`, `records` and `tables` (a diagnostic record, an Event Hubs message, a Log Analytics response) are
 * left to the general path.
 */
function flatCode(key: string): number {
  if (key === 'properties' || key === 'records' || key === 'tables') return F_CONTAINER;
  if (key === 'CallId') return F_CALL_ID_KEY;
  const column = normalizeHeader(key);
  return COLUMN_KIND.has(column) ? fieldCode(column) : NO_FIELD;
}

/**
 * The keys of flat rows met so far (their bytes, without escapes), each resolved once through `flatCode`; found by
 * `keyHash` and confirmed byte by byte, like `KeyTable`, but filled as keys come.
 */
class FlatKeys {
  readonly entries: KeyEntry[] = [];
  /** Per entry: its field code, its bytes' length (with `":`), where its words start in `words` (and end: id + 1). */
  readonly code = new Int32Array(MAX_FLAT_KEYS);
  readonly length = new Int32Array(MAX_FLAT_KEYS);
  readonly wordStart = new Int32Array(MAX_FLAT_KEYS + 1);
  /** Every entry's `KeyEntry.words`, one after the other (a key shorter than four bytes with `":` has none). */
  words = new Int32Array(256);
  private slots = new Int32Array(64).fill(-1);
  private mask = 63;

  /** The entry id of the key `buf[start, end)` (`end`: its closing quote), added if new; -1 when the table is full. */
  find(buf: Uint8Array, start: number, end: number): number {
    const len = end - start;
    let s = keyHash(buf, start, end, false) & this.mask;
    for (; ; s = (s + 1) & this.mask) {
      const id = this.slots[s]!;
      if (id < 0) break;
      const entry = this.entries[id]!;
      if (entry.keyLength !== len) continue;
      const k = entry.bytes;
      let i = 0;
      while (i < len && buf[start + i] === k[i]) i++;
      if (i === len) return id;
    }
    if (this.entries.length >= MAX_FLAT_KEYS) return -1;
    const bytes = new Uint8Array(len + 2);
    bytes.set(buf.subarray(start, end));
    bytes[len] = QUOTE;
    bytes[len + 1] = 58;
    const entry = makeEntry(bytes, flatCode(decodeUtf8(buf, start, end)), false);
    const id = this.entries.length;
    this.entries.push(entry);
    this.slots[s] = id;
    this.code[id] = entry.code;
    this.length[id] = bytes.length;
    const from = this.wordStart[id]!;
    if (from + entry.words.length > this.words.length) {
      const grown = new Int32Array(Math.max(this.words.length * 2, from + entry.words.length));
      grown.set(this.words);
      this.words = grown;
    }
    this.words.set(entry.words, from);
    this.wordStart[id + 1] = from + entry.words.length;
    if (this.entries.length * 2 > this.slots.length) this.grow();
    return this.entries.length - 1;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.entries.forEach((e, id) => {
      let s = keyHash(e.bytes, 0, e.keyLength, false) & this.mask;
      while (this.slots[s]! >= 0) s = (s + 1) & this.mask;
      this.slots[s] = id;
    });
  }
}
const ENTRY_BYTES = Int32Array.from(ENTRIES, (e) => e.bytes.length);
const ENTRY_CODE = Int32Array.from(ENTRIES, (e) => e.code);
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

/** Per byte 0x23 / 0x01 / `\\` and the high bits, for the four-bytes-at-a-time string scan. */
const BELOW = 0x23232323;
const ONES = 0x01010101;
const HIGH_BITS = 0x80808080 | 0;
const BACKSLASHES = 0x5c5c5c5c;

/** Set by `stringEnd`: the string just scanned has a backslash escape. */
let escaped = false;

/**
 * The closing quote of the JSON string whose content starts at `p`, or -1 when it is not valid JSON (a control
 * character, a bad escape, no closing quote before `end`). `dv` views `buf`: eight bytes with no byte below 0x23
 * (control characters, space, `!`, `"`) and no `\` are skipped in one step, else the scan moves to the first such
 * byte; a space or `!` is stepped over.
 */
function stringEnd(buf: Uint8Array, dv: DataView, p: number, end: number): number {
  escaped = false;
  for (;;) {
    while (p + 8 <= end) {
      // A byte below 0x23 sets its high bit in `w - BELOW`, a `\\` in `(w ^ BACKSLASHES) - ONES`; `& ~w` drops bytes
      // >= 0x80 (the high bit of `~(w ^ BACKSLASHES)` is that of `~w`, so one mask serves both). A borrow can flag
      // a byte above a flagged one only, so the lowest flag is the first such byte: the scan goes straight to it.
      const x = dv.getInt32(p, true);
      let m = ((x - BELOW) | ((x ^ BACKSLASHES) - ONES)) & ~x & HIGH_BITS;
      if (m === 0) {
        const y = dv.getInt32(p + 4, true);
        m = ((y - BELOW) | ((y ^ BACKSLASHES) - ONES)) & ~y & HIGH_BITS;
        if (m === 0) {
          p += 8;
          continue;
        }
        p += 4;
      }
      p += (31 - Math.clz32(m & -m)) >> 3;
      break;
    }
    if (p >= end) return -1;
    const c = buf[p]!;
    if (c === QUOTE) return p;
    if (c < 0x20) return -1;
    if (c === BACKSLASH) {
      escaped = true;
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
}

/** What may follow the record: whitespace to `end`; whitespace and a CR or LF; anything (the caller checks). */
const TO_END = 0;
const TO_LINE_END = 1;
const TO_OBJECT_END = 2;

/** Whether CR and LF are whitespace (inside a JSON document) or line ends (JSON Lines: the scanner stops there). */
let crlfIsSpace = true;
/**
 * The line ends in the value just read (CRLF, LF and CR each count once; they can only be whitespace between its
 * tokens, as strings cannot hold one), counted as the whitespace is skipped.
 */
let lineEnds = 0;

/**
 * The first byte at or after `p` that is not JSON whitespace (or `end`). A run of whitespace is always skipped in
 * one call, so a CRLF in it is seen whole (an LF right after a CR is no new line).
 */
function skipWs(buf: Uint8Array, p: number, end: number): number {
  while (p < end) {
    const c = buf[p]!;
    if (c === 10) {
      if (!crlfIsSpace) break;
      if (buf[p - 1] !== 13) lineEnds++;
    } else if (c === 13) {
      if (!crlfIsSpace) break;
      lineEnds++;
    } else if (c !== 32 && c !== 9) break;
    p++;
  }
  return p;
}

/** After a member's key (`p`: the byte after its closing quote): the offset after its `:`, or -1. */
function colonEnd(buf: Uint8Array, p: number, end: number): number {
  if (buf[p] !== 58) {
    p = skipWs(buf, p, end);
    if (buf[p] !== 58) return -1;
  }
  return p + 1;
}

/**
 * After a member's or an element's value (`p`: the byte after it): the offset of the `,` or of `close` (`}` or `]`)
 * that follows, whitespace skipped, or -1 for anything else.
 */
function separatorAt(buf: Uint8Array, p: number, end: number, close: number): number {
  if (buf[p]! <= 32) p = skipWs(buf, p, end);
  const c = buf[p];
  return c === 44 || c === close ? p : -1;
}

/** The end of a JSON number at `p`, or -1 when malformed. */
function numberEnd(buf: Uint8Array, p: number, end: number): number {
  if (buf[p] === 45) p++;
  if (p >= end) return -1;
  if (buf[p] === 48) p++;
  else if (buf[p]! >= 49 && buf[p]! <= 57) while (p < end && buf[p]! >= 48 && buf[p]! <= 57) p++;
  else return -1;
  if (p < end && buf[p] === 46) {
    p++;
    const d = p;
    while (p < end && buf[p]! >= 48 && buf[p]! <= 57) p++;
    if (p === d) return -1;
  }
  if (p < end && (buf[p] === 101 || buf[p] === 69)) {
    p++;
    if (p < end && (buf[p] === 43 || buf[p] === 45)) p++;
    const d = p;
    while (p < end && buf[p]! >= 48 && buf[p]! <= 57) p++;
    if (p === d) return -1;
  }
  return p;
}

const NULL = [110, 117, 108, 108];
const TRUE = [116, 114, 117, 101];
const FALSE = [102, 97, 108, 115, 101];

/** The end of the literal `word` at `p`, or -1. */
function literalEnd(buf: Uint8Array, p: number, end: number, word: readonly number[]): number {
  if (p + word.length > end) return -1;
  for (let i = 0; i < word.length; i++) if (buf[p + i] !== word[i]) return -1;
  return p + word.length;
}

/**
 * The bit of a field code in a record's seen-mask (top level: text codes and specials; properties and flat rows:
 * text and ints, the ints after the text columns).
 */
function fieldBit(code: number): number {
  const texts = TEXT_COLUMNS.length;
  return 1 << (code >= INT_BASE ? code - INT_BASE + texts : code >= 0 ? code : texts - 1 - code);
}

export class RecordScanner {
  private readonly wantText: Uint8Array;
  private readonly shared: SurveyRecord | undefined;
  private readonly callIds: CallIdIndex | undefined;
  private readonly ints = new Int16Array(SURVEY_INT_COLUMNS.length);
  /** Text fields seen in this record: code, value kind, start, end (4 ints each); top-level ones first. */
  private texts = new Int32Array(64);
  private textCount = 0;
  private topTexts = 0;
  private categoryStart = -1;
  private categoryEnd = -1;
  private propertiesSeen = false;
  private scores = 0;
  private callIdSeen = false;
  private end = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private dv: DataView = new DataView(new ArrayBuffer(0));
  /** Per key entry + 1 (0: the object's start; `AFTER_UNKNOWN`): the entry that followed it last time, or -1. */
  private readonly succTop = new Int16Array(ENTRIES.length + 2).fill(-1);
  private readonly succProps = new Int16Array(ENTRIES.length + 2).fill(-1);
  /** Flat rows: their keys, and per key entry + 1 (0: the row's start; `AFTER_UNCACHED`) the entry after it. */
  private readonly flatKeys = new FlatKeys();
  private readonly succFlat = new Int16Array(MAX_FLAT_KEYS + 2).fill(-1);
  /** The last value read was a flat row: the next is tried as one first. */
  private flatFirst = false;

  constructor(
    private readonly rows: ObjectRows,
    private readonly sink: ParseSink,
    options: TokenizerOptions = {},
  ) {
    const wanted = options.columns ? new Set<string>(options.columns) : undefined;
    this.wantText = Uint8Array.from(TEXT_COLUMNS, (c) => (!wanted || wanted.has(c.column) || c.column === 'CallId' ? 1 : 0));
    this.shared = options.reuseRecord ? emptySurveyRecord() : undefined;
    this.callIds = options.callIds;
  }

  /**
   * Reads `buf[start, end)` (one JSON value, whitespace around it allowed) as a diagnostic record and delivers it
   * (record, checked as `ObjectRows` does, or a skipped category). Returns `false`, having delivered nothing, when
   * the general path must read it.
   */
  record(buf: Uint8Array, start: number, end: number, line: number): boolean {
    crlfIsSpace = true;
    return this.any(buf, start, end, line, TO_END) >= 0;
  }

  /**
   * JSON Lines: reads the line starting at `start` (its end not yet known; `end` bounds the chunk) as a diagnostic
   * record, which must be followed by spaces or tabs and a CR or LF. Delivers it and returns the offset of that
   * line end, or returns -1 having delivered nothing (the caller finds the line end and takes the general path).
   * CR and LF are not whitespace here, so the scan never runs past the line.
   */
  line(buf: Uint8Array, start: number, end: number, line: number): number {
    crlfIsSpace = false;
    return this.any(buf, start, end, line, TO_LINE_END);
  }

  /**
   * A JSON document's row object starting at `start` (`end` bounds the chunk): reads it as a diagnostic record,
   * delivers it and returns the offset after its `}`, or returns -1 having delivered nothing.
   */
  value(buf: Uint8Array, start: number, end: number, line: number): number {
    crlfIsSpace = true;
    return this.any(buf, start, end, line, TO_OBJECT_END);
  }

  /**
   * The line ends (CRLF, LF or CR) inside the last value read, when it starts with its `{` (as `countLineEnds` of
   * its bytes would count them).
   */
  get lineEndCount(): number {
    return lineEnds;
  }

  /**
   * A diagnostic record or a flat row, whichever the previous value was tried as first (each reader accepts only
   * what it reads exactly, so the order changes nothing but the time).
   */
  private any(buf: Uint8Array, start: number, end: number, line: number, mode: number): number {
    if (this.flatFirst) {
      const p = this.readFlat(buf, start, end, line, mode);
      if (p >= 0) return p;
      const q = this.read(buf, start, end, line, mode);
      if (q >= 0) this.flatFirst = false;
      return q;
    }
    const p = this.read(buf, start, end, line, mode);
    if (p >= 0) return p;
    const q = this.readFlat(buf, start, end, line, mode);
    if (q >= 0) this.flatFirst = true;
    return q;
  }

  private reset(buf: Uint8Array, end: number): void {
    lineEnds = 0;
    if (buf !== this.buf) {
      this.buf = buf;
      this.dv = new DataView(buf.buffer, buf.byteOffset, buf.length);
    }
    this.end = end;
    this.textCount = 0;
    this.topTexts = 0;
    this.ints.set(EMPTY_INTS);
  }

  /** Checks what follows the value ending at `p` (see `TO_END` …): the offset to return, or -1. */
  private after(p: number, mode: number): number {
    if (mode === TO_OBJECT_END) return p;
    const buf = this.buf;
    p = skipWs(buf, p, this.end);
    if (mode === TO_LINE_END ? p >= this.end || (buf[p] !== 10 && buf[p] !== 13) : p !== this.end) return -1;
    return p;
  }

  private read(buf: Uint8Array, start: number, end: number, line: number, mode: number): number {
    this.reset(buf, end);
    this.categoryStart = -1;
    this.propertiesSeen = false;
    this.scores = 0;
    this.callIdSeen = false;
    let p = this.object(skipWs(buf, start, end), true);
    if (p < 0) return -1;
    p = this.after(p, mode);
    if (p < 0) return -1;
    if (this.categoryStart < 0 || !this.propertiesSeen) return -1;
    if (!this.isCallSurvey()) {
      this.sink.skip(decodeUtf8(buf, this.categoryStart, this.categoryEnd), line);
      return p;
    }
    if (!this.callIdSeen || this.scores === 0) return -1;
    this.deliver(line);
    return p;
  }

  /**
   * A flat row (`ObjectRows.value` after the first row's columns check): every key through `normalizeHeader`, each
   * column at most once, the exact key `CallId` present and not null.
   */
  private readFlat(buf: Uint8Array, start: number, end: number, line: number, mode: number): number {
    if (!this.rows.columnsChecked || this.rows.stopped) return -1;
    this.reset(buf, end);
    let p = this.flatObject(skipWs(buf, start, end));
    if (p < 0) return -1;
    p = this.after(p, mode);
    if (p < 0) return -1;
    this.deliver(line);
    return p;
  }

  /** The record of the fields read (ints and texts), through the row rules to the sink. */
  private deliver(line: number): void {
    const buf = this.buf;
    const record = this.shared ?? emptySurveyRecord();
    if (this.shared) resetRecord(record);
    assignIntColumns(record, this.ints);
    const texts = this.texts;
    // A GUID CallId without escapes goes to `callIds` as bytes (looked up once the record is valid), as in the CSV.
    let guid = false;
    for (let i = 0; i < this.textCount; i++) {
      const o = i * 4;
      const code = texts[o]!;
      const kind = texts[o + 1]!;
      const { column, kind: columnKind } = TEXT_COLUMNS[code]!;
      if (code === CALL_ID_TEXT && this.callIds !== undefined) {
        guid = kind === V_STRING && this.callIds.parseBytes(buf, texts[o + 2]!, texts[o + 3]!);
        if (guid) {
          record.CallId = GUID_CALL_ID;
          continue;
        }
      }
      const s = texts[o + 2]!;
      const e = texts[o + 3]!;
      // `""` (how az writes an empty cell) needs no decoding.
      const text = kind !== V_STRING ? (JSON.parse(decodeUtf8(buf, s - 1, e + 1)) as string) : s === e ? '' : decodeUtf8(buf, s, e);
      setText(record, column, columnKind, text);
    }
    this.rows.finish(record, line, '', guid ? this.callIds : undefined);
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

  /**
   * The root object (`top`) or `properties` at `p`: walks its members, taking the known fields. Returns the offset
   * after it, or -1 for anything the general path must see.
   */
  private object(p: number, top: boolean): number {
    const buf = this.buf;
    const dv = this.dv;
    const end = this.end;
    if (buf[p] !== 123) return -1;
    p = skipWs(buf, p + 1, end);
    if (buf[p] === 125) return top ? -1 : p + 1;
    // The key after the previous one is usually the one that followed it in the previous record: compared in
    // place (bytes and closing quote), it needs no scan and no lookup.
    const succ = top ? this.succTop : this.succProps;
    let prev = 0;
    let seen = 0;
    for (;;) {
      if (buf[p] !== QUOTE) return -1;
      const keyStart = p + 1;
      let entry = succ[prev]!;
      if (entry >= 0 && keyAt(ENTRIES[entry]!, buf, dv, keyStart, end)) {
        p = keyStart + ENTRY_BYTES[entry]!;
      } else {
        const keyEnd = stringEnd(buf, dv, keyStart, end);
        if (keyEnd < 0 || escaped) return -1;
        if (top) {
          entry = TOP_EXACT.find(buf, keyStart, keyEnd);
          if (entry < 0) entry = TOP_LOWER.find(buf, keyStart, keyEnd);
          // toLowerCase() of a non-ASCII key could in principle match a field: the general path decides.
          if (entry < 0) for (let i = keyStart; i < keyEnd; i++) if (buf[i]! >= 0x80) return -1;
        } else entry = PROPERTIES.find(buf, keyStart, keyEnd);
        if (entry >= 0) succ[prev] = entry;
        p = colonEnd(buf, keyEnd + 1, end);
        if (p < 0) return -1;
      }
      prev = entry >= 0 ? entry + 1 : AFTER_UNKNOWN;
      if (buf[p]! <= 32) p = skipWs(buf, p, end);
      const code = entry >= 0 ? ENTRY_CODE[entry]! : NO_FIELD;
      if (code !== NO_FIELD) {
        const bit = fieldBit(code);
        if (seen & bit) return -1;
        seen |= bit;
      }
      if (code === NO_FIELD) p = this.skipValue(p, 1);
      else if (code >= INT_BASE) p = this.intValue(p, code - INT_BASE);
      else if (code >= 0) p = this.textValue(p, code, top);
      else if (code === F_PROPERTIES) {
        p = this.object(p, false);
        this.propertiesSeen = true;
      } else if (code === F_CATEGORY) {
        if (buf[p] !== QUOTE) return -1;
        const close = stringEnd(buf, dv, p + 1, end);
        if (close < 0 || escaped) return -1;
        this.categoryStart = p + 1;
        this.categoryEnd = close;
        p = close + 1;
      } else return -1;
      if (p < 0) return -1;
      p = separatorAt(buf, p, end, 125);
      if (p < 0) return -1;
      if (buf[p] === 125) return p + 1;
      p = skipWs(buf, p + 1, end);
    }
  }

  /**
   * A flat row object at `p`: walks its members, taking the columns. Returns the offset after it, or -1 for
   * anything the general path must see (an escaped key, a column named twice, no `CallId` key, a value `setCell`
   * would not take as the scanner reads it).
   */
  private flatObject(p: number): number {
    const buf = this.buf;
    const dv = this.dv;
    const end = this.end;
    const keys = this.flatKeys;
    const keyCode = keys.code;
    const keyLength = keys.length;
    const wordStart = keys.wordStart;
    let words = keys.words;
    const succ = this.succFlat;
    if (buf[p] !== 123) return -1;
    p = skipWs(buf, p + 1, end);
    let prev = 0;
    let seen = 0;
    let callIdKey = false;
    for (;;) {
      if (buf[p] !== QUOTE) return -1;
      const keyStart = p + 1;
      let entry = succ[prev]!;
      let code = NO_FIELD;
      // The key that followed the previous one last time, compared in place four bytes at a time (its last word
      // overlapping the one before): its bytes, closing quote and colon.
      let hit = false;
      if (entry >= 0) {
        const len = keyLength[entry]!;
        const w0 = wordStart[entry]!;
        const n = wordStart[entry + 1]! - 1;
        if (n >= w0 && keyStart + len <= end) {
          let j = w0;
          let o = keyStart;
          while (j < n && dv.getInt32(o, true) === words[j]) {
            j++;
            o += 4;
          }
          if (j === n && dv.getInt32(keyStart + len - 4, true) === words[n]) {
            hit = true;
            p = keyStart + len;
            code = keyCode[entry]!;
          }
        }
      }
      if (!hit) {
        const keyEnd = stringEnd(buf, dv, keyStart, end);
        if (keyEnd < 0 || escaped) return -1;
        entry = keys.find(buf, keyStart, keyEnd);
        if (entry >= 0) {
          succ[prev] = entry;
          code = keyCode[entry]!;
          words = keys.words;
        } else code = flatCode(decodeUtf8(buf, keyStart, keyEnd));
        p = colonEnd(buf, keyEnd + 1, end);
        if (p < 0) return -1;
      }
      prev = entry >= 0 ? entry + 1 : AFTER_UNCACHED;
      if (buf[p]! <= 32) p = skipWs(buf, p, end);
      if (code === NO_FIELD) p = this.skipValue(p, 1);
      else {
        if (code === F_CALL_ID_KEY) {
          callIdKey = true;
          code = CALL_ID_TEXT;
        } else if (code === F_CONTAINER) return -1;
        const bit = fieldBit(code);
        if (seen & bit) return -1;
        seen |= bit;
        p = code >= INT_BASE ? this.intValue(p, code - INT_BASE) : this.textValue(p, code, false);
      }
      if (p < 0) return -1;
      p = separatorAt(buf, p, end, 125);
      if (p < 0) return -1;
      if (buf[p] === 125) return callIdKey ? p + 1 : -1;
      p = skipWs(buf, p + 1, end);
    }
  }

  /** An int column's value at `p`: plain digits 0–100, a string of 1–3 digits ≤ 100, "" or null. */
  private intValue(p: number, slot: number): number {
    const buf = this.buf;
    const end = this.end;
    let c = buf[p]!;
    if (IS_SCORE_SLOT[slot]) this.scores++;
    let n: number;
    if (c >= 48 && c <= 57) {
      n = c - 48;
      p++;
      c = p < end ? buf[p]! : 0;
      if (n === 0) {
        if (c >= 48 && c <= 57) return -1;
      } else {
        while (c >= 48 && c <= 57) {
          n = n * 10 + (c - 48);
          if (n > 100) return -1;
          p++;
          c = p < end ? buf[p]! : 0;
        }
      }
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
        if (digits === 0 || c !== QUOTE || n > 100) return -1;
      }
      if (p >= end) return -1;
      p++;
    } else if (c === 110) {
      p = literalEnd(buf, p, end, NULL);
      n = NO_INT;
    } else return -1;
    this.ints[slot] = n;
    return p;
  }

  /** A string or issue column's value at `p`: a string (decoded later if wanted), null, or (when not wanted) a number. */
  private textValue(p: number, code: number, top: boolean): number {
    const buf = this.buf;
    const end = this.end;
    const c = buf[p]!;
    let kind: number;
    const start = p + 1;
    let close = -1;
    if (c === QUOTE) {
      close = stringEnd(buf, this.dv, start, end);
      if (close < 0) return -1;
      kind = escaped ? V_ESCAPED : V_STRING;
      p = close + 1;
    } else if (c === 110) {
      p = literalEnd(buf, p, end, NULL);
      kind = V_NULL;
    } else if (!this.wantText[code] && (c === 45 || (c >= 48 && c <= 57))) {
      p = numberEnd(buf, p, end);
      kind = V_NUMBER;
    } else return -1;
    if (p < 0) return -1;
    if (code === CALL_ID_TEXT && !top) {
      if (kind === V_NULL) return -1;
      this.callIdSeen = true;
    }
    // Not wanted, a number of an unwanted column, or null (which leaves the column as it is): nothing to store.
    if (!this.wantText[code] || kind === V_NUMBER || kind === V_NULL) return p;
    if (this.textCount * 4 + 4 > this.texts.length) {
      const grown = new Int32Array(this.texts.length * 2);
      grown.set(this.texts);
      this.texts = grown;
    }
    // Top-level texts are applied before the properties' (as `ObjectRows` reads them), wherever they appear:
    // a top-level one after properties ones takes the first properties slot, which moves to the end.
    const t = this.texts;
    let o = this.textCount * 4;
    if (top && this.topTexts < this.textCount) {
      const m = this.topTexts * 4;
      t.copyWithin(o, m, m + 4);
      o = m;
    }
    t[o] = code;
    t[o + 1] = kind;
    t[o + 2] = start;
    t[o + 3] = close;
    if (top) this.topTexts++;
    this.textCount++;
    return p;
  }

  /** Any JSON value at `p` (validated, not kept): the offset after it, or -1. */
  private skipValue(p: number, depth: number): number {
    if (depth > MAX_DEPTH) return -1;
    const buf = this.buf;
    const end = this.end;
    if (p >= end) return -1;
    const c = buf[p]!;
    if (c === QUOTE) {
      const close = stringEnd(buf, this.dv, p + 1, end);
      return close < 0 ? -1 : close + 1;
    }
    if (c === 123 || c === 91) {
      const close = c === 123 ? 125 : 93;
      p = skipWs(buf, p + 1, end);
      if (buf[p] === close) return p + 1;
      for (;;) {
        if (c === 123) {
          if (buf[p] !== QUOTE) return -1;
          const k = stringEnd(buf, this.dv, p + 1, end);
          if (k < 0) return -1;
          p = colonEnd(buf, k + 1, end);
          if (p < 0) return -1;
          p = skipWs(buf, p, end);
        }
        p = this.skipValue(p, depth + 1);
        if (p < 0) return -1;
        p = separatorAt(buf, p, end, close);
        if (p < 0) return -1;
        if (buf[p] === close) return p + 1;
        p = skipWs(buf, p + 1, end);
      }
    }
    if (c === 116) return literalEnd(buf, p, end, TRUE);
    if (c === 102) return literalEnd(buf, p, end, FALSE);
    if (c === 110) return literalEnd(buf, p, end, NULL);
    return numberEnd(buf, p, end);
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
