/**
 * Exact distinct-call counting for the summarizer, without a JS `Set` of strings on the hot path.
 *
 * `CallIdIndex` gives every distinct call id a dense index (0, 1, 2, … in first-seen order):
 * - a canonical GUID (`8-4-4-4-12` hex, as ACS writes `CallId`) is packed into its 128 bits (four 32-bit words,
 *   read two hex digits per table lookup). The words go to a key store in index order (chunks of 16,384 keys, never
 *   copied) and the index to a typed open-addressing table of 8-byte slots (the key's 32-bit hash, index + 1;
 *   linear probing, load ≤ 1/2). The key is the whole 128-bit value: a probe whose hash matches compares all four
 *   words in the key store, so two different ids are never counted as one (tests force collisions with a
 *   degenerate hash). Lower-case and upper-case GUIDs live in separate tables (KQL compares strings
 *   case-sensitively, and so does this index); mixed case goes to the fallback.
 * - any other id (custom ids, test ids such as `c1`) goes to an exact `Map<string, number>` (the fallback).
 * - the id of the previous call is remembered, so consecutive surveys of one call cost one string comparison.
 * `parseBytes` + `commitParsed` (or `indexOfBytes`) do the same for an id given as UTF-8 bytes (the CSV reader's
 * cell), without making a string unless the id is no canonical GUID.
 *
 * `CallBitSet` marks the calls of one group (a category's scale, an issue tag): one bit per dense index.
 *
 * Memory per distinct call id, for a GUID: 16 bytes of key plus 8-byte table slots at a load between 1/4 and 1/2,
 * so 32–48 bytes (briefly 64 while the table doubles), no string kept; for another id one `Map` entry plus a
 * flat copy of the string; plus one bit in every group that has at least as many calls as the id's index.
 */

/** Two hex digits (char codes `a`, `b` < 128) at `(a << 7) | b` → their byte, plus 0x100 for a lower-case letter
 * and 0x200 for an upper-case one; -1 when either is no hex digit. */
const PAIR = /* @__PURE__ */ (() => {
  const hex = new Int16Array(128).fill(-1);
  for (let i = 0; i < 10; i++) hex[48 + i] = i;
  for (let i = 0; i < 6; i++) {
    hex[97 + i] = (10 + i) | 0x100;
    hex[65 + i] = (10 + i) | 0x200;
  }
  const pair = new Int16Array(1 << 14).fill(-1);
  for (let a = 0; a < 128; a++) {
    for (let b = 0; b < 128; b++) {
      const x = hex[a]!;
      const y = hex[b]!;
      if (x >= 0 && y >= 0) pair[(a << 7) | b] = (((x & 15) << 4) | (y & 15)) | ((x | y) & 0x300);
    }
  }
  return pair;
})();

const LOWER = 0x100;
const UPPER = 0x200;
/** Keys per key-store chunk (4 words each: 256 KiB). */
const CHUNK_BITS = 14;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;

/** The 32-bit hash of a 128-bit key (a strong mix: GUIDs from a counter must not cluster). */
export type GuidHash = (w0: number, w1: number, w2: number, w3: number) => number;
const mixHash: GuidHash = (w0, w1, w2, w3) => {
  let h = w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ Math.imul(w3, 0xc2b2ae3d);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return h ^ (h >>> 16);
};

/** The 128-bit keys of one `CallIdIndex`, by dense index, in chunks that are never copied. */
class KeyStore {
  readonly chunks: Int32Array[] = [];

  set(index: number, w0: number, w1: number, w2: number, w3: number): void {
    const c = index >>> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (chunk === undefined) {
      // Chunks are filled in index order; a gap (indices of non-GUID ids) leaves a chunk with unused slots.
      while (this.chunks.length < c) this.chunks.push(new Int32Array(0));
      chunk = new Int32Array(4 << CHUNK_BITS);
      this.chunks[c] = chunk;
    }
    const o = (index & CHUNK_MASK) << 2;
    chunk[o] = w0;
    chunk[o + 1] = w1;
    chunk[o + 2] = w2;
    chunk[o + 3] = w3;
  }

  equals(index: number, w0: number, w1: number, w2: number, w3: number): boolean {
    const chunk = this.chunks[index >>> CHUNK_BITS]!;
    const o = (index & CHUNK_MASK) << 2;
    return chunk[o] === w0 && chunk[o + 1] === w1 && chunk[o + 2] === w2 && chunk[o + 3] === w3;
  }
}

/**
 * An open-addressing table of 128-bit keys → dense index: one `Int32Array`, two words per slot (the key's hash,
 * index + 1), so a probe touches one cache line; the keys themselves are in the `KeyStore`.
 */
class GuidTable {
  private slots: Int32Array;
  private mask: number;
  private used = 0;

