/**
 * The `ACSCallSurvey` columns as runtime values: the column names of each category, the column lists, the SDK's
 * default scale for rows sent without one, and an empty record. The types are in `types.ts`.
 */
import type { RatingScale, SurveyCategory } from '../core/types.js';
import type { CategoryColumns, SurveyIntColumn, SurveyIssueColumn, SurveyRecord, SurveyStringColumn } from './types.js';

/** The `ACSCallSurvey` column names of each category, keyed by the SDK's category key. */
export const CATEGORY_COLUMNS: { readonly [C in SurveyCategory]: CategoryColumns } = Object.freeze({
  overallRating: Object.freeze({
    prefix: 'Overall',
    score: 'OverallRatingScore',
    lowerBound: 'OverallRatingScoreLowerBound',
    upperBound: 'OverallRatingScoreUpperBound',
    threshold: 'OverallRatingScoreThreshold',
    issues: 'OverallCallIssues',
  }),
  audioRating: Object.freeze({
    prefix: 'Audio',
    score: 'AudioRatingScore',
    lowerBound: 'AudioRatingScoreLowerBound',
    upperBound: 'AudioRatingScoreUpperBound',
    threshold: 'AudioRatingScoreThreshold',
    issues: 'AudioIssues',
  }),
  videoRating: Object.freeze({
    prefix: 'Video',
    score: 'VideoRatingScore',
    lowerBound: 'VideoRatingScoreLowerBound',
    upperBound: 'VideoRatingScoreUpperBound',
    threshold: 'VideoRatingScoreThreshold',
    issues: 'VideoIssues',
  }),
  screenshareRating: Object.freeze({
    prefix: 'Screenshare',
    score: 'ScreenshareRatingScore',
    lowerBound: 'ScreenshareRatingScoreLowerBound',
    upperBound: 'ScreenshareRatingScoreUpperBound',
    threshold: 'ScreenshareRatingScoreThreshold',
    issues: 'ScreenshareIssues',
  }),
} as const);

/** Every string column of `ACSCallSurvey` the kit keeps, in the table's order. */
export const SURVEY_STRING_COLUMNS: readonly SurveyStringColumn[] = Object.freeze([
  'TimeGenerated',
  'CallId',
  'CorrelationId',
  'ParticipantId',
  'SurveyId',
  'OperationName',
  'OperationVersion',
  '_ResourceId',
  '_SubscriptionId',
  'TenantId',
  'Type',
] as const);

/** Every int column of `ACSCallSurvey`, category by category. */
export const SURVEY_INT_COLUMNS: readonly SurveyIntColumn[] = Object.freeze(
  Object.values(CATEGORY_COLUMNS).flatMap((c) => [c.score, c.lowerBound, c.upperBound, c.threshold]),
);

/** Every issue column of `ACSCallSurvey`. */
export const SURVEY_ISSUE_COLUMNS: readonly SurveyIssueColumn[] = Object.freeze(
  Object.values(CATEGORY_COLUMNS).map((c) => c.issues),
);

/** The scale Azure Monitor rows without bounds had: the SDK default, 1–5 with threshold 2. */
export const DEFAULT_RECORD_SCALE: Readonly<RatingScale> = Object.freeze({
  lowerBound: 1,
  upperBound: 5,
  lowScoreThreshold: 2,
});

/**
 * THE place a record's scale gets its defaults (each empty bound / threshold from {@link DEFAULT_RECORD_SCALE}), in
 * two forms: {@link recordScale} (an object, for messages and new groups) and {@link recordScaleKey} (one integer,
 * allocation-free, for the per-row hot paths of the parser and the summarizer).
 */
export function recordScale(
  lowerBound: number | null | undefined,
  upperBound: number | null | undefined,
  threshold: number | null | undefined,
): RatingScale {
  return {
    lowerBound: lowerBound ?? DEFAULT_RECORD_SCALE.lowerBound,
    upperBound: upperBound ?? DEFAULT_RECORD_SCALE.upperBound,
    lowScoreThreshold: threshold ?? DEFAULT_RECORD_SCALE.lowScoreThreshold,
  };
}

const isScaleCell = (v: number): boolean => (v | 0) === v && v >= 0 && v <= 100;

/**
 * The scale of {@link recordScale} packed as `(lowerBound·101 + upperBound)·101 + lowScoreThreshold`, or -1 when a
 * value is not an integer from 0 to 100 (it cannot be packed without aliasing another scale: 0–106 would pack as
 * 1–5). Whether the scale is valid (lower < upper, threshold inside) is the caller's rule.
 */
export function recordScaleKey(
  lowerBound: number | null | undefined,
  upperBound: number | null | undefined,
  threshold: number | null | undefined,
): number {
  const lower = lowerBound ?? DEFAULT_RECORD_SCALE.lowerBound;
  const upper = upperBound ?? DEFAULT_RECORD_SCALE.upperBound;
  const low = threshold ?? DEFAULT_RECORD_SCALE.lowScoreThreshold;
  return isScaleCell(lower) && isScaleCell(upper) && isScaleCell(low) ? (lower * 101 + upper) * 101 + low : -1;
}

/** The parts of a {@link recordScaleKey}. */
export const scaleKeyLowerBound = (key: number): number => Math.floor(key / 10201);
export const scaleKeyUpperBound = (key: number): number => Math.floor(key / 101) % 101;
export const scaleKeyThreshold = (key: number): number => key % 101;

/** A record with every column present: `CallId` empty, everything else `null` (what the parser starts from). */
export function emptySurveyRecord(): SurveyRecord {
  return {
    TimeGenerated: null,
    CallId: '',
    CorrelationId: null,
    ParticipantId: null,
    SurveyId: null,
    OperationName: null,
    OperationVersion: null,
    _ResourceId: null,
    _SubscriptionId: null,
    TenantId: null,
    Type: null,
    OverallRatingScore: null,
    OverallRatingScoreLowerBound: null,
    OverallRatingScoreUpperBound: null,
    OverallRatingScoreThreshold: null,
    OverallCallIssues: null,
    AudioRatingScore: null,
    AudioRatingScoreLowerBound: null,
    AudioRatingScoreUpperBound: null,
    AudioRatingScoreThreshold: null,
    AudioIssues: null,
    VideoRatingScore: null,
    VideoRatingScoreLowerBound: null,
    VideoRatingScoreUpperBound: null,
    VideoRatingScoreThreshold: null,
    VideoIssues: null,
    ScreenshareRatingScore: null,
    ScreenshareRatingScoreLowerBound: null,
    ScreenshareRatingScoreUpperBound: null,
    ScreenshareRatingScoreThreshold: null,
    ScreenshareIssues: null,
  };
}
