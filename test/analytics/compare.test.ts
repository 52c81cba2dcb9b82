/*
 * SciPy reference values in this file come from (python3, SciPy 1.17):
 *
 *   import numpy as np
 *   from scipy import stats, special
 *   def expand(counts, lo=1): return np.repeat(np.arange(lo, lo + len(counts)), counts)
 *   for ca, cb in [([10,15,20,30,25], [5,8,22,35,30]), ([1,2,0,1,0], [0,0,1,1,2])]:
 *       a, b = expand(ca), expand(cb)
 *       r = stats.ttest_ind(b, a, equal_var=False); ci = r.confidence_interval(0.95)
 *       se = np.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b))
 *       mdd = (stats.t.ppf(0.975, r.df) + stats.t.ppf(0.8, r.df)) * se
 *       print(r.statistic, r.df, r.pvalue, ci.low, ci.high, mdd)
 *   for t, df in [(0.5, 1), (-2.0, 3.5), (2.2281388519649385, 10), (1.0, 197.3), (-4.0, 2.2)]: print(stats.t.cdf(t, df))
 *   for x, a, b in [(0.3, 2.0, 3.0), (0.9, 0.5, 5.0), (0.01, 10.0, 0.5)]: print(special.betainc(a, b, x))
 *   print(stats.t.ppf(0.975, 4.2))
 *   z = stats.norm.ppf(0.975) + stats.norm.ppf(0.8); print(z * np.sqrt(0.19 * 0.81 * 0.02) * 100)
 */
import { describe, expect, it } from 'vitest';
import {
  compareSurveySummaries,
  formatPValue,
  generateSampleSurveys,
  holmAdjust,
  mannWhitneyFromHistograms,
  normalCdf,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  summarizeSurveys,
  SurveyCompareError,
} from '../../src/analytics/index.js';
import { SurveyInputError } from '../../src/core/errors.js';
import type { SurveyRecord } from '../../src/analytics/index.js';

/** Records with the given count of each overall score 1..5 (default scale). */
function overall(counts: number[], prefix: string): SurveyRecord[] {
  return counts.flatMap((n, i) =>
    Array.from({ length: n }, (_, k) => ({ TimeGenerated: null, CallId: `${prefix}${i}-${k}`, OverallRatingScore: i + 1 })),
  );
}

describe('statistics helpers', () => {
  it('normalCdf matches the table values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021, 6);
    expect(normalCdf(-0.5)).toBeCloseTo(0.3085375, 6);
  });

  it('Mann–Whitney U with ties, by hand', () => {
    // A = {1, 1, 2}, B = {2, 3, 3}. Pooled ranks: 1,1 → 1.5 each; 2,2 → 3.5; 3,3 → 5.5.
    // R_A = 1.5 + 1.5 + 3.5 = 6.5; U_A = 6.5 − 3·4/2 = 0.5; μ = 3·3/2 = 4.5.
    // Ties: three blocks of 2 → Σ(t³ − t) = 18; σ² = 9/12 · (7 − 18/(6·5)) = 0.75 · 6.4 = 4.8.
    // z = (|0.5 − 4.5| − 0.5)/√4.8 = 3.5/2.19089 = 1.59752 → p = 2(1 − Φ(1.59752)) = 0.11015 (scipy: 0.110149).
    const { u, p } = mannWhitneyFromHistograms([2, 1, 0], [0, 1, 2]);
    expect(u).toBe(0.5);
    expect(p).toBeCloseTo(0.110149, 5);
    // All ties: no information.
    expect(mannWhitneyFromHistograms([3], [4]).p).toBe(1);
  });

  it('formats p-values', () => {
    expect(formatPValue(0.0305)).toBe('p = 0.031');
    expect(formatPValue(0.0004)).toBe('p < 0.001');
  });
});

