/**
 * Flat row objects (`az monitor log-analytics query` arrays, flat JSON Lines) read by the byte-level scanner of the
 * JSON readers (src/analytics/parse/records.ts) against the general path (JSON.parse + ObjectRows.value) on random
 * valid and invalid input: the same records, errors and lines for any key order, key variants `normalizeHeader`
 * accepts, unknown keys, nulls, escapes, non-ASCII text, repeated keys and columns, bad values, whitespace and
 * chunking.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { generateSampleSurveys, parseSurveyExport } from '../../src/analytics/index.js';
import type { SurveyRecord } from '../../src/analytics/index.js';
import { SurveyExportReader } from '../../src/analytics/parse/index.js';
import { JsonTokenizer } from '../../src/analytics/parse/json.js';
import { JsonlTokenizer } from '../../src/analytics/parse/jsonl.js';
import { chunkBytes, collect, expectFastEqualsGeneral, mulberry32, Pairs, Raw, run, serialize, shuffle } from './support/json-fuzz.js';
import type { Result, Value } from './support/json-fuzz.js';

const SAMPLE = generateSampleSurveys(40, 7).map((r, i) => (i % 7 === 3 ? { ...r, AudioIssues: 'Echo,NoLocalAudio' } : r));
const INTS = Object.keys(SAMPLE[0]!).filter((k) => k.includes('RatingScore'));
const ODD_STRINGS: Value[] = ['', ' ', 'Zoë 🎧 Ω', 'a"b\\c/d', 'tab\there', 'x\u2028y', '\ud83c', 'Echo, AudioNoise', '  '];
const ODD_INTS: Value[] = [new Raw('5.0'), new Raw('1e0'), new Raw('-0'), 101, -1, 3.5, '4', ' 4', '', '007', '1000', '+3', 'x', true, [], new Pairs([])];
const ODD_TEXTS: Value[] = [7, -1.5e3, true, false, new Pairs([]), [1], new Pairs([['a', 'b']])];
/** Spellings `normalizeHeader` maps to the column (trimmed, a trailing `[…]` dropped), and some it does not. */
const variant = (k: string, random: () => number): string =>
  [` ${k}`, `${k} `, `\t${k}`, `${k} [UTC]`, `${k}[x]`, `${k}  [a b] `, `\u00a0${k}`, `${k}\u2003`, `${k} [a] [b]`, `${k}[`, `${k}]`, `[${k}]`, k.toLowerCase(), `${k}x`][
    Math.floor(random() * 14)
  ]!;
/** Keys that are no column (what az and Log Analytics add, prototype members, index-like and non-ASCII names). */
const UNKNOWN = ['TableName', 'SourceSystem', 'Extra', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '1', '10', 'callid', 'Ünïcode', 'Größe [x]', 'category', 'Category', ''];

/** One random flat row (as pairs), mostly valid, sometimes odd or broken. */
function randomRow(r: SurveyRecord, random: () => number, oddRate: number): Value {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const odd = (rate: number): boolean => random() < rate * oddRate;
  const pairs: [string, Value][] = [];
  for (const [key, value] of Object.entries(r)) {
    let v: Value = value;
    if (v === null) {
      if (!odd(0.5)) continue;
    } else if (INTS.includes(key)) {
      if (random() < 0.2) v = String(v);
      if (odd(0.04)) v = pick(ODD_INTS);
    } else if (odd(0.06)) v = pick(ODD_STRINGS);
    else if (odd(0.02)) v = pick(ODD_TEXTS);
    else if (key === 'CallId' && odd(0.02)) v = null;
    pairs.push([odd(0.03) ? variant(key, random) : key, v]);
  }
  if (random() < 0.3) pairs.push(['TenantId', pick<Value>(['72f988bf-86f1-41af-91ab-2d7cd011db47', null, ''])]);
  if (random() < 0.3) pairs.push(['Type', 'ACSCallSurvey']);
  if (random() < 0.3) pairs.push([pick(UNKNOWN), pick<Value>(['x', 1.5e3, null, false, [1, 'a', new Pairs([['b', [null]]])], new Pairs([['c', 'd']])])]);
  // A column named twice: the same key again (JSON.parse keeps the last value) or another spelling of it.
  if (odd(0.04)) {
    const [k, v] = pick(pairs);
    pairs.push([random() < 0.5 ? k : variant(k, random), random() < 0.5 ? v : pick<Value>(['dup', 3, null, '2'])]);
  }
  if (odd(0.02)) pairs.splice(pairs.findIndex((p) => p[0] === 'CallId'), 1);
  // A diagnostic record's `properties` (with a category), an Event Hubs message's `records`, a response's `tables`.
  const roll = random();
  if (roll < 0.02) pairs.push([pick(['records', 'tables']), pick<Value>([[], 'x', null, new Pairs([])])]);
  else if (roll < 0.04) {
    pairs.push(['properties', pick<Value>([new Pairs([['CallId', 'p'], ['OverallRatingScore', 1]]), [], 'x'])]);
    if (random() < 0.8) pairs.push([pick(['category', 'Category']), pick(['CallSurvey', 'Other'])]);
  }
  shuffle(pairs, random);
  return new Pairs(pairs);
}

