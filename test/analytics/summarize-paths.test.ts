import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSurveySummarizer, generateSampleSurveys, summarizeSurveys } from '../../src/analytics/index.js';
import type { SurveyRecord, SurveySummary } from '../../src/analytics/index.js';

// The summarizer remembers, per category, the bound and threshold cells of the previous record (an empty cell read as
// its default) and the group they led to, and skips the scale key, the group lookup and the scale checks when the
// next record has the same cells.
// These tests compare that fast path with the general one on the same records: in the general run every record is
// preceded by a rejected "poison" record whose (valid, never used) scales replace the remembered ones in all four
// categories, so every real record looks its scales up again. A rejected record changes nothing else.

type Cells = readonly [number | null | undefined, number | null | undefined, number | null | undefined];

/** Raw (lowerBound, upperBound, threshold) cells: defaults spelled three ways (all the 1–5 group), others, bad ones. */
const SCALES: readonly Cells[] = [
  [null, null, null],
  [undefined, undefined, undefined],
  [1, 5, 2],
  [1, null, 2],
  [null, 5, undefined],
  [0, 10, 6],
  [0, 1, 0],
  [1, 5, 3],
  [0, 100, 100],
  [5, 5, 5], // lower = upper: rejected
  [0, 106, 2], // out of range (would pack like 1–5): rejected
  [1, 5, 7], // threshold outside: rejected
  [NaN, 5, 2], // rejected, and NaN never equals the remembered cell
  [1.5, 5, 2], // rejected
];

const PREFIXES = ['Overall', 'Audio', 'Video', 'Screenshare'] as const;
const ISSUES = ['OverallCallIssues', 'AudioIssues', 'VideoIssues', 'ScreenshareIssues'] as const;

/** The poison: scale 0–99 (threshold 50) everywhere, a valid score in the first three categories, 100 in the last. */
function poison(): SurveyRecord {
  const r: Record<string, unknown> = { TimeGenerated: null, CallId: 'poison' };
  PREFIXES.forEach((p, i) => {
    r[`${p}RatingScore`] = i === 3 ? 100 : 0;
    r[`${p}RatingScoreLowerBound`] = 0;
    r[`${p}RatingScoreUpperBound`] = 99;
    r[`${p}RatingScoreThreshold`] = 50;
  });
  return r as unknown as SurveyRecord;
}

type Outcome = { summary: SurveySummary; errors: string[] };

function run(records: readonly SurveyRecord[], general: boolean, totalCalls?: number): Outcome {
  const s = createSurveySummarizer(totalCalls === undefined ? {} : { totalCalls });
  const errors: string[] = [];
  for (const r of records) {
    if (general) expect(() => s.add(poison())).toThrow(/ScreenshareRatingScore must be an integer from 0 to 99/);
    try {
      s.add(r);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  return { summary: s.result(), errors };
}

const category = fc.record({
  scale: fc.nat({ max: SCALES.length - 1 }),
  // Mostly inside 0–10 (valid on most scales), sometimes a non-integer, a string or absent.
  score: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(2.5, '3', null, undefined, -0, 100) },
  ),
});
const row = fc.record({
  call: fc.constantFrom('a', 'b', 'c', '', '0123abcd-ef01-4abc-89de-0123456789ab', '0123ABCD-EF01-4ABC-89DE-0123456789AB'),
  categories: fc.array(fc.option(category, { nil: undefined }), { minLength: 4, maxLength: 4 }),
  tags: fc.option(fc.constantFrom('Echo', 'Echo, LowVolume', 'SomethingNew,Echo', ' '), { nil: undefined }),
  // Runs of records sharing the same cells exercise the remembered group.
  repeat: fc.integer({ min: 1, max: 4 }),
});

type Row = Omit<typeof row extends fc.Arbitrary<infer T> ? T : never, 'call' | 'tags'> & { call: string; tags: string | undefined };

function toRecords(rows: Row[], objectCells: boolean): SurveyRecord[] {
  const out: SurveyRecord[] = [];
  for (const r of rows) {
    for (let k = 0; k < r.repeat; k++) {
      const rec: Record<string, unknown> = { TimeGenerated: null, CallId: r.call };
      r.categories.forEach((c, i) => {
        if (!c) return;
        const [lower, upper, threshold] = SCALES[c.scale]!;
        const p = PREFIXES[i]!;
        rec[`${p}RatingScore`] = c.score;
        // An absent cell (`undefined`) is left out or written as undefined: both are the default.
        if (lower !== undefined || objectCells) rec[`${p}RatingScoreLowerBound`] = lower;
        if (upper !== undefined || objectCells) rec[`${p}RatingScoreUpperBound`] = upper;
        if (threshold !== undefined || objectCells) rec[`${p}RatingScoreThreshold`] = threshold;
        if (r.tags) rec[ISSUES[i]!] = r.tags;
      });
      out.push(rec as unknown as SurveyRecord);
    }
  }
  return out;
}

