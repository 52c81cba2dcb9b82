import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createSurveySummarizer,
  histogramStatistics,
  parseSurveyExport,
  roundHalfUp,
  summarizeSurveys,
  SurveyRecordError,
} from '../../src/analytics/index.js';
import type { SurveyRecord, SurveySummary } from '../../src/analytics/index.js';
import { GOLDEN_CSV } from './golden.js';

const zeros = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ score: from + i, responses: 0, percentOfRespondents: 0 }));
const dist = (from: number, to: number, counts: Record<number, [number, number]>) =>
  zeros(from, to).map((d) => {
    const c = counts[d.score];
    return c ? { score: d.score, responses: c[0], percentOfRespondents: c[1] } : d;
  });

describe('summarizeSurveys on the golden dataset (computed by hand)', () => {
  const { records, errors } = parseSurveyExport(GOLDEN_CSV, 'csv');

  it('parses all 12 rows', () => {
    expect(errors).toEqual([]);
    expect(records).toHaveLength(12);
  });

  it('matches every hand-computed statistic', () => {
    const summary = summarizeSurveys(records);
    const expected: SurveySummary = {
      // distinct CallId: c1..c9
      totalCalls: 9,
      surveys: 12,
      categories: [
        {
          // Scales sort by lowerBound: 0–10 comes before 1–5.
          // Rows 9, 10, 11 on 0–10 threshold 6: 7, 9, 3 (Σx = 19, Σx² = 139)
          category: 'overallRating',
          scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 },
          responses: 3,
          mean: 6.33, // 19/3 = 6.333…
          median: 7,
          // SS = 139 − 361/3 = 56/3; var = 28/3 = 9.333…; sd = 3.05505…
          standardDeviation: 3.06,
          lowScoreResponses: 1, // 3 <= 6
          lowScorePercent: 33.33,
          callsWithResponse: 2, // c7 (two participants) and c8
          percentOfCalls: 22.22, // 2/9 calls, not 3/9 surveys
          distribution: dist(0, 10, { 3: [1, 33.33], 7: [1, 33.33], 9: [1, 33.33] }),
        },
        {
          // Rows 1,2,3,4,5,6,7,8,12 (rows 4,5,7,12 have empty bounds → 1–5, threshold 2).
          // Scores sorted: 1,2,2,3,4,4,5,5,5 (n = 9, Σx = 31, Σx² = 125)
          category: 'overallRating',
          scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 },
          responses: 9,
          mean: 3.44, // 31 / 9 = 3.4444…
          median: 4, // 5th of 9
          // SS = 125 − 31²/9 = 164/9 = 18.222…; var = SS/8 = 2.2778; sd = 1.50923…
          standardDeviation: 1.51,
          lowScoreResponses: 3, // 1, 2, 2
          lowScorePercent: 33.33, // 3/9
          callsWithResponse: 7, // c1, c2, c3, c4, c5, c6, c9 (c1 and c3 answered twice)
          percentOfCalls: 77.78, // 7/9 = 77.777…, not 9/9 = 100
          distribution: dist(1, 5, {
            1: [1, 11.11], // 1/9 = 11.111…
            2: [2, 22.22],
            3: [1, 11.11],
            4: [2, 22.22],
            5: [3, 33.33],
          }),
        },
        {
          // Rows 3, 4, 8 on 0–1: 0, 0, 1 (Σx = 1, Σx² = 1)
          category: 'audioRating',
          scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 },
          responses: 3,
          mean: 0.33,
          median: 0,
          // SS = 1 − 1/3 = 2/3; var = 1/3; sd = 0.57735…
          standardDeviation: 0.58,
          lowScoreResponses: 2,
          lowScorePercent: 66.67, // 2/3 = 66.666…
          callsWithResponse: 3, // c2, c3, c6
          percentOfCalls: 33.33,
          distribution: dist(0, 1, { 0: [2, 66.67], 1: [1, 33.33] }),
        },
        {
          // Row 12: audio 4 without bounds → the SDK default 1–5 (never averaged with the 0–1 answers)
          category: 'audioRating',
          scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 },
          responses: 1,
          mean: 4,
          median: 4,
          standardDeviation: 0, // one response
          lowScoreResponses: 0,
          lowScorePercent: 0,
          callsWithResponse: 1, // c9
          percentOfCalls: 11.11, // 1/9
          distribution: dist(1, 5, { 4: [1, 100] }),
        },
        {
          // Rows 3, 4, 8 on 0–1: 1, 0, 0
          category: 'videoRating',
          scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 },
          responses: 3,
          mean: 0.33,
          median: 0,
          standardDeviation: 0.58,
          lowScoreResponses: 2,
          lowScorePercent: 66.67,
          callsWithResponse: 3, // c2, c3, c6
          percentOfCalls: 33.33,
          distribution: dist(0, 1, { 0: [2, 66.67], 1: [1, 33.33] }),
        },
      ],
      issues: [
        // Echo: rows 3 (listed twice there, counted once; call c2) and 4 (call c3) → 2 calls of 9 = 22.222…
        { category: 'audioRating', issue: 'Echo', count: 2, calls: 2, percentOfCalls: 22.222 },
        // Freezes: rows 4 (c3) and 8 (c6)
        { category: 'videoRating', issue: 'Freezes', count: 2, calls: 2, percentOfCalls: 22.222 },
        // count 1 → 1/9 = 11.111…; category order, then tag name
        { category: 'overallRating', issue: 'CallEndedUnexpectedly', count: 1, calls: 1, percentOfCalls: 11.111 },
        { category: 'overallRating', issue: 'HadToRejoin', count: 1, calls: 1, percentOfCalls: 11.111 },
        { category: 'overallRating', issue: 'OtherIssues', count: 1, calls: 1, percentOfCalls: 11.111 },
        { category: 'audioRating', issue: 'AudioNoise', count: 1, calls: 1, percentOfCalls: 11.111 },
        { category: 'videoRating', issue: 'LowQuality', count: 1, calls: 1, percentOfCalls: 11.111 },
      ],
    };
    expect(summary).toEqual(expected);
  });

  it('uses totalCalls when given and rounds percentages half up (2 decimals; 3 for issues)', () => {
    const summary = summarizeSurveys(records, { totalCalls: 1600 });
    expect(summary.totalCalls).toBe(1600);
    // order: overall 0–10, overall 1–5, audio 0–1, audio 1–5, video 0–1
    // calls with a response: 2/1600 = 0.125 % → 0.13; 7/1600 = 0.4375 % → 0.44; 3/1600 = 0.1875 % → 0.19; 1/1600 → 0.06
    expect(summary.categories.map((c) => c.percentOfCalls)).toEqual([0.13, 0.44, 0.19, 0.06, 0.19]);
    // 2/1600 = 0.125 %; 1/1600 = 0.0625 % → 0.063 (half up)
    expect(summary.issues.map((i) => i.percentOfCalls)).toEqual([0.125, 0.125, 0.063, 0.063, 0.063, 0.063, 0.063]);
  });

  it('gives 0 percent of 0 calls', () => {
    const summary = summarizeSurveys(records, { totalCalls: 0 });
    expect(summary.categories.every((c) => c.percentOfCalls === 0)).toBe(true);
    expect(summary.issues.every((i) => i.percentOfCalls === 0)).toBe(true);
  });

  it('the incremental summarizer gives the same result, and result() can be called mid-stream', () => {
    const s = createSurveySummarizer();
    records.slice(0, 6).forEach((r) => s.add(r));
    expect(s.result().surveys).toBe(6);
    records.slice(6).forEach((r) => s.add(r));
    expect(s.result()).toEqual(summarizeSurveys(records));
  });
});

