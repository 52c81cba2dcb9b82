/**
 * One-pass summaries from integer histograms: memory is bounded by the scale (scores are integers in 0–100), the
 * median is exact without sorting, and surveys on different scales are never averaged together.
 */
import { SurveyArgumentError, SurveyError } from '../core/errors.js';
import { SURVEY_CATEGORIES } from '../core/types.js';
import type { RatingScale, SurveyCategory } from '../core/types.js';
import { CATEGORY_COLUMNS, DEFAULT_RECORD_SCALE } from './columns.js';
import type { CategorySummary, IssueSummary, SurveyRecord, SurveySummary } from './types.js';

/**
 * Rounds half up (towards +∞ at exactly .5) to `decimals` places, without binary floating-point surprises
 * (`roundHalfUp(1.005, 2) === 1.01`).
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const text = String(value);
  if (text.includes('e')) {
    const f = 10 ** decimals;
    return Math.round(value * f) / f;
  }
  const rounded = Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Thrown by the summarizer for a record it cannot count; the message names the column and the allowed values. */
export class SurveyRecordError extends SurveyError {
  /** The offending column. */
  readonly column: string;
  constructor(column: string, message: string) {
    super('SURVEY_RECORD_INVALID', message, { path: column });
    this.name = 'SurveyRecordError';
    this.column = column;
  }
}

/** The statistics of one integer histogram (`counts[i]` = responses with score `lowerBound + i`). */
export interface HistogramStatistics {
  /** Total responses. */
  responses: number;
  /** Exact mean (unrounded); 0 for no responses. */
  mean: number;
  /** Exact median (unrounded); 0 for no responses. */
  median: number;
  /** Sample variance (n − 1); 0 for fewer than two responses. */
  variance: number;
}

/** Mean, median and sample variance of an integer histogram, in O(scale) without sorting. */
export function histogramStatistics(lowerBound: number, counts: ArrayLike<number>): HistogramStatistics {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] ?? 0;
    n += c;
    sum += c * (lowerBound + i);
  }
  if (n === 0) return { responses: 0, mean: 0, median: 0, variance: 0 };
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i] ?? 0;
    if (c) {
      const d = lowerBound + i - mean;
      squares += c * d * d;
    }
  }
  // Median: the value at 1-based rank (n+1)/2 for odd n, the mean of ranks n/2 and n/2+1 for even n.
  const lowRank = Math.floor((n + 1) / 2);
  const highRank = Math.floor(n / 2) + 1;
  let lowValue = NaN;
  let highValue = NaN;
  let cumulative = 0;
  for (let i = 0; i < counts.length; i++) {
    cumulative += counts[i] ?? 0;
    if (Number.isNaN(lowValue) && cumulative >= lowRank) lowValue = lowerBound + i;
    if (cumulative >= highRank) {
      highValue = lowerBound + i;
      break;
    }
  }
  const median = n % 2 === 1 ? lowValue : (lowValue + highValue) / 2;
  return { responses: n, mean, median, variance: n > 1 ? squares / (n - 1) : 0 };
}

interface Group {
  category: SurveyCategory;
  categoryIndex: number;
  scale: RatingScale;
  counts: Float64Array;
}

/** Incremental summary accumulator shared by `summarizeSurveys`, the CLI's streaming path and the KQL path. */
export interface SurveySummarizer {
  /** Counts one record. Throws `SurveyRecordError` for a score or scale the SDK would not have accepted. */
  add(record: SurveyRecord): void;
  /** Adds `count` responses with `score` on `scale` (for pre-aggregated histograms, e.g. from KQL). */
  addScores(category: SurveyCategory, scale: RatingScale, score: number, count: number): void;
  /** Adds `count` surveys reporting `issue` under `category` (pre-aggregated tag counts). */
  addIssue(category: SurveyCategory, issue: string, count: number): void;
  /** Adds `count` summarized surveys without any scores (pre-aggregated totals). */
  addSurveys(count: number): void;
  /** Records summarized so far. */
  readonly surveys: number;
  /** The summary of everything added so far (can be called repeatedly). */
  result(): SurveySummary;
}

/** Options of `summarizeSurveys` and `createSurveySummarizer`. */
export interface SummarizeOptions {
  /**
   * Total calls in the period (e.g. from `ACSCallSummary`). When omitted, the number of distinct `CallId` values of
   * the records — which keeps one entry per distinct call id in memory; pass `totalCalls` to avoid that.
   */
  totalCalls?: number;
}