describe('t distribution, incomplete beta, Holm (against SciPy)', () => {
  it('regularizedIncompleteBeta = scipy.special.betainc', () => {
    expect(regularizedIncompleteBeta(0.3, 2, 3)).toBeCloseTo(0.3483, 13);
    expect(regularizedIncompleteBeta(0.9, 0.5, 5)).toBeCloseTo(0.999997429410301, 13);
    expect(regularizedIncompleteBeta(0.01, 10, 0.5) / 1.77003496552857e-21).toBeCloseTo(1, 10);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('studentTCdf = scipy.stats.t.cdf, for fractional df too; studentTQuantile = t.ppf', () => {
    const cases: [number, number, number][] = [
      [0.5, 1, 0.647583617650433],
      [-2.0, 3.5, 0.0630692612879567],
      [2.2281388519649385, 10, 0.974999999999096],
      [1.0, 197.3, 0.840732318640009],
      [-4.0, 2.2, 0.024365313363882],
    ];
    for (const [t, df, expected] of cases) expect(studentTCdf(t, df)).toBeCloseTo(expected, 12);
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(studentTQuantile(0.975, 4.2)).toBeCloseTo(2.72507272259237, 9);
    expect(studentTQuantile(0.025, 4.2)).toBeCloseTo(-2.72507272259237, 9);
  });

  it('Holm: sorted p × (m − rank), monotone, capped at 1, in input order', () => {
    // p = 0.01, 0.04, 0.03, 0.5 → sorted 0.01·4 = 0.04, 0.03·3 = 0.09, 0.04·2 = 0.08 → 0.09 (monotone), 0.5·1 = 0.5
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.5]);
    [0.04, 0.09, 0.09, 0.5].forEach((p, i) => expect(adjusted[i]).toBeCloseTo(p, 12));
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });

  it('small samples: Welch uses the t distribution (SciPy: t = 2.5298221281, df = 5.6016597510, p = 0.04745480104)', () => {
    const small = compareSurveySummaries(summarizeSurveys(overall([1, 2, 0, 1, 0], 'a')), summarizeSurveys(overall([0, 0, 1, 1, 2], 'b')));
    const [c] = small.categories;
    expect(c!.meanDifferenceT).toBeCloseTo(2.5298221281, 9);
    expect(c!.meanDifferenceDf).toBeCloseTo(5.601659751, 8);
    expect(c!.meanDifferenceP).toBeCloseTo(0.04745480104, 9); // the normal approximation would say 0.0114
    expect(c!.meanDifferenceCi[0]).toBeCloseTo(0.0317067006, 8);
    expect(c!.meanDifferenceCi[1]).toBeCloseTo(3.9682932994, 8);
    expect(c!.minimumDetectableMeanDifference).toBeCloseTo(2.6881734899, 7);
  });

  it('Holm across categories: adjusted p-values drive the verdict', () => {
    const rows = (overallCounts: number[], audioBad: number, prefix: string): SurveyRecord[] =>
      overall(overallCounts, prefix).map((r, i) => ({
        ...r,
        AudioRatingScore: i < audioBad ? 0 : 1,
        AudioRatingScoreLowerBound: 0,
        AudioRatingScoreUpperBound: 1,
        AudioRatingScoreThreshold: 0,
      }));
    const A = summarizeSurveys(rows([10, 15, 20, 30, 25], 30, 'a'));
    const B = summarizeSurveys(rows([5, 8, 22, 35, 30], 31, 'b'));
    const result = compareSurveySummaries(A, B);
    expect(result.categories.map((c) => c.category)).toEqual(['overallRating', 'audioRating']);
    const raw = result.categories.map((c) => c.lowScoreShareP);
    const adjusted = holmAdjust(raw);
    expect(result.categories.map((c) => c.lowScoreSharePAdjusted)).toEqual(adjusted);
    expect(result.categories.map((c) => c.meanDifferencePAdjusted)).toEqual(holmAdjust(result.categories.map((c) => c.meanDifferenceP)));
    // Overall share: raw p = 0.0305 < 0.05, but ×2 (two categories, the smaller p) = 0.061: not significant after Holm.
    expect(raw[0]).toBeCloseTo(0.030545, 5);
    expect(adjusted[0]).toBeCloseTo(0.06109, 4);
    expect(result.categories[0]!.decision.kind).not.toMatch(/^share/);
  });
});