describe('summarizeSurveys edge cases', () => {
  it('refuses a row whose scale is out of range even when its numbers pack like a valid scale (0–106 is not 1–5)', () => {
    const ok: SurveyRecord = { TimeGenerated: null, CallId: 'a', OverallRatingScore: 3 };
    // (0·101 + 106)·101 + 2 = (1·101 + 5)·101 + 2: the default 1–5 scale's group key.
    const bad: SurveyRecord = {
      TimeGenerated: null,
      CallId: 'b',
      OverallRatingScore: 50,
      OverallRatingScoreLowerBound: 0,
      OverallRatingScoreUpperBound: 106,
      OverallRatingScoreThreshold: 2,
    };
    const summarizer = createSurveySummarizer();
    summarizer.add(ok);
    expect(() => summarizer.add(bad)).toThrow(/OverallRatingScore\.upperBound must be an integer from 1 to 100/);
    expect(summarizer.result().categories[0]).toMatchObject({ responses: 1 });
  });

  it('an empty input gives an empty summary', () => {
    expect(summarizeSurveys([])).toEqual({ totalCalls: 0, surveys: 0, categories: [], issues: [] });
  });

  it('rejects a score outside its row scale, naming the column and the range', () => {
    const bad: SurveyRecord = { TimeGenerated: null, CallId: 'x', OverallRatingScore: 7 };
    expect(() => summarizeSurveys([bad])).toThrow(SurveyRecordError);
    expect(() => summarizeSurveys([bad])).toThrow(/OverallRatingScore must be an integer from 1 to 5/);
  });

  it('a rejected record changes nothing (all categories are checked before counting)', () => {
    const good: SurveyRecord = { TimeGenerated: null, CallId: 'a', OverallRatingScore: 4, AudioIssues: 'Echo' };
    const bad: SurveyRecord = { TimeGenerated: null, CallId: 'b', OverallRatingScore: 5, AudioRatingScore: 3, AudioRatingScoreLowerBound: 0, AudioRatingScoreUpperBound: 1, AudioRatingScoreThreshold: 0, AudioIssues: 'Echo' };
    const s = createSurveySummarizer();
    s.add(good);
    expect(() => s.add(bad)).toThrow(/AudioRatingScore must be an integer from 0 to 1 \(the row's scale\); got 3/);
    expect(s.result()).toEqual(summarizeSurveys([good]));
  });

  it('rejects a bad totalCalls', () => {
    expect(() => summarizeSurveys([], { totalCalls: -1 })).toThrow(/totalCalls must be a non-negative integer/);
  });

  it('roundHalfUp avoids binary surprises', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(0.0625, 3)).toBe(0.063);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(33.33333, 2)).toBe(33.33);
  });
});

