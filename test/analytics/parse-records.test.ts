/**
 * The byte-level diagnostic-record scanner of the JSON readers (src/analytics/parse/records.ts) against the
 * general path (JSON.parse + ObjectRows) on random valid and invalid PT1H.json / Event Hubs input: the same
 * records, errors and skipped categories for any key order, key case, whitespace, escapes, value spelling, line
 * ends and chunking.
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

const general = (bytes: Uint8Array): Result => run((s) => new JsonlTokenizer(s, {}, false), [bytes]);
const fast = (chunks: Uint8Array[]): Result => run((s) => new JsonlTokenizer(s), chunks);

const INTS = Object.keys(generateSampleSurveys(1, 1)[0]!).filter((k) => k.includes('RatingScore'));
const TOP: [string, keyof SurveyRecord][] = [
  ['time', 'TimeGenerated'],
  ['resourceId', '_ResourceId'],
  ['operationName', 'OperationName'],
  ['operationVersion', 'OperationVersion'],
  ['correlationId', 'CorrelationId'],
];
const ODD_STRINGS = ['', ' ', 'Zoë 🎧 Ω', 'a"b\\c/d', 'tab\there', 'x\u2028y', '\ud83c', 'Echo, AudioNoise', '  '];
const ODD_INTS: Value[] = [new Raw('5.0'), new Raw('1e0'), new Raw('-0'), 101, -1, 3.5, '4', ' 4', '', '007', '1000', '+3', 'x', true, [], new Pairs([])];

/** One random diagnostic-setting record (as pairs), mostly valid, sometimes odd or broken. */
function randomRecord(r: SurveyRecord, random: () => number): Value {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const odd = (rate: number): boolean => random() < rate;
  const caseOf = (k: string): string => (odd(0.15) ? [...k].map((c) => (odd(0.5) ? c.toUpperCase() : c)).join('') : k);
  const props: [string, Value][] = [];
  for (const [key, value] of Object.entries(r)) {
    if (key === 'Type' || key === '_ResourceId' || key === 'TimeGenerated' || key === 'OperationName' || key === 'OperationVersion') continue;
    let v: Value = value;
    if (v === null) {
      if (!odd(0.3)) continue;
    } else if (INTS.includes(key)) {
      if (odd(0.15)) v = String(v);
      if (odd(0.04)) v = pick(ODD_INTS);
    } else if (odd(0.1)) v = pick(ODD_STRINGS);
    else if (odd(0.03)) v = pick<Value>([7, null, true, new Pairs([]), [1]]);
    let k = key;
    if (k === 'ScreenshareRatingScoreLowerBound' && odd(0.3)) k = 'ScreenshareLowerBound';
    if (k === 'ScreenshareRatingScoreThreshold' && odd(0.3)) k = 'ScreenshareRatingThreshold';
    props.push([k, v]);
  }
  if (odd(0.2)) props.push([pick(['Extra', 'constructor', '__proto__', 'toString', 'Ünïcode', '1', 'callid']), pick<Value>(['x', 1.5e3, null, false, [1, 'a', new Pairs([['b', [null]]])], new Pairs([['c', 'd']])])]);
  if (odd(0.03)) props.push([pick(props.map((p) => p[0]).concat('CallId')), pick<Value>(['dup', 3, null])]);
  if (odd(0.03)) props.splice(props.findIndex((p) => p[0] === 'CallId'), 1);
  shuffle(props, random);
  const top: [string, Value][] = TOP.map(([k, c]) => [caseOf(k), r[c] ?? null]);
  top.push([caseOf('category'), odd(0.1) ? pick(['StorageRead', 'callsurvey', 'CALLSURVEY', 'Ünknown', 'CallSurveyX']) : 'CallSurvey']);
  top.push(['properties', odd(0.02) ? pick<Value>([null, [], 'x']) : new Pairs(props)]);
  if (odd(0.2)) top.push(['location', 'global'], ['level', pick<Value>(['Informational', 4, null, new Pairs([['a', [true, false]]])])]);
  if (odd(0.03)) top.push([pick(['time', 'TimeGenerated', 'Category', 'properties']), 'again']);
  if (odd(0.02)) top.push(['tenantId', pick<Value>([5, null, 'tenant'])]);
  if (odd(0.02)) top.splice(top.findIndex((p) => p[0].toLowerCase() === 'category'), 1);
  shuffle(top, random);
  return new Pairs(top);
}

const SAMPLE = generateSampleSurveys(40, 5).map((r, i) => (i % 9 === 4 ? { ...r, AudioIssues: 'Echo,NoLocalAudio' } : r));

/** A random PT1H.json text: one record per line, random line ends, now and then a broken or unusual line. */
function randomExport(seed: number): string {
  const random = mulberry32(seed);
  const wsRate = random() < 0.5 ? 0 : random() * 0.5;
  const escRate = random() < 0.6 ? 0 : random() * 0.2;
  let text = '';
  const count = 1 + Math.floor(random() * 12);
  for (let i = 0; i < count; i++) {
    const r = SAMPLE[Math.floor(random() * SAMPLE.length)]!;
    let line = serialize(randomRecord(r, random), random, wsRate, escRate);
    const roll = random();
    if (roll < 0.03) line = line.slice(0, Math.floor(random() * line.length));
    else if (roll < 0.05) line = line.replace('"CallSurvey"', '"Call\u0001Survey"');
    else if (roll < 0.07) line = `{"records":[${line}]}`;
    else if (roll < 0.08) line = line + ' x';
    else if (roll < 0.09) line = ' \t ';
    else if (roll < 0.1) line = line.replace(/:/, ': tru');
    text += line + ['\n', '\r\n', '\r'][Math.floor(random() * 3)];
  }
  return random() < 0.5 ? text : text.replace(/(\r\n|\r|\n)$/, '');
}

