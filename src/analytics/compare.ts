/**
 * Comparing two summaries (the seed's controlled experiments across ACS resources): per shared (category, scale),
 * the differences in mean and low-score share with 95 % confidence intervals and p-values, computed exactly from
 * the score distributions (no raw rows needed).
 */
import { SurveyArgumentError } from '../core/errors.js';
import type { RatingScale, SurveyCategory } from '../core/types.js';
import { histogramStatistics, roundHalfUp } from './summarize.js';
import type { CategorySummary, SurveySummary } from './types.js';

/** Standard normal cumulative distribution Φ(z) (erfc approximation, |relative error| < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

const Z95 = 1.959963984540054;

function twoSided(z: number): number {
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}

/** One group's figures in a comparison. */
export interface ComparedGroup {
  /** Responses. */
  responses: number;
  /** Exact mean (unrounded). */
  mean: number;
  /** Low-score share in percent (unrounded). */
  lowScorePercent: number;
}

/** The comparison of one (category, scale) present in both summaries. B is compared with A (B − A). */
export interface CategoryComparison {
  /** The category. */
  category: SurveyCategory;
  /** The shared scale. */
  scale: RatingScale;
  /** Summary A's figures. */
  a: ComparedGroup;
  /** Summary B's figures. */
  b: ComparedGroup;
  /** `b.mean − a.mean`. */
  meanDifference: number;
  /** 95 % confidence interval of the mean difference (Welch standard error, normal approximation). */
  meanDifferenceCi: [number, number];
  /** Two-sided p-value of the mean difference (Welch statistic, normal approximation). */
  meanDifferenceP: number;
  /** `b.lowScorePercent − a.lowScorePercent`, in percentage points. */
  lowScoreShareDifference: number;
  /** 95 % confidence interval of the share difference, percentage points (unpooled Wald). */
  lowScoreShareCi: [number, number];
  /** Two-sided p-value of the two-proportion z-test (pooled). */
  lowScoreShareP: number;
  /** Mann–Whitney U of A (ties get mid-ranks). */
  mannWhitneyU: number;
  /** Two-sided p-value of Mann–Whitney U (normal approximation with tie and continuity corrections). */
  mannWhitneyP: number;
  /** A plain sentence, e.g. "B's low-score share is 4.2 points lower (p = 0.003)" or "no significant difference". */
  verdict: string;
}

/** What `compareSurveySummaries` returns. */
export interface SurveyComparison {
  /** The names used in verdicts. */
  labels: { a: string; b: string };
  /** Significance level used for verdicts. */
  alpha: number;
  /** One entry per (category, scale) present in both, in the summaries' order. */
  categories: CategoryComparison[];
  /** (category, scale) pairs only A has: not compared (different scales are never compared). */
  onlyInA: { category: SurveyCategory; scale: RatingScale }[];
  /** (category, scale) pairs only B has. */
  onlyInB: { category: SurveyCategory; scale: RatingScale }[];
}

/** Options of `compareSurveySummaries`. */
export interface CompareOptions {
  /** Name of summary A in verdicts (default `'A'`). */
  labelA?: string;
  /** Name of summary B in verdicts (default `'B'`). */
  labelB?: string;
  /** Significance level, 0 < alpha < 1 (default 0.05). */
  alpha?: number;
}

