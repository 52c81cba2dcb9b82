import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CallBitSet, CallIdIndex } from '../../src/analytics/distinct.js';
import { createSeededRandom } from '../../src/core/random.js';

const guid = (random: () => number) => {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += Math.floor(random() * 4294967296).toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/** The reference: first-seen order of distinct non-empty strings. */
function reference(ids: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    if (id === '') return -1;
    if (!seen.has(id)) seen.set(id, seen.size);
    return seen.get(id)!;
  });
}

describe('CallIdIndex (exact dense indices for call ids)', () => {
  it('gives the same indices as a Map over 200,000 random GUIDs seen repeatedly (through several table doublings)', () => {
    const random = createSeededRandom(11);
    const pool = Array.from({ length: 100_000 }, () => guid(random));
    const ids = Array.from({ length: 200_000 }, () => pool[Math.floor(random() * pool.length)]!);
    const index = new CallIdIndex();
    expect(ids.map((id) => index.indexOf(id))).toEqual(reference(ids));
    expect(index.size).toBe(new Set(ids).size);
  });

  it('never merges ids that differ in one nibble, in case only, or are not canonical GUIDs', () => {
    const base = '0123abcd-ef01-4abc-89de-0123456789ab';
    const ids = [
      base,
      '0123abcd-ef01-4abc-89de-0123456789aa', // last nibble
      '1123abcd-ef01-4abc-89de-0123456789ab', // first nibble
      base.toUpperCase(), // upper case: a different string, as in KQL
      '0123ABCD-ef01-4abc-89de-0123456789ab', // mixed case → exact string fallback
      '0123abcd-ef01-4abc-89de-0123456789ag', // not hex → fallback
      '0123abcd0ef01-4abc-89de-0123456789ab', // no dash → fallback
      '01234567-0123-0123-0123-012345678901', // digits only
      'c1',
      base,
      base.toUpperCase(),
      '0123ABCD-ef01-4abc-89de-0123456789ab',
      '',
      'c1',
    ];
    const index = new CallIdIndex();
    expect(ids.map((id) => index.indexOf(id))).toEqual(reference(ids));
    expect(index.size).toBe(9);
  });

  it('equals the reference for random mixes of GUIDs, case variants and short ids (property)', () => {
    const id = fc.oneof(
      fc.uuid(),
      fc.uuid().map((u) => u.toUpperCase()),
      fc.constantFrom('a', 'b', 'call-1', '', '00000000-0000-0000-0000-000000000000'),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), fc.integer({ min: 1, max: 5 }), (unique, repeat) => {
        const ids = Array.from({ length: unique.length * repeat }, (_, i) => unique[(i * 7) % unique.length]!);
        const index = new CallIdIndex();
        expect(ids.map((x) => index.indexOf(x))).toEqual(reference(ids));
      }),
    );
  });
});

describe('CallIdIndex edge cases: forced hash collisions, case, non-hex, bytes', () => {
  const random = createSeededRandom(5);
  const pool = Array.from({ length: 400 }, () => guid(random));
  // Near neighbours: one nibble apart, so a weak hash or a partial key comparison would merge them.
  const near = pool.slice(0, 50).map((id) => id.slice(0, 35) + (id[35] === '0' ? '1' : '0'));
  const variants = [
    ...pool,
    ...near,
    ...pool.slice(0, 50).map((id) => id.toUpperCase()),
    ...pool.slice(0, 20).map((id) => id.slice(0, 9) + id.slice(9).toUpperCase()), // mixed case → fallback
    '0123abcd-ef01-4abc-89de-0123456789ag', // not hex
    '0123abcd-ef01-4abc-89de-0123456789a:', // ':' sits right after '9'
    '0123abcd-ef01-4abc-89de-0123456789a`', // '`' sits right before 'a'
    '0123abcd-ef01-4abc-89de-0123456789a@', // '@' sits right before 'A'
    '0123abcd-ef01-4abc-89de-0123456789aé', // non-ASCII, 36 characters
    '0123abcd-ef01-4abc-89de-0123456789é', // 35 characters, 36 UTF-8 bytes with the dashes in place
    '00000000-0000-0000-0000-000000000000',
    '00000000-0000-0000-0000-000000000001',
    'c1',
    ' c1',
    '',
  ];
  const ids = Array.from({ length: 3000 }, (_, i) => variants[(i * 7919) % variants.length]!);

  it('stays exact when every key hashes alike (one probe chain) or into two buckets', () => {
    for (const hash of [() => 0, (w0: number) => w0 & 1, (_w0: number, _w1: number, _w2: number, w3: number) => w3 & 0xff00]) {
      const index = new CallIdIndex({ hash });
      expect(ids.map((id) => index.indexOf(id))).toEqual(reference(ids));
      expect(index.size).toBe(new Set(ids.filter(Boolean)).size);
    }
  });

  it('indexOfBytes gives the indices indexOf gives for the decoded ids, interleaved with indexOf', () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    const decode = (bytes: Uint8Array, start: number, end: number) => decoder.decode(bytes.subarray(start, end));
    for (const hash of [undefined, () => 0]) {
      const index = new CallIdIndex(hash ? { hash } : {});
      const got = ids.map((id, i) => {
        if (i % 3 === 0) return index.indexOf(id);
        // The id inside a larger buffer, at an odd offset.
        const bytes = encoder.encode(`,,,${id},`);
        return index.indexOfBytes(bytes, 3, bytes.length - 1, decode);
      });
      expect(got).toEqual(reference(ids));
    }
  });
});

describe('CallBitSet', () => {
  it('counts distinct indices, growing as needed, ignoring -1', () => {
    const set = new CallBitSet();
    for (const i of [0, 0, 5, 31, 32, 5, 100_000, -1, 99_999, 100_000]) set.add(i);
    expect(set.count).toBe(6);
  });
});