/** The first row: a plain valid one, now and then one without the required columns (the parse stops). */
function firstRow(random: () => number, r: SurveyRecord): Value {
  if (random() < 0.05) return new Pairs([['CallId', 'x'], ['Extra', 1]]);
  if (random() < 0.05) return new Pairs([['Callid', 'x'], ['OverallRatingScore', 3]]);
  return randomRow(r, random, 0);
}

const encoder = new TextEncoder();

/** Random flat JSON Lines: random line ends, now and then a broken or unusual line. */
function randomLines(seed: number): string {
  const random = mulberry32(seed);
  const wsRate = random() < 0.5 ? 0 : random() * 0.5;
  const escRate = random() < 0.6 ? 0 : random() * 0.1;
  const oddRate = random() < 0.2 ? 0 : random() * 3;
  const count = 2 + Math.floor(random() * 12);
  let text = '';
  for (let i = 0; i < count; i++) {
    const r = SAMPLE[Math.floor(random() * SAMPLE.length)]!;
    let line = serialize(i === 0 ? firstRow(random, r) : randomRow(r, random, oddRate), random, wsRate, escRate);
    const roll = random();
    if (roll < 0.02) line = line.slice(0, Math.floor(random() * line.length));
    else if (roll < 0.03) line = line.replace(/"(,|})/, '"\u0001$1');
    else if (roll < 0.04) line = line + ' x';
    else if (roll < 0.05) line = ' \t ';
    else if (roll < 0.06) line = line.replace(/:/, ': tru');
    else if (roll < 0.07) line = `{"records":[${line}]}`;
    else if (roll < 0.08) line = '[1]';
    text += line + ['\n', '\r\n', '\r'][Math.floor(random() * 3)];
  }
  return random() < 0.5 ? text : text.replace(/(\r\n|\r|\n)$/, '');
}

/** A random `az monitor log-analytics query` array: pretty-printed (line breaks in rows) or compact. */
function randomArray(seed: number): string {
  const random = mulberry32(seed);
  const breaks = random() < 0.6;
  const wsRate = random() < 0.3 ? 0 : random() * 0.6;
  const escRate = random() < 0.7 ? 0 : random() * 0.1;
  const oddRate = random() < 0.2 ? 0 : random() * 3;
  const count = 2 + Math.floor(random() * 10);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = SAMPLE[Math.floor(random() * SAMPLE.length)]!;
    let row = serialize(i === 0 ? firstRow(random, r) : randomRow(r, random, oddRate), random, wsRate, escRate, breaks);
    if (random() < 0.03) row = row.replace(/:/, ': tru');
    else if (random() < 0.03) row = '"x"';
    rows.push(row);
  }
  return '[\n' + rows.join(',\n') + '\n]\n';
}

const generalJsonl = (bytes: Uint8Array): Result => run((s) => new JsonlTokenizer(s, {}, false), [bytes]);
const fastJsonl = (chunks: Uint8Array[]): Result => run((s) => new JsonlTokenizer(s), chunks);
const generalJson = (bytes: Uint8Array): Result => run((s) => new JsonTokenizer(s, {}, false), [bytes]);
const fastJson = (chunks: Uint8Array[]): Result => run((s) => new JsonTokenizer(s), chunks);