describe('compareSurveySummaries', () => {
  // A: 100 surveys, scores 1..5 = 10, 15, 20, 30, 25 → low (≤ 2) = 25 → 25 %.
  // B: 100 surveys, scores 1..5 = 5, 8, 22, 35, 30 → low = 13 → 13 %.
  const a = summarizeSurveys(overall([10, 15, 20, 30, 25], 'a'));
  const b = summarizeSurveys(overall([5, 8, 22, 35, 30], 'b'));

  it('two-proportion z-test, Wald CI, Welch mean difference and Mann–Whitney, by hand and against scipy', () => {
    const result = compareSurveySummaries(a, b, { labelA: 'Release 1', labelB: 'Release 2' });
    expect(result.onlyInA).toEqual([]);
    expect(result.onlyInB).toEqual([]);
    const [c] = result.categories;
    expect(c!.category).toBe('overallRating');
    expect(c!.a.responses).toBe(100);
    expect(c!.a.lowScorePercent).toBe(25);
    // mean A = (10·1 + 15·2 + 20·3 + 30·4 + 25·5)/100 = 345/100 = 3.45
    // mean B = (5·1 + 8·2 + 22·3 + 35·4 + 30·5)/100 = 377/100 = 3.77
    expect(c!.a.mean).toBeCloseTo(3.45, 10);
    expect(c!.b.mean).toBeCloseTo(3.77, 10);
    expect(c!.meanDifference).toBeCloseTo(0.32, 10);
    // Welch's t test, t distribution with Welch–Satterthwaite df (SciPy, script in the header of this file):
    // t = 1.8746697692, df = 194.0716905223, p = 0.06234050732, CI (−0.0166588385, 0.6566588385), MDD 0.4806376489
    expect(c!.meanDifferenceT).toBeCloseTo(1.8746697692, 9);
    expect(c!.meanDifferenceDf).toBeCloseTo(194.0716905223, 8);
    expect(c!.meanDifferenceP).toBeCloseTo(0.06234050732, 9);
    expect(c!.meanDifferencePAdjusted).toBe(c!.meanDifferenceP); // one category: Holm changes nothing
    expect(c!.meanDifferenceCi[0]).toBeCloseTo(-0.0166588385, 8);
    expect(c!.meanDifferenceCi[1]).toBeCloseTo(0.6566588385, 8);
    expect(c!.minimumDetectableMeanDifference).toBeCloseTo(0.4806376489, 8);
    // Share MDD: (z.975 + z.80)·√(0.19·0.81·0.02)·100 = 15.5431180341 points (SciPy norm.ppf)
    expect(c!.minimumDetectableShareDifference).toBeCloseTo(15.5431180341, 6);
    // Shares: 0.25 vs 0.13 → −12 points. Pooled p = 38/200 = 0.19; SE₀ = √(0.19·0.81·(1/100 + 1/100)) = 0.055480;
    // z = −0.12/0.055480 = −2.16295 → p = 0.030545.
    expect(c!.lowScoreShareDifference).toBeCloseTo(-12, 10);
    expect(c!.lowScoreShareP).toBeCloseTo(0.030545, 5);
    // Wald SE = √(0.25·0.75/100 + 0.13·0.87/100) = 0.055236; CI = −12 ± 1.95996·5.5236 = (−22.7459, −1.2541)
    expect(c!.lowScoreShareCi[0]).toBeCloseTo(-22.745895, 4);
    expect(c!.lowScoreShareCi[1]).toBeCloseTo(-1.254105, 4);
    // scipy.stats.mannwhitneyu(A, B, use_continuity=True, method='asymptotic') → U = 4340, p = 0.095385
    expect(c!.mannWhitneyU).toBe(4340);
    expect(c!.mannWhitneyP).toBeCloseTo(0.095385, 5);
    expect(c!.verdict).toBe("Release 2's low-score share is 12.0 points lower (p = 0.031)");
    expect(c!.decision).toEqual({ kind: 'shareLower', p: c!.lowScoreSharePAdjusted, points: c!.lowScoreShareDifference });
  });

  it('says "no significant difference" for the same data, and never compares different scales', () => {
    const same = compareSurveySummaries(a, a);
    expect(same.categories[0]!.verdict).toBe('no significant difference');
    expect(same.categories[0]!.lowScoreShareP).toBe(1);
    const custom = summarizeSurveys([
      { TimeGenerated: null, CallId: 'x', OverallRatingScore: 7, OverallRatingScoreLowerBound: 0, OverallRatingScoreUpperBound: 10, OverallRatingScoreThreshold: 6 },
    ]);
    const mixed = compareSurveySummaries(a, custom);
    expect(mixed.categories).toEqual([]);
    expect(mixed.onlyInA).toEqual([{ category: 'overallRating', scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } }]);
    expect(mixed.onlyInB).toEqual([{ category: 'overallRating', scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } }]);
    expect(() => compareSurveySummaries(a, b, { alpha: 1 })).toThrow(/alpha must be between 0 and 1/);
    const error = (() => {
      try {
        compareSurveySummaries(a, b, { alpha: 0 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SurveyCompareError);
    expect(error).toBeInstanceOf(SurveyInputError);
    expect((error as SurveyCompareError).path).toBe('alpha');
    expect(same.categories[0]!.decision).toEqual({ kind: 'none' });
  });

  it('detects a worse release in generated data', () => {
    const good = summarizeSurveys(generateSampleSurveys(3000, 1, { lowScoreRate: 0.1 }));
    const worse = summarizeSurveys(generateSampleSurveys(3000, 2, { lowScoreRate: 0.2 }));
    const [overallComparison] = compareSurveySummaries(good, worse).categories.filter((c) => c.scale.upperBound === 5);
    expect(overallComparison!.lowScoreShareDifference).toBeGreaterThan(5);
    expect(overallComparison!.verdict).toMatch(/^B's low-score share is \d+\.\d points higher \(p < 0\.001\)$/);
  });
});

describe('generateSampleSurveys', () => {
  it('is deterministic per seed and realistic', () => {
    const one = generateSampleSurveys(2000, 42);
    expect(generateSampleSurveys(2000, 42)).toEqual(one);
    expect(generateSampleSurveys(2000, 43)).not.toEqual(one);
    const s = summarizeSurveys(one);
    const main = s.categories.find((c) => c.category === 'overallRating' && c.scale.upperBound === 5)!;
    expect(main.lowScorePercent).toBeGreaterThan(5);
    expect(main.lowScorePercent).toBeLessThan(20); // most calls are good
    expect(one.some((r) => r.OverallRatingScoreLowerBound === null)).toBe(true); // rows without bounds
    expect(s.categories.some((c) => c.scale.upperBound === 10)).toBe(true); // a custom scale
    // Issue tags come with low scores.
    const tagged = one.filter((r) => r.AudioIssues);
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((r) => r.AudioRatingScore === 0 && (r.OverallRatingScore ?? 9) <= (r.OverallRatingScoreThreshold ?? 2))).toBe(true);
    expect(s.totalCalls).toBeLessThan(s.surveys); // several participants per call
  });
});