const CATEGORY_INDEX = new Map<SurveyCategory, number>(SURVEY_CATEGORIES.map((c, i) => [c, i]));
const CATEGORY_LIST = SURVEY_CATEGORIES.map((category) => ({ category, columns: CATEGORY_COLUMNS[category] }));

function checkInt(column: string, value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SurveyRecordError(column, `${column} must be an integer from ${min} to ${max} (${what}); got ${value}`);
  }
}

/** Validates a scale the way the SDK does plus the kit's integer rule; `path` prefixes the message. */
function checkScale(path: string, scale: RatingScale): void {
  checkInt(`${path}.lowerBound`, scale.lowerBound, 0, 99, 'the lowest score');
  checkInt(`${path}.upperBound`, scale.upperBound, scale.lowerBound + 1, 100, 'above lowerBound, at most 100');
  checkInt(
    `${path}.lowScoreThreshold`,
    scale.lowScoreThreshold,
    scale.lowerBound,
    scale.upperBound,
    'within the scale',
  );
}

/**
 * Creates an incremental summarizer: `add(record)` per record in one pass, `result()` at the end. Memory: one
 * histogram per (category, scale) (at most 101 counters each), one counter per (category, tag) and — only when
 * `totalCalls` is not given — the set of distinct call ids.
 */
