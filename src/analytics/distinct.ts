/**
 * Exact distinct-call counting for the summarizer, without a JS `Set` of strings on the hot path.
 *
 * `CallIdIndex` gives every distinct call id a dense index (0, 1, 2, … in first-seen order):
 * - a canonical GUID (`8-4-4-4-12` hex, as ACS writes `CallId`) is packed into its 128 bits, four `Int32Array` words,
 *   in a typed open-addressing table (linear probing, load ≤ 1/2). The key is the whole 128-bit value: a hash
 *   collision only shares a probe sequence, every probe compares all four words, so two different ids are never
 *   counted as one. Lower-case and upper-case GUIDs live in separate tables (KQL compares strings case-sensitively,
 *   and so does this index); mixed case goes to the fallback.
 * - any other id (custom ids, test ids such as `c1`) goes to an exact `Map<string, number>` (the fallback).
 * - the id of the previous call is remembered, so consecutive surveys of one call cost one string comparison.
 *
 * `CallBitSet` marks the calls of one group (a category's scale, an issue tag): one bit per dense index.
 *
 * Memory per distinct call id: for a GUID 20 bytes per table slot at a load between 1/4 and 1/2, so 40–80 bytes
 * (briefly 120 while the table doubles), no string kept; for another id one `Map` entry plus a flat copy of the
 * string; plus one bit in every group that has at least as many calls as the id's index (at most 1 bit × groups).
 */

/** Hex digit values; lower-case letters carry bit 64, upper-case bit 32, non-hex characters are -1. */
const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[97 + i] = (10 + i) | 64;
  HEX[65 + i] = (10 + i) | 32;
}

/**
 * An open-addressing table of 128-bit keys → dense index: one `Int32Array`, five words per slot (index + 1, then the
 * key), so a probe touches one cache line.
 */
class GuidTable {
  private slots: Int32Array;
  private mask: number;
  private used = 0;

  constructor(capacity = 1024) {
    this.slots = new Int32Array(capacity * 5);
    this.mask = capacity - 1;
  }

  /** The index of the key, or `candidate` after inserting it. */
  lookupOrInsert(w0: number, w1: number, w2: number, w3: number, candidate: number): number {
    let h = w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ Math.imul(w3, 0xc2b2ae3d);
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h ^= h >>> 15;
    const slots = this.slots;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const o = slot * 5;
      const v = slots[o]!;
      if (v === 0) {
        slots[o] = candidate + 1;
        slots[o + 1] = w0;
        slots[o + 2] = w1;
        slots[o + 3] = w2;
        slots[o + 4] = w3;
        if (++this.used * 2 > mask + 1) this.grow();
        return candidate;
      }
      if (slots[o + 1] === w0 && slots[o + 2] === w1 && slots[o + 3] === w2 && slots[o + 4] === w3) return v - 1;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 5);
    this.mask = capacity - 1;
    this.used = 0;
    for (let o = 0; o < old.length; o += 5) {
      const v = old[o]!;
      if (v !== 0) this.lookupOrInsert(old[o + 1]!, old[o + 2]!, old[o + 3]!, old[o + 4]!, v - 1);
    }
  }
}

/** Dense, exact indices for call ids (see the module comment). */
export class CallIdIndex {
  private lower: GuidTable | undefined;
  private upper: GuidTable | undefined;
  private readonly other = new Map<string, number>();
  private lastId = '';
  private lastIndex = -1;
  /** Distinct non-empty ids seen. */
  size = 0;

  /** The dense index of `id` (assigning the next one to a new id); -1 for the empty string (no call). */
  indexOf(id: string): number {
    if (id === this.lastId) return this.lastIndex;
    const index = this.lookup(id);
    this.lastId = id;
    this.lastIndex = index;
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
      // 32 hex digits → 4 words; `flags` collects the case bits (a non-hex character makes it negative).
      let flags = 0;
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      let w3 = 0;
      let d = 0;
      for (let i = 0; i < 8; i++) {
        const c = id.charCodeAt(i);
        d = c < 128 ? HEX[c]! : -1;
        flags |= d;
        w0 = (w0 << 4) | (d & 15);
      }
      for (let i = 9; i < 13; i++) {
        const c = id.charCodeAt(i);
        d = c < 128 ? HEX[c]! : -1;
        flags |= d;
        w1 = (w1 << 4) | (d & 15);
      }
      for (let i = 14; i < 18; i++) {
        const c = id.charCodeAt(i);
        d = c < 128 ? HEX[c]! : -1;
        flags |= d;
        w1 = (w1 << 4) | (d & 15);
      }
      for (let i = 19; i < 23; i++) {
        const c = id.charCodeAt(i);
        d = c < 128 ? HEX[c]! : -1;
        flags |= d;
        w2 = (w2 << 4) | (d & 15);
      }
      for (let i = 24; i < 28; i++) {
        const c = id.charCodeAt(i);
        d = c < 128 ? HEX[c]! : -1;
        flags |= d;
        w2 = (w2 << 4) | (d & 15);
      }
      for (let i = 28; i < 36; i++) {
        const c = id.charCodeAt(i);
        d = c < 128 ? HEX[c]! : -1;
        flags |= d;
        w3 = (w3 << 4) | (d & 15);
      }
      // flags < 0: a non-hex character; both case bits: mixed case. Both go to the exact string fallback.
      if (flags >= 0 && (flags & 96) !== 96) {
        const table = flags & 32 ? (this.upper ??= new GuidTable()) : (this.lower ??= new GuidTable());
        const index = table.lookupOrInsert(w0, w1, w2, w3, this.size);
        if (index === this.size) this.size++;
        return index;
      }
    }
    const known = this.other.get(id);
    if (known !== undefined) return known;
    // A flat copy: a parsed value may be a slice of a whole input chunk, and keeping the slice would keep the chunk.
    this.other.set((' ' + id).slice(1), this.size);
    return this.size++;
  }
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
