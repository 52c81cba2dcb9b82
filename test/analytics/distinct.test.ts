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

describe('CallBitSet', () => {
  it('counts distinct indices, growing as needed, ignoring -1', () => {
    const set = new CallBitSet();
    for (const i of [0, 0, 5, 31, 32, 5, 100_000, -1, 99_999, 100_000]) set.add(i);
    expect(set.count).toBe(6);
  });
});