describe('summarizer: the remembered-scale fast path equals the general path', () => {
  it('on random mixed-scale records (valid and rejected), with and without totalCalls (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.boolean(), fc.option(fc.nat({ max: 20 }), { nil: undefined }), (rows, cells, total) => {
        const records = toRecords(rows, cells);
        const fast = run(records, false, total);
        const general = run(records, true, total);
        expect(fast).toEqual(general);
        // Poison records never show: every summarized group came from a real record.
        expect(fast.summary.surveys).toBe(records.length - fast.errors.length);
      }),
      { numRuns: 300 },
    );
  });

  it('the three spellings of the default scale land in one 1–5 group, next to each other or not', () => {
    const records = toRecords(
      [0, 1, 2, 3, 4, 2, 0].map((scale) => ({ call: `c${scale}`, categories: [{ scale, score: 3 }, undefined, undefined, undefined], tags: undefined, repeat: 2 })),
      false,
    );
    for (const general of [false, true]) {
      const { summary, errors } = run(records, general);
      expect(errors).toEqual([]);
      expect(summary.categories).toHaveLength(1);
      expect(summary.categories[0]).toMatchObject({ scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 }, responses: 14, callsWithResponse: 5 });
    }
  });

  it('scales differing in one cell only, empty (the default) or not, are never taken for one another', () => {
    // Each is the default 1–5 / 2 with one cell changed, and each changed cell is spelled filled or (for the default)
    // empty, so a remembered scale that compared one cell too few, or read an empty cell as the wrong default, would
    // count a record in its neighbour's group.
    const cells: Cells[] = [
      [null, null, null],
      [1, 5, 2],
      [0, null, null],
      [0, 5, 2],
      [null, 10, null],
      [1, 10, 2],
      [null, null, 1],
      [1, 5, 1],
      [null, 5, null],
      [1, null, 2],
    ];
    const at = ([lower, upper, threshold]: Cells, call: string, score: number): SurveyRecord => {
      const rec: Record<string, unknown> = { TimeGenerated: null, CallId: call };
      for (const p of PREFIXES) {
        rec[`${p}RatingScore`] = score;
        rec[`${p}RatingScoreLowerBound`] = lower;
        rec[`${p}RatingScoreUpperBound`] = upper;
        rec[`${p}RatingScoreThreshold`] = threshold;
      }
      return rec as unknown as SurveyRecord;
    };
    // Every ordered pair next to each other.
    const records: SurveyRecord[] = [];
    for (let a = 0; a < cells.length; a++) {
      for (let b = 0; b < cells.length; b++) records.push(at(cells[a]!, `c${a}`, 1 + (a % 3)), at(cells[b]!, `c${b}`, 1 + (b % 3)));
    }
    const fast = run(records, false);
    const general = run(records, true);
    expect(fast.errors).toEqual([]);
    expect(fast).toEqual(general);
    // 1–5/2 (four spellings), 0–5/2, 1–10/2, 1–5/1: four groups in each of the four categories.
    expect(fast.summary.categories).toHaveLength(16);
  });

  it('a bad scale right after a good one with the same cells but one is still rejected, then the good one counts again', () => {
    const at = (lower: number, upper: number, threshold: number, score: number): SurveyRecord =>
      ({ TimeGenerated: null, CallId: 'x', OverallRatingScore: score, OverallRatingScoreLowerBound: lower, OverallRatingScoreUpperBound: upper, OverallRatingScoreThreshold: threshold }) as SurveyRecord;
    const s = createSurveySummarizer();
    s.add(at(1, 5, 2, 4));
    expect(() => s.add(at(1, 5, 7, 4))).toThrow(/OverallRatingScore\.lowScoreThreshold must be an integer from 1 to 5/);
    expect(() => s.add(at(1, 5, 2, 6))).toThrow(/OverallRatingScore must be an integer from 1 to 5 \(the row's scale\); got 6/);
    expect(() => s.add(at(1, 5, 2, 2.5))).toThrow(/got 2\.5/);
    s.add(at(1, 5, 2, 1));
    expect(s.result().categories[0]).toMatchObject({ responses: 2, lowScoreResponses: 1 });
  });
});

describe('summarizeSurveys: the array index loop equals iterating', () => {
  const records = generateSampleSurveys(500, 7);
  const expected = (() => {
    const s = createSurveySummarizer();
    for (const r of records) s.add(r);
    return s.result();
  })();

  it('an array, a generator and a Set give the same summary', () => {
    expect(summarizeSurveys(records)).toEqual(expected);
    expect(summarizeSurveys((function* () { yield* records; })())).toEqual(expected);
    expect(summarizeSurveys(new Set(records))).toEqual(expected);
  });

  it('an array with its own iterator is summarized from what the iterator yields', () => {
    const doubled = records.slice();
    Object.defineProperty(doubled, Symbol.iterator, { value: function* () { yield* records; yield* records; } });
    const s = createSurveySummarizer();
    for (const r of [...records, ...records]) s.add(r);
    const summary = summarizeSurveys(doubled);
    expect(summary.surveys).toBe(2 * records.length);
    expect(summary).toEqual(s.result());
  });
});