describe('histogram statistics equal a sort-based reference (property)', () => {
  it('median and sample standard deviation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }).chain((lower) =>
          fc.tuple(
            fc.constant(lower),
            fc.integer({ min: lower + 1, max: 100 }).chain((upper) =>
              fc.tuple(fc.constant(upper), fc.array(fc.integer({ min: lower, max: upper }), { minLength: 1, maxLength: 200 })),
            ),
          ),
        ),
        ([lower, [upper, scores]]) => {
          const counts = new Array<number>(upper - lower + 1).fill(0);
          for (const s of scores) counts[s - lower]!++;
          const stats = histogramStatistics(lower, counts);
          const sorted = [...scores].sort((a, b) => a - b);
          const n = sorted.length;
          const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
          const mean = sorted.reduce((a, b) => a + b, 0) / n;
          const variance = n > 1 ? sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
          expect(stats.responses).toBe(n);
          expect(stats.median).toBe(median);
          expect(stats.mean).toBeCloseTo(mean, 9);
          expect(Math.sqrt(stats.variance)).toBeCloseTo(Math.sqrt(variance), 9);
        },
      ),
    );
  });

  it('summarizeSurveys rounds the reference values of random 1–5 data', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 100 }), (scores) => {
        const records: SurveyRecord[] = scores.map((s, i) => ({ TimeGenerated: null, CallId: `c${i}`, OverallRatingScore: s }));
        const [cat] = summarizeSurveys(records).categories;
        const sorted = [...scores].sort((a, b) => a - b);
        const n = sorted.length;
        const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
        const mean = sorted.reduce((a, b) => a + b, 0) / n;
        const sd = n > 1 ? Math.sqrt(sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
        expect(cat!.median).toBe(median);
        expect(Math.abs(cat!.mean - mean)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(cat!.standardDeviation - sd)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(cat!.lowScoreResponses).toBe(scores.filter((s) => s <= 2).length);
      }),
    );
  });
});