/** Formats a p-value: 3 decimals, or "p < 0.001". */
export function formatPValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${roundHalfUp(p, 3).toFixed(3)}`;
}

/** Two-sided Mann–Whitney U test from two histograms over the same scores. */
export function mannWhitneyFromHistograms(countsA: ArrayLike<number>, countsB: ArrayLike<number>): { u: number; p: number } {
  let na = 0;
  let nb = 0;
  for (let i = 0; i < countsA.length; i++) na += countsA[i] ?? 0;
  for (let i = 0; i < countsB.length; i++) nb += countsB[i] ?? 0;
  const n = na + nb;
  let rankSumA = 0;
  let below = 0;
  let ties = 0;
  const length = Math.max(countsA.length, countsB.length);
  for (let i = 0; i < length; i++) {
    const a = countsA[i] ?? 0;
    const t = a + (countsB[i] ?? 0);
    if (t === 0) continue;
    rankSumA += a * (below + (t + 1) / 2); // mid-rank of the tied block
    ties += t * t * t - t;
    below += t;
  }
  const u = rankSumA - (na * (na + 1)) / 2;
  if (na === 0 || nb === 0) return { u, p: 1 };
  const mu = (na * nb) / 2;
  const variance = ((na * nb) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return { u, p: 1 };
  const z = Math.max(0, Math.abs(u - mu) - 0.5) / Math.sqrt(variance);
  return { u, p: twoSided(z) };
}

const key = (c: CategorySummary) =>
  `${c.category}|${c.scale.lowerBound}|${c.scale.upperBound}|${c.scale.lowScoreThreshold}`;

/**
 * Compares B with A per shared (category, scale): difference in mean (Welch 95 % CI and p), in low-score share
 * (two-proportion z-test, 95 % CI), Mann–Whitney U on the distributions, and a plain verdict. Different scales are
 * never compared; they are listed in `onlyInA` / `onlyInB`.
 */
export function compareSurveySummaries(a: SurveySummary, b: SurveySummary, options: CompareOptions = {}): SurveyComparison {
  const labelA = options.labelA ?? 'A';
  const labelB = options.labelB ?? 'B';
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) throw new SurveyArgumentError('alpha', `alpha must be between 0 and 1 (exclusive); got ${alpha}`);
  const inB = new Map(b.categories.map((c) => [key(c), c]));
  const inA = new Set(a.categories.map(key));
  const categories: CategoryComparison[] = [];
  const onlyInA: SurveyComparison['onlyInA'] = [];
  for (const ca of a.categories) {
    const cb = inB.get(key(ca));
    if (!cb) {
      onlyInA.push({ category: ca.category, scale: { ...ca.scale } });
      continue;
    }
    const countsA = ca.distribution.map((d) => d.responses);
    const countsB = cb.distribution.map((d) => d.responses);
    const sa = histogramStatistics(ca.scale.lowerBound, countsA);
    const sb = histogramStatistics(cb.scale.lowerBound, countsB);
    const na = sa.responses;
    const nb = sb.responses;
    const meanDifference = sb.mean - sa.mean;
    const seMean = Math.sqrt(sa.variance / na + sb.variance / nb);
    const meanDifferenceP = seMean > 0 ? twoSided(meanDifference / seMean) : meanDifference === 0 ? 1 : 0;
    const pa = ca.lowScoreResponses / na;
    const pb = cb.lowScoreResponses / nb;
    const seShare = Math.sqrt((pa * (1 - pa)) / na + (pb * (1 - pb)) / nb);
    const pooled = (ca.lowScoreResponses + cb.lowScoreResponses) / (na + nb);
    const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
    const lowScoreShareP = se0 > 0 ? twoSided((pb - pa) / se0) : 1;
    const mw = mannWhitneyFromHistograms(countsA, countsB);
    const shareDiff = (pb - pa) * 100;
    let verdict = 'no significant difference';
    if (lowScoreShareP < alpha) {
      verdict = `${labelB}'s low-score share is ${roundHalfUp(Math.abs(shareDiff), 1).toFixed(1)} points ${shareDiff < 0 ? 'lower' : 'higher'} (${formatPValue(lowScoreShareP)})`;
    } else if (mw.p < alpha) {
      verdict = `${labelB}'s scores are ${meanDifference > 0 ? 'higher' : 'lower'} (mean ${meanDifference > 0 ? '+' : '−'}${roundHalfUp(Math.abs(meanDifference), 2).toFixed(2)}, Mann–Whitney ${formatPValue(mw.p)})`;
    }
    categories.push({
      category: ca.category,
      scale: { ...ca.scale },
      a: { responses: na, mean: sa.mean, lowScorePercent: pa * 100 },
      b: { responses: nb, mean: sb.mean, lowScorePercent: pb * 100 },
      meanDifference,
      meanDifferenceCi: [meanDifference - Z95 * seMean, meanDifference + Z95 * seMean],
      meanDifferenceP,
      lowScoreShareDifference: shareDiff,
      lowScoreShareCi: [shareDiff - Z95 * seShare * 100, shareDiff + Z95 * seShare * 100],
      lowScoreShareP,
      mannWhitneyU: mw.u,
      mannWhitneyP: mw.p,
      verdict,
    });
  }
  const onlyInB = b.categories
    .filter((c) => !inA.has(key(c)))
    .map((c) => ({ category: c.category, scale: { ...c.scale } }));
  return { labels: { a: labelA, b: labelB }, alpha, categories, onlyInA, onlyInB };
}