  constructor(
    private readonly keys: KeyStore,
    private readonly hash: GuidHash,
    capacity = 1024,
  ) {
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** The index of the key, or `candidate` after inserting it (and storing the key under `candidate`). */
  lookupOrInsert(w0: number, w1: number, w2: number, w3: number, candidate: number): number {
    const h = this.hash(w0, w1, w2, w3) | 0;
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const o = slot << 1;
      const v = slots[o + 1]!;
      if (v === 0) {
        slots[o] = h;
        slots[o + 1] = candidate + 1;
        this.keys.set(candidate, w0, w1, w2, w3);
        if (++this.used * 2 > mask + 1) this.grow();
        return candidate;
      }
      if (slots[o] === h && this.keys.equals(v - 1, w0, w1, w2, w3)) return v - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles the table: every entry keeps its stored hash, so the keys are not read. */
  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    const slots = new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let o = 0; o < old.length; o += 2) {
      const v = old[o + 1]!;
      if (v === 0) continue;
      const h = old[o]!;
      let slot = h & mask;
      while (slots[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
      slots[slot << 1] = h;
      slots[(slot << 1) + 1] = v;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Dense, exact indices for call ids (see the module comment). */
export class CallIdIndex {
  private lower: GuidTable | undefined;
  private upper: GuidTable | undefined;
  private readonly keys = new KeyStore();
  private readonly other = new Map<string, number>();
  private readonly hash: GuidHash;
  private lastId = '';
  private lastIndex = -1;
  /** The previous id given as bytes (`indexOfBytes`): its four words and case, valid when `lastBytesIndex` ≥ 0. */
  private lastW0 = 0;
  private lastW1 = 0;
  private lastW2 = 0;
  private lastW3 = 0;
  private lastCase = 0;
  private lastBytesIndex = -1;
  /** The id of the last successful `parseBytes`. */
  private pendingW0 = 0;
  private pendingW1 = 0;
  private pendingW2 = 0;
  private pendingW3 = 0;
  private pendingFlags = 0;
  /** Distinct non-empty ids seen. */
  size = 0;

  /** `hash` replaces the key hash (tests use a degenerate one to force collisions). */
  constructor(options: { hash?: GuidHash } = {}) {
    this.hash = options.hash ?? mixHash;
  }

  /** The dense index of `id` (assigning the next one to a new id); -1 for the empty string (no call). */
  indexOf(id: string): number {
    if (id === this.lastId) return this.lastIndex;
    const index = this.lookup(id);
    this.lastId = id;
    this.lastIndex = index;
    this.lastBytesIndex = -1;
    return index;
  }

  private table(flags: number): GuidTable {
    return flags & UPPER ? (this.upper ??= new GuidTable(this.keys, this.hash)) : (this.lower ??= new GuidTable(this.keys, this.hash));
  }

  private insert(flags: number, w0: number, w1: number, w2: number, w3: number): number {
    const index = this.table(flags).lookupOrInsert(w0, w1, w2, w3, this.size);
    if (index === this.size) this.size++;
    return index;
  }

  private lookup(id: string): number {
    if (id.length === 0) return -1;
    if (
      id.length === 36 &&
      id.charCodeAt(8) === 45 &&
      id.charCodeAt(13) === 45 &&
      id.charCodeAt(18) === 45 &&
      id.charCodeAt(23) === 45
    ) {
      // 16 pairs of hex digits → 4 words; `flags` collects the case bits (a non-hex pair makes it negative).
      const b0 = pairAt(id, 0);
      const b1 = pairAt(id, 2);
      const b2 = pairAt(id, 4);
      const b3 = pairAt(id, 6);
      const b4 = pairAt(id, 9);
      const b5 = pairAt(id, 11);
      const b6 = pairAt(id, 14);
      const b7 = pairAt(id, 16);
      const b8 = pairAt(id, 19);
      const b9 = pairAt(id, 21);
      const b10 = pairAt(id, 24);
      const b11 = pairAt(id, 26);
      const b12 = pairAt(id, 28);
      const b13 = pairAt(id, 30);
      const b14 = pairAt(id, 32);
      const b15 = pairAt(id, 34);
      const flags = b0 | b1 | b2 | b3 | b4 | b5 | b6 | b7 | b8 | b9 | b10 | b11 | b12 | b13 | b14 | b15;
      // flags < 0: a non-hex character; both case bits: mixed case. Both go to the exact string fallback.
      if (flags >= 0 && (flags & (LOWER | UPPER)) !== (LOWER | UPPER)) {
        return this.insert(
          flags,
          word(b0, b1, b2, b3),
          word(b4, b5, b6, b7),
          word(b8, b9, b10, b11),
          word(b12, b13, b14, b15),
        );
      }
    }
    return this.fallback(id);
  }

  private fallback(id: string): number {
    const known = this.other.get(id);
    if (known !== undefined) return known;
    // A flat copy: a parsed value may be a slice of a whole input chunk, and keeping the slice would keep the chunk.
    this.other.set((' ' + id).slice(1), this.size);
    return this.size++;
  }

  /**
   * Whether `bytes[start, end)` is a canonical GUID of one case (what `indexOf` packs; never true for another id);
   * if so it is kept as the pending id for `commitParsed`. Makes no string.
   */
  parseBytes(bytes: Uint8Array, start: number, end: number): boolean {
    if (end - start !== 36) return false;
    const p = start;
    if (bytes[p + 8] !== 45 || bytes[p + 13] !== 45 || bytes[p + 18] !== 45 || bytes[p + 23] !== 45) return false;
    const b0 = pairOf(bytes, p);
    const b1 = pairOf(bytes, p + 2);
    const b2 = pairOf(bytes, p + 4);
    const b3 = pairOf(bytes, p + 6);
    const b4 = pairOf(bytes, p + 9);
    const b5 = pairOf(bytes, p + 11);
    const b6 = pairOf(bytes, p + 14);
    const b7 = pairOf(bytes, p + 16);
    const b8 = pairOf(bytes, p + 19);
    const b9 = pairOf(bytes, p + 21);
    const b10 = pairOf(bytes, p + 24);
    const b11 = pairOf(bytes, p + 26);
    const b12 = pairOf(bytes, p + 28);
    const b13 = pairOf(bytes, p + 30);
    const b14 = pairOf(bytes, p + 32);
    const b15 = pairOf(bytes, p + 34);
    const flags = b0 | b1 | b2 | b3 | b4 | b5 | b6 | b7 | b8 | b9 | b10 | b11 | b12 | b13 | b14 | b15;
    if (flags < 0 || (flags & (LOWER | UPPER)) === (LOWER | UPPER)) return false;
    this.pendingW0 = word(b0, b1, b2, b3);
    this.pendingW1 = word(b4, b5, b6, b7);
    this.pendingW2 = word(b8, b9, b10, b11);
    this.pendingW3 = word(b12, b13, b14, b15);
    this.pendingFlags = flags;
    return true;
  }

  /** The dense index of the GUID of the last `parseBytes` that returned true (the same as `indexOf` of its text). */
  commitParsed(): number {
    const w0 = this.pendingW0;
    const w1 = this.pendingW1;
    const w2 = this.pendingW2;
    const w3 = this.pendingW3;
    const kind = this.pendingFlags & UPPER;
    if (
      this.lastBytesIndex >= 0 &&
      w0 === this.lastW0 &&
      w1 === this.lastW1 &&
      w2 === this.lastW2 &&
      w3 === this.lastW3 &&
      kind === this.lastCase
    ) {
      return this.lastBytesIndex;
    }
    const index = this.insert(this.pendingFlags, w0, w1, w2, w3);
    this.lastW0 = w0;
    this.lastW1 = w1;
    this.lastW2 = w2;
    this.lastW3 = w3;
    this.lastCase = kind;
    this.lastBytesIndex = index;
    this.lastId = '';
    this.lastIndex = -1;
    return index;
  }

  /**
   * The dense index of the id whose UTF-8 bytes are `bytes[start, end)`, the same as `indexOf` of the decoded
   * string (`decode` makes that string, only for an id that is no canonical GUID).
   */
  indexOfBytes(bytes: Uint8Array, start: number, end: number, decode: (bytes: Uint8Array, start: number, end: number) => string): number {
    return this.parseBytes(bytes, start, end) ? this.commitParsed() : this.indexOf(decode(bytes, start, end));
  }
}

/** The PAIR entry of the two characters of `id` at `i` (-1 for a non-ASCII one). */
function pairAt(id: string, i: number): number {
  const a = id.charCodeAt(i);
  const b = id.charCodeAt(i + 1);
  return (a | b) < 128 ? PAIR[(a << 7) | b]! : -1;
}

/** The PAIR entry of `bytes[i]`, `bytes[i + 1]`. */
function pairOf(bytes: Uint8Array, i: number): number {
  const a = bytes[i]!;
  const b = bytes[i + 1]!;
  return (a | b) < 128 ? PAIR[(a << 7) | b]! : -1;
}

/** Four PAIR entries → one 32-bit word (the case bits dropped). */
function word(a: number, b: number, c: number, d: number): number {
  return ((a & 255) << 24) | ((b & 255) << 16) | ((c & 255) << 8) | (d & 255);
}

/** The set of calls (dense indices from one `CallIdIndex`) of one group: one bit per index. */
export class CallBitSet {
  private bits = new Int32Array(32);
  private last = -1;
  /** Distinct calls added. */
  count = 0;

  /** Adds call `index` (ignored when negative: a survey without a call id). */
  add(index: number): void {
    if (index === this.last || index < 0) return;
    this.last = index;
    const word = index >>> 5;
    let bits = this.bits;
    if (word >= bits.length) {
      const grown = new Int32Array(Math.max(word + 1, bits.length * 2));
      grown.set(bits);
      this.bits = bits = grown;
    }
    const mask = 1 << (index & 31);
    const v = bits[word]!;
    if ((v & mask) === 0) {
      bits[word] = v | mask;
      this.count++;
    }
  }
}
