/**
 * One-pass summaries from integer histograms: memory is bounded by the scale (scores are integers in 0–100), the
 * median is exact without sorting, and surveys on different scales are never averaged together.
 */
import { SurveyArgumentError, SurveyError, SurveyInputError } from '../core/errors.js';
import { SURVEY_CATEGORIES, SURVEY_ISSUES } from '../core/types.js';
import type { RatingScale, SurveyCategory } from '../core/types.js';
import {
  CATEGORY_COLUMNS,
  DEFAULT_RECORD_SCALE,
  recordScale,
  recordScaleKey,
  scaleKeyLowerBound,
  scaleKeyThreshold,
  scaleKeyUpperBound,
} from './columns.js';
import { CallBitSet, CallIdIndex } from './distinct.js';
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

/**
 * Thrown by the summarizer for a record it cannot count; the message names the column and the allowed values.
 * A `SurveyInputError`: `path` (= `column`) is the offending column, e.g. `OverallRatingScore`.
 */
export class SurveyRecordError extends SurveyInputError {
  /** The offending column (the same as `path`). */
  readonly column: string;
  constructor(column: string, message: string) {
    super('SurveyRecordError', 'SURVEY_RECORD_INVALID', column, message);
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
  /** The distinct calls of the responses added one by one. */
  calls: CallBitSet;
  /** Distinct calls added as pre-aggregated figures (`addScaleCalls`, e.g. from KQL). */
  presetCalls: number;
}

interface IssueEntry {
  category: SurveyCategory;
  categoryIndex: number;
  issue: string;
  count: number;
  calls: CallBitSet;
  presetCalls: number;
  /** The survey number that last counted this tag (a tag listed twice in one survey counts once). */
  stamp: number;
}

/** Incremental summary accumulator shared by `summarizeSurveys`, the CLI's streaming path and the KQL path. */
export interface SurveySummarizer {
  /** Counts one record. Throws `SurveyRecordError` for a score or scale the SDK would not have accepted. */
  add(record: SurveyRecord): void;
  /** Adds `count` responses with `score` on `scale` (for pre-aggregated histograms, e.g. from KQL). */
  addScores(category: SurveyCategory, scale: RatingScale, score: number, count: number): void;
  /**
   * Adds `calls` distinct calls answering `category` on `scale` (pre-aggregated, e.g. KQL `count_distinct(CallId)`);
   * they are added to the calls counted from records.
   */
  addScaleCalls(category: SurveyCategory, scale: RatingScale, calls: number): void;
  /** Adds `count` surveys reporting `issue` under `category`, from `calls` distinct calls (pre-aggregated tag counts). */
  addIssue(category: SurveyCategory, issue: string, count: number, calls?: number): void;
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
   * the records. Either way the distinct calls per category and per tag are counted exactly (memory: see
   * `createSurveySummarizer`). A share of calls is capped at 100 % when `totalCalls` is smaller than the calls that
   * answered (e.g. a "Call Summary" diagnostic category enabled after the "Call Survey" one).
   */
  totalCalls?: number;
}

/** `addRecord`'s call argument when the call is to be looked up from the record. */
const CALL_FROM_RECORD = -2;

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

const NO_ENTRIES: readonly IssueEntry[] = [];

const ARRAY_ITERATOR = Array.prototype[Symbol.iterator];

const DEFAULT_LOWER = DEFAULT_RECORD_SCALE.lowerBound;
const DEFAULT_UPPER = DEFAULT_RECORD_SCALE.upperBound;
const DEFAULT_THRESHOLD = DEFAULT_RECORD_SCALE.lowScoreThreshold;

/** `isSpace`, with printable ASCII (every tag character) decided first. */
function isSpaceCode(c: number): boolean {
  return (c <= 32 || c >= 127) && isSpace(c);
}

/** `String.prototype.trim`'s whitespace (tags are trimmed the same way). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Creates an incremental summarizer: `add(record)` per record in one pass, `result()` at the end. Memory: one
 * histogram per (category, scale) (at most 101 counters each), one counter per (category, tag), and per distinct
 * call id 32–48 bytes for a GUID (packed into 128 bits; another id: a `Map` entry and a copy of the string) plus one
 * bit per (category, scale) and per (category, tag) — see `distinct.ts`. Nothing else grows with the input.
 */
export function createSurveySummarizer(options: SummarizeOptions = {}): SurveySummarizer {
  return createIndexedSummarizer(options).summarizer;
}

/** A summarizer and its call index, for readers that look calls up themselves (internal: the CLI's CSV path). */
export interface IndexedSummarizer {
  summarizer: SurveySummarizer;
  /** The summarizer's call index. */
  callIds: CallIdIndex;
  /** `add`, with the record's call already looked up in `callIds` (undefined: look it up from `record.CallId`). */
  addWithCall(record: SurveyRecord, call: number | undefined): void;
  /** `add` for every record of an array, in an index loop (no iterator, no per-record wrapper call). */
  addAll(records: readonly SurveyRecord[]): void;
}

/** `createSurveySummarizer`, exposing its call index (internal). */
export function createIndexedSummarizer(options: SummarizeOptions = {}): IndexedSummarizer {
  const { totalCalls } = options;
  if (totalCalls !== undefined && (!Number.isInteger(totalCalls) || totalCalls < 0)) {
    throw new SurveyArgumentError('totalCalls', `totalCalls must be a non-negative integer; got ${String(totalCalls)}`);
  }
  const groups = new Map<number, Group>();
  const issues = new Map<string, IssueEntry>();
  const callIndex = new CallIdIndex();
  let surveys = 0;

  const newIssue = (category: SurveyCategory, categoryIndex: number, issue: string): IssueEntry => {
    const entry: IssueEntry = { category, categoryIndex, issue, count: 0, calls: new CallBitSet(), presetCalls: 0, stamp: -1 };
    issues.set(`${category}|${issue}`, entry);
    return entry;
  };
  // The SDK's tags of each category, matched in place in the raw column (no split, no slice); others via `issues`.
  const knownTags: IssueEntry[][] = CATEGORY_LIST.map(({ category }, c) =>
    SURVEY_ISSUES[category].map((tag) => newIssue(category, c, tag)),
  );
  // … by length: a segment is compared only with the known tags of its length (mostly one).
  const knownByLength: IssueEntry[][][] = knownTags.map((entries) => {
    const byLength: IssueEntry[][] = Array.from({ length: Math.max(...entries.map((e) => e.issue.length)) + 1 }, () => []);
    for (const entry of entries) byLength[entry.issue.length]!.push(entry);
    return byLength;
  });

  const groupFor = (category: SurveyCategory, scale: RatingScale): Group => {
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
        calls: new CallBitSet(),
        presetCalls: 0,
      };
      groups.set(key, group);
    }
    return group;
  };

  const addScores = (category: SurveyCategory, scale: RatingScale, score: number, count: number): void => {
    const group = groupFor(category, scale);
    const i = score - scale.lowerBound;
    if (!Number.isInteger(score) || i < 0 || score > scale.upperBound) {
      throw new SurveyRecordError(
        `${category}.score`,
        `${category} score must be an integer from ${scale.lowerBound} to ${scale.upperBound} (its scale); got ${score}`,
      );
    }
    group.counts[i] = (group.counts[i] ?? 0) + count;
  };

  const addIssue = (category: SurveyCategory, issue: string, count: number, calls = 0): void => {
    const entry = issues.get(`${category}|${issue}`) ?? newIssue(category, CATEGORY_INDEX.get(category) ?? 99, issue);
    entry.count += count;
    entry.presetCalls += calls;
  };

  /** Counts the tags of one issue column, in place: segments between commas, trimmed, each tag once per survey. */
  const scanTags = (c: number, raw: string, call: number, stamp: number): void => {
    const byLength = knownByLength[c]!;
    const n = raw.length;
    let i = 0;
    while (i <= n) {
      let end = raw.indexOf(',', i);
      if (end < 0) end = n;
      let s = i;
      let e = end;
      while (s < e && isSpaceCode(raw.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(raw.charCodeAt(e - 1))) e--;
      const length = e - s;
      if (length > 0) {
        let entry: IssueEntry | undefined;
        const known = length < byLength.length ? byLength[length]! : NO_ENTRIES;
        for (let k = 0; k < known.length; k++) {
          const candidate = known[k]!;
          if (raw.startsWith(candidate.issue, s)) {
            entry = candidate;
            break;
          }
        }
        if (entry === undefined) {
          // A tag the SDK does not have (newer SDK, custom data): the only allocation, and only for such tags.
          const tag = raw.slice(s, e);
          const category = CATEGORY_LIST[c]!.category;
          entry = issues.get(`${category}|${tag}`) ?? newIssue(category, c, (' ' + tag).slice(1));
        }
        if (entry.stamp !== stamp) {
          entry.stamp = stamp;
          entry.count++;
          entry.calls.add(call);
        }
      }
      i = end + 1;
    }
  };

  // Per category, the bound and threshold cells of the last record that had a score there, each empty cell read as
  // its default (as `recordScaleKey` does, so a row sent without a scale and a row on the default scale match), and
  // the group they led to: a record on the same scale as the previous one (the common case) skips the scale key, the
  // group lookup and the scale checks (the group's scale was checked when the group was made).
  const lastLower: number[] = [NaN, NaN, NaN, NaN];
  const lastUpper: number[] = [NaN, NaN, NaN, NaN];
  const lastThreshold: number[] = [NaN, NaN, NaN, NaN];
  const lastGroup: (Group | undefined)[] = [undefined, undefined, undefined, undefined];

  /** The group of category `c` for a record's (raw) scale cells: checked, made on first use. Throws for a bad scale. */
  const scaleGroup = (
    c: number,
    lowerBound: number | null | undefined,
    upperBound: number | null | undefined,
    threshold: number | null | undefined,
  ): Group => {
    const cols = CATEGORY_LIST[c]!.columns;
    const scaleKey = recordScaleKey(lowerBound, upperBound, threshold);
    if (scaleKey < 0) {
      // A bound or threshold that is no integer from 0 to 100: say which (never packed, so never aliased).
      checkScale(cols.prefix + 'RatingScore', recordScale(lowerBound, upperBound, threshold));
    }
    const key = c * 1030301 + scaleKey;
    let group = groups.get(key);
    if (!group) {
      const lower = scaleKeyLowerBound(scaleKey);
      const upper = scaleKeyUpperBound(scaleKey);
      const scale = { lowerBound: lower, upperBound: upper, lowScoreThreshold: scaleKeyThreshold(scaleKey) };
      checkScale(cols.prefix + 'RatingScore', scale);
      group = {
        category: CATEGORY_LIST[c]!.category,
        categoryIndex: c,
        scale,
        counts: new Float64Array(upper - lower + 1),
        calls: new CallBitSet(),
        presetCalls: 0,
      };
      groups.set(key, group);
    }
    lastLower[c] = lowerBound ?? DEFAULT_LOWER;
    lastUpper[c] = upperBound ?? DEFAULT_UPPER;
    lastThreshold[c] = threshold ?? DEFAULT_THRESHOLD;
    lastGroup[c] = group;
    return group;
  };

  /** Checks one category's score (`score` not null) against its row's scale; returns its histogram slot. */
  const slotOf = (
    c: number,
    score: number,
    lowerBound: number | null | undefined,
    upperBound: number | null | undefined,
    threshold: number | null | undefined,
  ): number => {
    let group = lastGroup[c];
    if (
      group === undefined ||
      (lowerBound ?? DEFAULT_LOWER) !== lastLower[c] ||
      (upperBound ?? DEFAULT_UPPER) !== lastUpper[c] ||
      (threshold ?? DEFAULT_THRESHOLD) !== lastThreshold[c]
    ) {
      group = scaleGroup(c, lowerBound, upperBound, threshold);
    }
    const lower = group.scale.lowerBound;
    const i = score - lower;
    // (score | 0) === score: an integer (the bounds are at most 100, so no integer in range is lost to int32).
    if ((score | 0) !== score || i < 0 || i >= group.counts.length) {
      const cols = CATEGORY_LIST[c]!.columns;
      throw new SurveyRecordError(
        cols.score,
        `${cols.score} must be an integer from ${lower} to ${group.scale.upperBound} (the row's scale); got ${score}`,
      );
    }
    return i;
  };

  /** Counts one checked score and its call. */
  const count = (c: number, i: number, call: number): void => {
    const group = lastGroup[c]!;
    const counts = group.counts;
    counts[i] = counts[i]! + 1;
    group.calls.add(call);
  };

  /**
   * Counts one record; `knownCall` is the dense index of its call in `callIndex` when the caller has it, else
   * `CALL_FROM_RECORD` (looked up from `record.CallId` once the record is accepted). The columns are read by name,
   * not through `CATEGORY_COLUMNS`: a load through a computed name is megamorphic, and this runs for every record.
   */
  const addRecord = (record: SurveyRecord, knownCall: number): void => {
    // Validate every category first so a bad record changes nothing (-1: no score in that category).
    const s0 = record.OverallRatingScore;
    const s1 = record.AudioRatingScore;
    const s2 = record.VideoRatingScore;
    const s3 = record.ScreenshareRatingScore;
    const i0 =
      s0 === null || s0 === undefined
        ? -1
        : slotOf(0, s0, record.OverallRatingScoreLowerBound, record.OverallRatingScoreUpperBound, record.OverallRatingScoreThreshold);
    const i1 =
      s1 === null || s1 === undefined
        ? -1
        : slotOf(1, s1, record.AudioRatingScoreLowerBound, record.AudioRatingScoreUpperBound, record.AudioRatingScoreThreshold);
    const i2 =
      s2 === null || s2 === undefined
        ? -1
        : slotOf(2, s2, record.VideoRatingScoreLowerBound, record.VideoRatingScoreUpperBound, record.VideoRatingScoreThreshold);
    const i3 =
      s3 === null || s3 === undefined
        ? -1
        : slotOf(
            3,
            s3,
            record.ScreenshareRatingScoreLowerBound,
            record.ScreenshareRatingScoreUpperBound,
            record.ScreenshareRatingScoreThreshold,
          );
    let call = knownCall;
    if (call === CALL_FROM_RECORD) {
      const id = record.CallId;
      call = id ? callIndex.indexOf(id) : -1;
    }
    if (i0 >= 0) count(0, i0, call);
    if (i1 >= 0) count(1, i1, call);
    if (i2 >= 0) count(2, i2, call);
    if (i3 >= 0) count(3, i3, call);
    const t0 = record.OverallCallIssues;
    const t1 = record.AudioIssues;
    const t2 = record.VideoIssues;
    const t3 = record.ScreenshareIssues;
    if (t0) scanTags(0, t0, call, surveys);
    if (t1) scanTags(1, t1, call, surveys);
    if (t2) scanTags(2, t2, call, surveys);
    if (t3) scanTags(3, t3, call, surveys);
    surveys++;
  };

  const add = (record: SurveyRecord): void => addRecord(record, CALL_FROM_RECORD);

  const result = (): SurveySummary => {
    const calls = totalCalls ?? callIndex.size;
    const percentOf = (part: number, whole: number, decimals: number) =>
      whole === 0 ? 0 : roundHalfUp((Math.min(part, whole) / whole) * 100, decimals);
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
        const callsWithResponse = g.calls.count + g.presetCalls;
        return {
          category: g.category,
          scale: { ...g.scale },
          responses: stats.responses,
          mean: roundHalfUp(stats.mean, 2),
          median: roundHalfUp(stats.median, 2),
          standardDeviation: roundHalfUp(Math.sqrt(stats.variance), 2),
          lowScoreResponses: low,
          lowScorePercent: percentOf(low, stats.responses, 2),
          callsWithResponse,
          percentOfCalls: percentOf(callsWithResponse, calls, 2),
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
      .map((e) => {
        const issueCalls = e.calls.count + e.presetCalls;
        return {
          category: e.category,
          issue: e.issue,
          count: e.count,
          calls: issueCalls,
          percentOfCalls: percentOf(issueCalls, calls, 3),
        };
      });
    return { totalCalls: calls, surveys, categories, issues: issueList };
  };

  const summarizer: SurveySummarizer = {
    add,
    addScores,
    addScaleCalls(category: SurveyCategory, scale: RatingScale, count: number) {
      groupFor(category, scale).presetCalls += count;
    },
    addIssue,
    addSurveys(count: number) {
      surveys += count;
    },
    get surveys() {
      return surveys;
    },
    result,
  };
  return {
    summarizer,
    callIds: callIndex,
    addWithCall: (record, call) => addRecord(record, call === undefined ? CALL_FROM_RECORD : call),
    addAll: (records) => {
      for (let i = 0; i < records.length; i++) addRecord(records[i]!, CALL_FROM_RECORD);
    },
  };
}

/**
 * The seed's "End of Call Survey Summary" of `records`, in one pass over integer histograms.
 * `totalCalls` defaults to the number of distinct `CallId` values. Throws `SurveyRecordError` for a record whose
 * score or scale the SDK would have rejected (records from `parseSurveyExport` never are).
 */
export function summarizeSurveys(records: Iterable<SurveyRecord>, options: SummarizeOptions = {}): SurveySummary {
  const { summarizer, addAll } = createIndexedSummarizer(options);
  // The index loop only where it visits what for...of would (an array with its own iterator is iterated).
  if (Array.isArray(records) && records[Symbol.iterator] === ARRAY_ITERATOR) addAll(records);
  else for (const record of records) summarizer.add(record);
  return summarizer.result();
}
