/**
 * Shared by the differential tests of the JSON readers' byte-level scanner (parse-records, parse-flat): a collecting
 * sink, a tokenizer run over chunks, random chunking, a seeded random source and a JSON writer that spells values,
 * whitespace and escapes at random.
 */
import { expect } from 'vitest';
import type { SurveyParseResult } from '../../../src/analytics/index.js';
import { collector } from '../../../src/analytics/parse/index.js';
import type { ParseSink } from '../../../src/analytics/parse/types.js';

export type Result = SurveyParseResult & { lines: number[] };

/**
 * `parseSurveyExport`'s collecting sink, with each record copied (the fast path may reuse one object) and its line
 * kept.
 */
export function collect(): { sink: ParseSink; result: Result } {
  const { sink: base, result } = collector();
  const lines: number[] = [];
  const sink: ParseSink = {
    ...base,
    record: (record, line) => {
      base.record({ ...record }, line);
      lines.push(line);
    },
  };
  return { sink, result: Object.assign(result, { lines }) };
}

export type Tokenizer = { push(bytes: Uint8Array): void; end(): void };
export function run(make: (sink: ParseSink) => Tokenizer, chunks: Uint8Array[]): Result {
  const { sink, result } = collect();
  const t = make(sink);
  for (const c of chunks) t.push(c);
  t.end();
  return result;
}

/**
 * Expects the fast reader to give exactly what the general path gives, on the whole input and on it split at
 * `cuts` (see `chunkBytes`); returns the general path's result.
 */
export function expectFastEqualsGeneral(
  bytes: Uint8Array,
  cuts: number[],
  general: (bytes: Uint8Array) => Result,
  fast: (chunks: Uint8Array[]) => Result,
): Result {
  const reference = general(bytes);
  expect(fast([bytes])).toEqual(reference);
  expect(fast(chunkBytes(bytes, cuts))).toEqual(reference);
  return reference;
}

/** Splits `bytes` at the given positions, each part at a random offset inside a larger buffer. */
export function chunkBytes(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const [i, p] of [...points, bytes.length].entries()) {
    const part = bytes.slice(prev, p);
    const offset = (i * 7) % 4;
    const holder = new Uint8Array(part.length + offset);
    holder.set(part, offset);
    out.push(holder.subarray(offset));
    prev = p;
  }
  return out;
}

/** A value written exactly as given (`5.0`, `1e0`, `tru`). */
export class Raw {
  constructor(readonly text: string) {}
}
export type Value = null | boolean | number | string | Raw | Value[] | Pairs;
/** An object as its key/value pairs, in order (repeats allowed). */
export class Pairs {
  constructor(readonly pairs: [string, Value][]) {}
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random JSON text of `value`: whitespace between tokens, some characters written as escapes. */
export function serialize(value: Value, random: () => number, wsRate: number, escRate: number, breaks = false): string {
  const spaces = breaks ? [' ', '\t', '\n  ', '\r\n', '\r'] : [' ', '\t', '  ', ' \t '];
  const ws = (): string => (random() < wsRate ? spaces[Math.floor(random() * spaces.length)]! : '');
  const str = (s: string): string => {
    let out = '"';
    for (const ch of s) {
      if (random() < escRate) {
        if (ch === '/' && random() < 0.5) out += '\\/';
        else for (let i = 0; i < ch.length; i++) out += '\\u' + ch.charCodeAt(i).toString(16).padStart(4, '0');
      } else out += JSON.stringify(ch).slice(1, -1);
    }
    return out + '"';
  };
  const go = (v: Value): string => {
    if (v instanceof Raw) return v.text;
    if (v instanceof Pairs) return '{' + ws() + v.pairs.map(([k, x]) => str(k) + ws() + ':' + ws() + go(x)).join(ws() + ',' + ws()) + ws() + '}';
    if (Array.isArray(v)) return '[' + ws() + v.map(go).join(ws() + ',' + ws()) + ws() + ']';
    if (typeof v === 'string') return str(v);
    return JSON.stringify(v);
  };
  return ws() + go(value) + ws();
}

export function shuffle<T>(xs: T[], random: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
}
