/**
 * Comparing two summaries (the seed's controlled experiments across ACS resources): per shared (category, scale),
 * the differences in mean and low-score share with 95 % confidence intervals and p-values, computed exactly from
 * the score distributions (no raw rows needed).
 */
import { SurveyArgumentError } from '../core/errors.js';
import type { RatingScale, SurveyCategory } from '../core/types.js';
import { SurveyInputError } from '../core/errors.js';
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
const Z80 = 0.841621233572914;

function twoSided(z: number): number {
  return Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; |relative error| < 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1 (as SciPy's `betainc`). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0)) throw new SurveyArgumentError('a', `a and b must be positive; got a = ${a}, b = ${b}`);
  if (!(x >= 0 && x <= 1)) throw new SurveyArgumentError('x', `x must be from 0 to 1; got ${x}`);
  if (x === 0 || x === 1) return x;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Student's t cumulative distribution P(T ≤ t) for `df` > 0 degrees of freedom (any real df, as Welch needs). */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new SurveyArgumentError('df', `df must be positive; got ${df}`);
  if (t === 0) return 0.5;
  if (!Number.isFinite(df)) return normalCdf(t);
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** The `p` quantile of Student's t with `df` degrees of freedom (bisection on `studentTCdf`, to 1e-12). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new SurveyArgumentError('p', `p must be between 0 and 1 (exclusive); got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The `p` quantile of the standard normal distribution (bisection on `normalCdf`). */
function normalQuantile(p: number): number {
  if (p < 0.5) return -normalQuantile(1 - p);
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Holm's step-down adjustment of a family of p-values (controls the family-wise error rate): sorted ascending,
 * `p(i) × (m − i)`, made monotone, capped at 1; returned in the input order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(([p, i], rank) => {
    running = Math.max(running, Math.min(1, p * (m - rank)));
    adjusted[i] = running;
  });
  return adjusted;
}

/** Welch's t test of B − A from the two groups' means, sample variances and sizes. */
export function welchTTest(
  a: { mean: number; variance: number; n: number },
  b: { mean: number; variance: number; n: number },
): { t: number; df: number; p: number; standardError: number } {
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const standardError = Math.sqrt(va + vb);
  const diff = b.mean - a.mean;
  // Welch–Satterthwaite degrees of freedom.
  const df = (va + vb) ** 2 / ((a.n > 1 ? va * va / (a.n - 1) : 0) + (b.n > 1 ? vb * vb / (b.n - 1) : 0));
  if (!(standardError > 0) || !(df > 0)) return { t: diff === 0 ? 0 : Infinity * Math.sign(diff), df: NaN, p: diff === 0 ? 1 : 0, standardError };
  const t = diff / standardError;
  return { t, df, p: Math.min(1, 2 * studentTCdf(-Math.abs(t), df)), standardError };
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
  /** 95 % confidence interval of the mean difference (Welch: t distribution with Welch–Satterthwaite df). */
  meanDifferenceCi: [number, number];
  /** Welch's t statistic of the mean difference. */
  meanDifferenceT: number;
  /** Welch–Satterthwaite degrees of freedom (`NaN` when both groups have no spread). */
  meanDifferenceDf: number;
  /** Two-sided p-value of Welch's t test (t distribution, as SciPy's `ttest_ind(equal_var=False)`). */
  meanDifferenceP: number;
  /** `meanDifferenceP` after Holm's correction across the compared categories. */
  meanDifferencePAdjusted: number;
  /**
   * The smallest mean difference (in score points) this comparison detects with 80 % power in a two-sided Welch test
   * at α = 0.05, for these sample sizes and spreads: `(t₀.₉₇₅,df + t₀.₈₀,df) × SE`.
   */
  minimumDetectableMeanDifference: number;
  /** `b.lowScorePercent − a.lowScorePercent`, in percentage points. */
  lowScoreShareDifference: number;
  /** 95 % confidence interval of the share difference, percentage points (unpooled Wald). */
  lowScoreShareCi: [number, number];
  /** Two-sided p-value of the two-proportion z-test (pooled). */
  lowScoreShareP: number;
  /** `lowScoreShareP` after Holm's correction across the compared categories. */
  lowScoreSharePAdjusted: number;
  /**
   * The smallest low-score share difference (percentage points) detected with 80 % power by the two-sided pooled
   * z-test at α = 0.05 for these sample sizes: `(z₀.₉₇₅ + z₀.₈₀) × √(p̄(1 − p̄)(1/nA + 1/nB)) × 100`.
   */
  minimumDetectableShareDifference: number;
  /** Mann–Whitney U of A (ties get mid-ranks). */
  mannWhitneyU: number;
  /** Two-sided p-value of Mann–Whitney U (normal approximation with tie and continuity corrections). */
  mannWhitneyP: number;
  /** `mannWhitneyP` after Holm's correction across the compared categories. */
  mannWhitneyPAdjusted: number;
  /**
   * The verdict as data (what `SurveyComparisonTable` localizes): the share test first, then Mann–Whitney, each on
   * its Holm-adjusted p-value; `p` is the adjusted p-value the verdict rests on, `points` the share difference.
   */
  decision: SurveyComparisonDecision;
  /** The verdict in English, e.g. "B's low-score share is 4.2 points lower (p = 0.003)" or "no significant difference". */
  verdict: string;
}

/** The verdict of one category's comparison, as data. */
export type SurveyComparisonDecision =
  | { kind: 'shareLower' | 'shareHigher'; p: number; points: number }
  | { kind: 'scoresHigher' | 'scoresLower'; p: number; meanDifference: number }
  | { kind: 'none' };

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

/** Thrown by `compareSurveySummaries` for bad options (`path` e.g. `alpha`); the message says what is allowed. */
export class SurveyCompareError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyCompareError', 'SURVEY_COMPARE_INVALID', path, message);
  }
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
 * Compares B with A per shared (category, scale): difference in mean (Welch's t test: t distribution with
 * Welch–Satterthwaite df, 95 % CI), in low-score share (two-proportion z-test, 95 % CI), Mann–Whitney U on the
 * distributions, each p-value also Holm-adjusted across the compared categories, the minimum detectable differences
 * at 80 % power (two-sided α = 0.05) for the sample sizes given, and a verdict (`decision`, and `verdict` in English)
 * on the adjusted p-values. Different scales are never compared; they are listed in `onlyInA` / `onlyInB`.
 */
export function compareSurveySummaries(a: SurveySummary, b: SurveySummary, options: CompareOptions = {}): SurveyComparison {
  const labelA = options.labelA ?? 'A';
  const labelB = options.labelB ?? 'B';
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) {
    throw new SurveyCompareError('alpha', `alpha must be between 0 and 1 (exclusive); got ${String(alpha)}`);
  }
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
    const welch = welchTTest({ mean: sa.mean, variance: sa.variance, n: na }, { mean: sb.mean, variance: sb.variance, n: nb });
    const tCritical = Number.isFinite(welch.df) ? studentTQuantile(0.975, welch.df) : Z95;
    const tPower = Number.isFinite(welch.df) ? studentTQuantile(0.8, welch.df) : Z80;
    const pa = ca.lowScoreResponses / na;
    const pb = cb.lowScoreResponses / nb;
    const seShare = Math.sqrt((pa * (1 - pa)) / na + (pb * (1 - pb)) / nb);
    const pooled = (ca.lowScoreResponses + cb.lowScoreResponses) / (na + nb);
    const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
    const lowScoreShareP = se0 > 0 ? twoSided((pb - pa) / se0) : 1;
    const mw = mannWhitneyFromHistograms(countsA, countsB);
    const shareDiff = (pb - pa) * 100;
    categories.push({
      category: ca.category,
      scale: { ...ca.scale },
      a: { responses: na, mean: sa.mean, lowScorePercent: pa * 100 },
      b: { responses: nb, mean: sb.mean, lowScorePercent: pb * 100 },
      meanDifference,
      meanDifferenceCi: [meanDifference - tCritical * welch.standardError, meanDifference + tCritical * welch.standardError],
      meanDifferenceT: welch.t,
      meanDifferenceDf: welch.df,
      meanDifferenceP: welch.p,
      meanDifferencePAdjusted: welch.p,
      minimumDetectableMeanDifference: (tCritical + tPower) * welch.standardError,
      lowScoreShareDifference: shareDiff,
      lowScoreShareCi: [shareDiff - Z95 * seShare * 100, shareDiff + Z95 * seShare * 100],
      lowScoreShareP,
      lowScoreSharePAdjusted: lowScoreShareP,
      minimumDetectableShareDifference: (Z95 + Z80) * se0 * 100,
      mannWhitneyU: mw.u,
      mannWhitneyP: mw.p,
      mannWhitneyPAdjusted: mw.p,
      decision: { kind: 'none' },
      verdict: '',
    });
  }
  // Holm across the compared categories, one family per test; verdicts rest on the adjusted p-values.
  const adjust = (get: (c: CategoryComparison) => number, set: (c: CategoryComparison, p: number) => void) =>
    holmAdjust(categories.map(get)).forEach((p, i) => set(categories[i]!, p));
  adjust((c) => c.meanDifferenceP, (c, p) => (c.meanDifferencePAdjusted = p));
  adjust((c) => c.lowScoreShareP, (c, p) => (c.lowScoreSharePAdjusted = p));
  adjust((c) => c.mannWhitneyP, (c, p) => (c.mannWhitneyPAdjusted = p));
  for (const c of categories) {
    if (c.lowScoreSharePAdjusted < alpha) {
      const points = c.lowScoreShareDifference;
      c.decision = { kind: points < 0 ? 'shareLower' : 'shareHigher', p: c.lowScoreSharePAdjusted, points };
      c.verdict = `${labelB}'s low-score share is ${roundHalfUp(Math.abs(points), 1).toFixed(1)} points ${points < 0 ? 'lower' : 'higher'} (${formatPValue(c.lowScoreSharePAdjusted)})`;
    } else if (c.mannWhitneyPAdjusted < alpha) {
      const d = c.meanDifference;
      c.decision = { kind: d > 0 ? 'scoresHigher' : 'scoresLower', p: c.mannWhitneyPAdjusted, meanDifference: d };
      c.verdict = `${labelB}'s scores are ${d > 0 ? 'higher' : 'lower'} (mean ${d > 0 ? '+' : '−'}${roundHalfUp(Math.abs(d), 2).toFixed(2)}, Mann–Whitney ${formatPValue(c.mannWhitneyPAdjusted)})`;
    } else {
      c.verdict = 'no significant difference';
    }
  }
  const onlyInB = b.categories
    .filter((c) => !inA.has(key(c)))
    .map((c) => ({ category: c.category, scale: { ...c.scale } }));
  return { labels: { a: labelA, b: labelB }, alpha, categories, onlyInA, onlyInB };
}