const encoder = new TextEncoder();

describe('diagnostic-record scanner = JSON.parse path (property)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('random PT1H.json: same records, errors and skipped categories, for any chunking', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 8 }), (seed, cuts) => {
        const reference = expectFastEqualsGeneral(encoder.encode(randomExport(seed)), cuts, general, fast);
        seen += reference.records.length;
      }),
      { numRuns: 400 },
    );
    expect(seen).toBeGreaterThan(400);
  });

  it('a cut at every offset (CRLF, multi-byte characters, escapes) reads the same', () => {
    const text = [
      '{"time":"2026-01-05T00:00:00Z","category":"CallSurvey","properties":{"CallId":"c1","OverallRatingScore":5,"AudioIssues":"Echo"}}',
      ' {"properties" : { "OverallRatingScore" : "3" , "CallId" : "Zo\\u00eb 🎧" } , "Category" : "callsurvey" } ',
      '{"category":"StorageRead","properties":{}}',
      '{"category":"CallSurvey","properties":{"CallId":"c2","OverallRatingScore":7}}',
      '{"category":"CallSurvey","properties":{"CallId":"c3","OverallRatingScore":2.0}}',
    ].join('\r\n');
    const bytes = encoder.encode(text);
    const reference = general(bytes);
    expect(reference.records.map((r) => r.CallId)).toEqual(['c1', 'Zoë 🎧', 'c3']);
    expect(reference.errors).toEqual([{ line: 4, message: expect.stringMatching(/OverallRatingScore must be from 1 to 5/) }]);
    expect(reference.skipped).toEqual({ StorageRead: 1 });
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(fast([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(reference);
    }
  });

  it('with the CLI options (only some columns decoded, one reused record) the read columns are the same', () => {
    const columns = ['CallId', 'OverallRatingScore', 'OverallRatingScoreLowerBound', 'AudioIssues'] as const;
    const pick = (r: SurveyRecord) => columns.map((c) => r[c]);
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(), { maxLength: 4 }), (seed, cuts) => {
        const bytes = encoder.encode(randomExport(seed));
        const reference = general(bytes);
        const { sink, result } = collect();
        const reader = new SurveyExportReader('jsonl', sink, { columns, reuseRecord: true });
        for (const c of chunkBytes(bytes, cuts)) reader.push(c);
        reader.end();
        expect({ ...result, records: result.records.map(pick) }).toEqual({ ...reference, records: reference.records.map(pick) });
      }),
      { numRuns: 150 },
    );
  });

  it('Event Hubs {"records": [...]} messages, compact or with line breaks: the same as the JSON.parse path', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = mulberry32(seed);
        const breaks = random() < 0.5;
        // Mostly without escapes: an escaped key sends the whole record to the general path.
        const escRate = random() < 0.7 ? 0 : 0.05;
        const records = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
          serialize(randomRecord(SAMPLE[Math.floor(random() * SAMPLE.length)]!, random), random, 0.3, escRate, breaks),
        );
        const text = `{"records": [\n${records.join(',\n')}\n]}\n{"records":[${records.slice(0, 2).join(',')}]}`;
        const bytes = encoder.encode(text);
        expectFastEqualsGeneral(
          bytes,
          [Math.floor(random() * bytes.length)],
          (whole) => run((s) => new JsonTokenizer(s, {}, false), [whole]),
          (chunks) => run((s) => new JsonTokenizer(s), chunks),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('reads common diagnostic records without JSON.parse', () => {
    const lines = SAMPLE.map(
      (r) =>
        JSON.stringify({
          time: r.TimeGenerated,
          resourceId: r._ResourceId,
          category: 'CallSurvey',
          operationName: 'CallSurvey',
          properties: Object.fromEntries(Object.entries(r).filter(([k, v]) => v !== null && !['TimeGenerated', '_ResourceId', 'Type'].includes(k))),
        }) + '\n',
    );
    const text = lines.join('');
    const { lines: _lines, ...reference } = general(encoder.encode(text));
    expect(reference.records).toHaveLength(SAMPLE.length);
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseSurveyExport(text, 'jsonl')).toEqual(reference);
    expect(parseSurveyExport(`{"records":[${lines.join(',')}]}`, 'json').records).toEqual(reference.records);
    expect(parse).not.toHaveBeenCalled();
  });

  it('keys that are Object.prototype members are no columns (constructor, toString, __proto__)', () => {
    const line = '{"category":"CallSurvey","constructor":"x","properties":{"CallId":"a","OverallRatingScore":3,"toString":{},"__proto__":"y"}}';
    const fastResult = parseSurveyExport(line, 'jsonl');
    expect(fastResult.errors).toEqual([]);
    expect(Object.keys(fastResult.records[0]!)).toEqual(Object.keys(SAMPLE[0]!));
    expect(general(encoder.encode(line))).toEqual({ ...fastResult, lines: [1] });
  });
});