describe('flat-row scanner = JSON.parse path (property)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('random flat JSON Lines: same records, errors and lines, for any chunking', () => {
    let seen = 0;
    let errors = 0;
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 8 }), (seed, cuts) => {
        const reference = expectFastEqualsGeneral(encoder.encode(randomLines(seed)), cuts, generalJsonl, fastJsonl);
        seen += reference.records.length;
        errors += reference.errors.length;
      }),
      { numRuns: 500 },
    );
    expect(seen).toBeGreaterThan(1500);
    expect(errors).toBeGreaterThan(200);
  });

  it('random az arrays (pretty-printed or compact): same records, errors and lines, for any chunking', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 6 }), (seed, cuts) => {
        const reference = expectFastEqualsGeneral(encoder.encode(randomArray(seed)), cuts, generalJson, fastJson);
        seen += reference.records.length;
      }),
      { numRuns: 400 },
    );
    expect(seen).toBeGreaterThan(1000);
  });

  it('with the CLI options (only some columns decoded, one reused record) the read columns are the same', () => {
    const columns = ['CallId', 'OverallRatingScore', 'OverallRatingScoreLowerBound', 'AudioIssues'] as const;
    const pick = (r: SurveyRecord) => columns.map((c) => r[c]);
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), (seed, cuts, array) => {
        const bytes = encoder.encode(array ? randomArray(seed) : randomLines(seed));
        const reference = array ? generalJson(bytes) : generalJsonl(bytes);
        const { sink, result } = collect();
        const reader = new SurveyExportReader(array ? 'json' : 'jsonl', sink, { columns, reuseRecord: true });
        for (const c of chunkBytes(bytes, cuts)) reader.push(c);
        reader.end();
        expect({ ...result, records: result.records.map(pick) }).toEqual({ ...reference, records: reference.records.map(pick) });
      }),
      { numRuns: 200 },
    );
  });

  it('the cases one by one: variants, repeats, the exact CallId key, values setCell rejects', () => {
    const head = '{"CallId":"h","OverallRatingScore":3}';
    const cases = [
      '{"CallId":"a","OverallRatingScore":4,"TenantId":"t","Type":"ACSCallSurvey","TimeGenerated":"2026-01-05T00:00:00Z"}',
      '{" CallId ":"b","OverallRatingScore":4}', // only a variant: "the row has none"
      '{"CallId":"c","CallId [x]":"d","OverallRatingScore":4}', // the variant comes later and wins
      '{"CallId [x]":"d","CallId":"c","OverallRatingScore":4}',
      '{"CallId":"e","OverallRatingScore":4,"OverallRatingScore":9}', // JSON.parse keeps the last
      '{"CallId":"f","OverallRatingScore":4,"OverallRatingScore [n]":2}',
      '{"CallId":"g","Overall\\u0052atingScore":5}', // an escaped key
      '{"CallId":"h","\u00a0OverallRatingScore":5,"AudioIssues\u2003":"Echo"}', // Unicode whitespace trimmed
      '{"CallId":null,"OverallRatingScore":4}',
      '{"CallId":"i","OverallRatingScore":4.0,"AudioRatingScore":"+2"}',
      '{"CallId":"j","OverallRatingScore":4,"SurveyId":7}',
      '{"CallId":"k","OverallRatingScore":4,"SurveyId":{"a":1}}',
      '{"CallId":"l","OverallRatingScore":4,"1":"x","__proto__":{"CallId":"z"}}',
      '{"CallId":"","OverallRatingScore":4}',
      '{"CallId":"m","OverallRatingScore":4,"properties":{"CallId":"p","OverallRatingScore":1},"category":"CallSurvey"}',
      '{"CallId":"n","OverallRatingScore":"","AudioIssues":" ","Type":""}',
      '{}',
    ];
    for (const c of cases) {
      for (const text of [[head, c].join('\n'), `[${head},\n${c}]`]) {
        const bytes = encoder.encode(text);
        const json = text.startsWith('[');
        expect(json ? fastJson([bytes]) : fastJsonl([bytes]), text).toEqual(json ? generalJson(bytes) : generalJsonl(bytes));
      }
    }
  });

  it('past the key table limit (1024 distinct keys) keys are still resolved, repeats still found', () => {
    const rows = ['{"CallId":"h","OverallRatingScore":3}'];
    for (let i = 0; i < 60; i++) {
      const extra = Array.from({ length: 25 }, (_, j) => `"k${i * 25 + j}":${j}`).join(',');
      // After the limit: a new spelling of a column (a repeat), a new key that normalizes to a column, a plain row.
      const tail = i % 3 === 0 ? `,"OverallRatingScore [${i}]":2` : i % 3 === 1 ? `,"AudioRatingScore [${i}]":${i % 5}` : '';
      rows.push(`{${extra},"CallId":"c${i}","OverallRatingScore":4${tail}}`);
    }
    const bytes = encoder.encode(rows.join('\n'));
    const reference = generalJsonl(bytes);
    expect(reference.records).toHaveLength(57); // 4 rows have AudioRatingScore 0, off the 1–5 scale
    expect(reference.records.filter((r) => r.OverallRatingScore === 2)).toHaveLength(20);
    expect(fastJsonl([bytes])).toEqual(reference);
    const array = encoder.encode(`[${rows.join(',\n')}]`);
    expect(fastJson([array])).toEqual(generalJson(array));
  });

  it('reads common flat rows without JSON.parse after the first', () => {
    const rows = SAMPLE.map((r) =>
      JSON.stringify({ TenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)), Type: 'ACSCallSurvey' }),
    );
    const text = rows.join('\n') + '\n';
    const { lines: _lines, ...reference } = generalJsonl(encoder.encode(text));
    expect(reference.records).toHaveLength(SAMPLE.length);
    expect(reference.errors).toEqual([]);
    // az writes every value as a string, pretty-printed.
    const az = JSON.stringify(
      SAMPLE.map((r) => ({ TableName: 'PrimaryResult', ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])) })),
      null,
      2,
    );
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseSurveyExport(text, 'jsonl')).toEqual(reference);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockClear();
    const fromAz = parseSurveyExport(az, 'json');
    expect(parse).toHaveBeenCalledTimes(1);
    expect(fromAz.errors).toEqual([]);
    expect(fromAz.records).toEqual(SAMPLE);
    const { lines: _azLines, ...azReference } = generalJson(encoder.encode(az));
    expect(fromAz).toEqual(azReference);
  });
});