describe('shares of calls: distinct calls, never above 100 % (property)', () => {
  it('three participants answering in one call are one call (100 %, not 300 %)', () => {
    const records: SurveyRecord[] = ['p1', 'p2', 'p3'].map((p) => ({
      TimeGenerated: null,
      CallId: 'call-1',
      ParticipantId: p,
      OverallRatingScore: 2,
      OverallCallIssues: 'HadToRejoin',
    }));
    const summary = summarizeSurveys(records);
    expect(summary.totalCalls).toBe(1);
    expect(summary.categories[0]).toMatchObject({ responses: 3, callsWithResponse: 1, percentOfCalls: 100 });
    expect(summary.issues[0]).toMatchObject({ count: 3, calls: 1, percentOfCalls: 100 });
    // A given totalCalls smaller than the calls that answered caps the share at 100.
    expect(summarizeSurveys([...records, { TimeGenerated: null, CallId: 'call-2', OverallRatingScore: 5 }], { totalCalls: 1 }).categories[0]!.percentOfCalls).toBe(100);
  });

  const tags = ['Echo', 'LowVolume', 'NoLocalAudio', 'OtherIssues', 'SomethingNew'];
  const record = fc.record({
    call: fc.oneof(fc.integer({ min: 0, max: 30 }).map((i) => `call-${i}`), fc.constantFrom(
      '0123abcd-ef01-4abc-89de-0123456789ab',
      '0123ABCD-EF01-4ABC-89DE-0123456789AB',
      '0123abcd-ef01-4abc-89de-0123456789ac',
      '',
    )),
    overall: fc.option(fc.integer({ min: 1, max: 5 })),
    overallScaled: fc.boolean(),
    audio: fc.option(fc.integer({ min: 0, max: 1 })),
    audioTags: fc.option(
      fc.tuple(fc.array(fc.constantFrom(...tags), { maxLength: 4 }), fc.constantFrom(',', ', ', ' ,\t')).map(([t, sep]) => t.join(sep)),
    ),
    videoTags: fc.option(fc.array(fc.constantFrom('Freezes', 'LowQuality'), { maxLength: 3 }).map((t) => t.join(','))),
  });

  it('every percentOfCalls ≤ 100 and equals a naive distinct-call reference, with and without totalCalls', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 120 }), fc.option(fc.integer({ min: 0, max: 60 })), (rows, total) => {
        const records: SurveyRecord[] = rows.map((r) => ({
          TimeGenerated: null,
          CallId: r.call,
          OverallRatingScore: r.overall,
          ...(r.overallScaled ? { OverallRatingScoreLowerBound: 1, OverallRatingScoreUpperBound: 5, OverallRatingScoreThreshold: 2 } : {}),
          AudioRatingScore: r.audio,
          ...(r.audio === null ? {} : { AudioRatingScoreLowerBound: 0, AudioRatingScoreUpperBound: 1, AudioRatingScoreThreshold: 0 }),
          AudioIssues: r.audioTags,
          VideoIssues: r.videoTags,
        }));
        const summary = summarizeSurveys(records, total === null ? {} : { totalCalls: total });
        // The naive reference: Sets of call-id strings.
        const allCalls = new Set(records.map((r) => r.CallId).filter(Boolean));
        const totalCalls = total ?? allCalls.size;
        expect(summary.totalCalls).toBe(totalCalls);
        const pct = (calls: number, decimals: number) =>
          totalCalls === 0 ? 0 : roundHalfUp((Math.min(calls, totalCalls) / totalCalls) * 100, decimals);
        const scaleCalls = new Map<string, Set<string>>();
        const tagCalls = new Map<string, { count: number; calls: Set<string> }>();
        for (const r of records) {
          if (r.OverallRatingScore !== null && r.OverallRatingScore !== undefined) {
            const k = 'overallRating|1|5|2';
            if (!scaleCalls.has(k)) scaleCalls.set(k, new Set());
            if (r.CallId) scaleCalls.get(k)!.add(r.CallId);
          }
          if (r.AudioRatingScore !== null && r.AudioRatingScore !== undefined) {
            const k = 'audioRating|0|1|0';
            if (!scaleCalls.has(k)) scaleCalls.set(k, new Set());
            if (r.CallId) scaleCalls.get(k)!.add(r.CallId);
          }
          for (const [category, raw] of [['audioRating', r.AudioIssues], ['videoRating', r.VideoIssues]] as const) {
            for (const tag of new Set((raw ?? '').split(',').map((t) => t.trim()).filter(Boolean))) {
              const k = `${category}|${tag}`;
              if (!tagCalls.has(k)) tagCalls.set(k, { count: 0, calls: new Set() });
              const e = tagCalls.get(k)!;
              e.count++;
              if (r.CallId) e.calls.add(r.CallId);
            }
          }
        }
        expect(summary.categories).toHaveLength(scaleCalls.size);
        for (const c of summary.categories) {
          const ref = scaleCalls.get(`${c.category}|${c.scale.lowerBound}|${c.scale.upperBound}|${c.scale.lowScoreThreshold}`)!;
          expect(c.callsWithResponse).toBe(ref.size);
          expect(c.percentOfCalls).toBe(pct(ref.size, 2));
          expect(c.percentOfCalls).toBeLessThanOrEqual(100);
          expect(c.callsWithResponse).toBeLessThanOrEqual(c.responses);
        }
        expect(summary.issues).toHaveLength(tagCalls.size);
        for (const i of summary.issues) {
          const ref = tagCalls.get(`${i.category}|${i.issue}`)!;
          expect(i.count).toBe(ref.count);
          expect(i.calls).toBe(ref.calls.size);
          expect(i.percentOfCalls).toBe(pct(ref.calls.size, 3));
          expect(i.percentOfCalls).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });
});