export function createSurveySummarizer(options: SummarizeOptions = {}): SurveySummarizer {
  const { totalCalls } = options;
  if (totalCalls !== undefined && (!Number.isInteger(totalCalls) || totalCalls < 0)) {
    throw new SurveyArgumentError('totalCalls', `totalCalls must be a non-negative integer; got ${String(totalCalls)}`);
  }
  const groups = new Map<number, Group>();
  const issues = new Map<string, { category: SurveyCategory; categoryIndex: number; issue: string; count: number }>();
  const callIds = totalCalls === undefined ? new Set<string>() : undefined;
  let surveys = 0;

  const addScores = (category: SurveyCategory, scale: RatingScale, score: number, count: number): void => {
    const categoryIndex = CATEGORY_INDEX.get(category);
    if (categoryIndex === undefined) {
      throw new SurveyRecordError('category', `category must be one of ${SURVEY_CATEGORIES.join(', ')}; got ${category}`);
    }
    const key = ((categoryIndex * 101 + scale.lowerBound) * 101 + scale.upperBound) * 101 + scale.lowScoreThreshold;
    let group = groups.get(key);
    if (!group) {
      checkScale(`${category}.scale`, scale);
      group = {
        category,
        categoryIndex,
        scale: { lowerBound: scale.lowerBound, upperBound: scale.upperBound, lowScoreThreshold: scale.lowScoreThreshold },
        counts: new Float64Array(scale.upperBound - scale.lowerBound + 1),
      };
      groups.set(key, group);
    }
    const i = score - scale.lowerBound;
    if (!Number.isInteger(score) || i < 0 || score > scale.upperBound) {
      throw new SurveyRecordError(
        `${category}.score`,
        `${category} score must be an integer from ${scale.lowerBound} to ${scale.upperBound} (its scale); got ${score}`,
      );
    }
    group.counts[i] = (group.counts[i] ?? 0) + count;
  };

  const addIssue = (category: SurveyCategory, issue: string, count: number): void => {
    const key = `${category}|${issue}`;
    const entry = issues.get(key);
    if (entry) entry.count += count;
    else issues.set(key, { category, categoryIndex: CATEGORY_INDEX.get(category) ?? 99, issue, count });
  };

  // Per-record scratch space (no allocation on the hot path): the group and index of each scored category.
  const pendingGroups: Group[] = [];
  const pendingIndex: number[] = [];
  const add = (record: SurveyRecord): void => {
    // Validate every category first so a bad record changes nothing.
    let pending = 0;
    for (let c = 0; c < CATEGORY_LIST.length; c++) {
      const cols = CATEGORY_LIST[c]!.columns;
      const score = record[cols.score];
      if (score === null || score === undefined) continue;
      const lower = record[cols.lowerBound] ?? DEFAULT_RECORD_SCALE.lowerBound;
      const upper = record[cols.upperBound] ?? DEFAULT_RECORD_SCALE.upperBound;
      const threshold = record[cols.threshold] ?? DEFAULT_RECORD_SCALE.lowScoreThreshold;
      const key = ((c * 101 + lower) * 101 + upper) * 101 + threshold;
      let group = groups.get(key);
      if (!group) {
        const scale = { lowerBound: lower, upperBound: upper, lowScoreThreshold: threshold };
        checkScale(cols.prefix + 'RatingScore', scale);
        group = { category: CATEGORY_LIST[c]!.category, categoryIndex: c, scale, counts: new Float64Array(upper - lower + 1) };
        groups.set(key, group);
      }
      if (!Number.isInteger(score) || score < lower || score > upper) {
        throw new SurveyRecordError(
          cols.score,
          `${cols.score} must be an integer from ${lower} to ${upper} (the row's scale); got ${score}`,
        );
      }
      pendingGroups[pending] = group;
      pendingIndex[pending] = score - lower;
      pending++;
    }
    for (let i = 0; i < pending; i++) {
      const counts = pendingGroups[i]!.counts;
      const j = pendingIndex[i]!;
      counts[j] = counts[j]! + 1;
    }
    for (const category of SURVEY_CATEGORIES) {
      const raw = record[CATEGORY_COLUMNS[category].issues];
      if (!raw) continue;
      const seen: string[] = [];
      for (const part of raw.split(',')) {
        const tag = part.trim();
        if (tag && !seen.includes(tag)) {
          seen.push(tag);
          addIssue(category, tag, 1);
        }
      }
    }
    if (callIds && record.CallId && !callIds.has(record.CallId)) {
      // Keep a flat copy: a parsed value is often a slice of a whole input chunk, and a set of slices would keep
      // every chunk (the whole file) alive. Concatenating then slicing makes V8 copy the characters.
      callIds.add((' ' + record.CallId).slice(1));
    }
    surveys++;
  };

  const result = (): SurveySummary => {
    const calls = totalCalls ?? callIds?.size ?? 0;
    const percentOf = (part: number, whole: number, decimals: number) =>
      whole === 0 ? 0 : roundHalfUp((part / whole) * 100, decimals);
    const categories: CategorySummary[] = [...groups.values()]
      .sort(
        (a, b) =>
          a.categoryIndex - b.categoryIndex ||
          a.scale.lowerBound - b.scale.lowerBound ||
          a.scale.upperBound - b.scale.upperBound ||
          a.scale.lowScoreThreshold - b.scale.lowScoreThreshold,
      )
      .filter((g) => g.counts.some((c) => c > 0))
      .map((g) => {
        const stats = histogramStatistics(g.scale.lowerBound, g.counts);
        let low = 0;
        for (let s = g.scale.lowerBound; s <= g.scale.lowScoreThreshold; s++) low += g.counts[s - g.scale.lowerBound] ?? 0;
        return {
          category: g.category,
          scale: { ...g.scale },
          responses: stats.responses,
          mean: roundHalfUp(stats.mean, 2),
          median: roundHalfUp(stats.median, 2),
          standardDeviation: roundHalfUp(Math.sqrt(stats.variance), 2),
          lowScoreResponses: low,
          lowScorePercent: percentOf(low, stats.responses, 2),
          percentOfCalls: percentOf(stats.responses, calls, 2),
          distribution: Array.from(g.counts, (c, i) => ({
            score: g.scale.lowerBound + i,
            responses: c,
            percentOfRespondents: percentOf(c, stats.responses, 2),
          })),
        };
      });
    const issueList: IssueSummary[] = [...issues.values()]
      .filter((e) => e.count > 0)
      .sort(
        (a, b) =>
          b.count - a.count ||
          a.categoryIndex - b.categoryIndex ||
          (a.issue < b.issue ? -1 : a.issue > b.issue ? 1 : 0),
      )
      .map((e) => ({
        category: e.category,
        issue: e.issue,
        count: e.count,
        percentOfCalls: percentOf(e.count, calls, 3),
      }));
    return { totalCalls: calls, surveys, categories, issues: issueList };
  };

  return {
    add,
    addScores,
    addIssue,
    addSurveys(count: number) {
      surveys += count;
    },
    get surveys() {
      return surveys;
    },
    result,
  };
}

/**
 * The seed's "End of Call Survey Summary" of `records`, in one pass over integer histograms.
 * `totalCalls` defaults to the number of distinct `CallId` values. Throws `SurveyRecordError` for a record whose
 * score or scale the SDK would have rejected (records from `parseSurveyExport` never are).
 */
export function summarizeSurveys(records: Iterable<SurveyRecord>, options: SummarizeOptions = {}): SurveySummary {
  const summarizer = createSurveySummarizer(options);
  for (const record of records) summarizer.add(record);
  return summarizer.result();
}
