/**
 * The analytics vocabulary: one `ACSCallSurvey` row (`SurveyRecord`), the summary shape (`SurveySummary`) and the
 * mapping between the SDK's category keys and the Azure Monitor column names.
 */
import type { RatingScale, SurveyCategory } from '../core/types.js';

/**
 * One row of the Azure Monitor `ACSCallSurvey` table, keyed by its column names.
 * Int columns are `number | null` (empty = `null`), issue columns the raw comma-separated string or `null`,
 * `TimeGenerated` an ISO 8601 string. Rows sent without a `scale` have empty bound columns (the SDK default 1–5,
 * threshold 2 applies when summarizing).
 */
export interface SurveyRecord {
  /** When Azure Monitor recorded the survey (ISO 8601), or `null` when the export had no such column. */
  TimeGenerated: string | null;
  /** The call's id (required). */
  CallId: string;
  /** The call's correlation id (`CorrelationId` in `ACSCallSummary`). */
  CorrelationId?: string | null;
  /** The surveyed participant. */
  ParticipantId?: string | null;
  /** The SDK's client-generated survey id (`CallSurveyResponse.id`). */
  SurveyId?: string | null;
  /** Azure Monitor's operation name. */
  OperationName?: string | null;
  /** Azure Monitor's operation version. */
  OperationVersion?: string | null;
  /** The ACS resource the survey belongs to (standard Log Analytics column). */
  _ResourceId?: string | null;
  /** The subscription of the resource (standard Log Analytics column). */
  _SubscriptionId?: string | null;
  /** The tenant (standard Log Analytics column). */
  TenantId?: string | null;
  /** The table name (`ACSCallSurvey`). */
  Type?: string | null;
  /** Overall score, 0–100. */
  OverallRatingScore?: number | null;
  /** Overall scale lower bound (empty = 1). */
  OverallRatingScoreLowerBound?: number | null;
  /** Overall scale upper bound (empty = 5). */
  OverallRatingScoreUpperBound?: number | null;
  /** Overall low-score threshold (empty = 2). */
  OverallRatingScoreThreshold?: number | null;
  /** Overall issue tags, comma-separated. */
  OverallCallIssues?: string | null;
  /** Audio score, 0–100. */
  AudioRatingScore?: number | null;
  /** Audio scale lower bound (empty = 1). */
  AudioRatingScoreLowerBound?: number | null;
  /** Audio scale upper bound (empty = 5). */
  AudioRatingScoreUpperBound?: number | null;
  /** Audio low-score threshold (empty = 2). */
  AudioRatingScoreThreshold?: number | null;
  /** Audio issue tags, comma-separated. */
  AudioIssues?: string | null;
  /** Video score, 0–100. */
  VideoRatingScore?: number | null;
  /** Video scale lower bound (empty = 1). */
  VideoRatingScoreLowerBound?: number | null;
  /** Video scale upper bound (empty = 5). */
  VideoRatingScoreUpperBound?: number | null;
  /** Video low-score threshold (empty = 2). */
  VideoRatingScoreThreshold?: number | null;
  /** Video issue tags, comma-separated. */
  VideoIssues?: string | null;
  /** Screen-share score, 0–100. */
  ScreenshareRatingScore?: number | null;
  /** Screen-share scale lower bound (empty = 1). */
  ScreenshareRatingScoreLowerBound?: number | null;
  /** Screen-share scale upper bound (empty = 5). */
  ScreenshareRatingScoreUpperBound?: number | null;
  /** Screen-share low-score threshold (empty = 2). */
  ScreenshareRatingScoreThreshold?: number | null;
  /** Screen-share issue tags, comma-separated. */
  ScreenshareIssues?: string | null;
}

/** The int columns of a `SurveyRecord`. */
export type SurveyIntColumn = {
  [K in keyof SurveyRecord]-?: NonNullable<SurveyRecord[K]> extends number ? K : never;
}[keyof SurveyRecord];

/** The issue columns of a `SurveyRecord`. */
export type SurveyIssueColumn = 'OverallCallIssues' | 'AudioIssues' | 'VideoIssues' | 'ScreenshareIssues';

/** The string (id) columns of a `SurveyRecord`. */
export type SurveyStringColumn =
  | 'TimeGenerated'
  | 'CallId'
  | 'CorrelationId'
  | 'ParticipantId'
  | 'SurveyId'
  | 'OperationName'
  | 'OperationVersion'
  | '_ResourceId'
  | '_SubscriptionId'
  | 'TenantId'
  | 'Type';

/** The `ACSCallSurvey` columns of one category. */
export interface CategoryColumns {
  /** Column prefix in Azure Monitor (`Overall`, `Audio`, `Video`, `Screenshare`). */
  readonly prefix: string;
  /** `<P>RatingScore`. */
  readonly score: SurveyIntColumn;
  /** `<P>RatingScoreLowerBound`. */
  readonly lowerBound: SurveyIntColumn;
  /** `<P>RatingScoreUpperBound`. */
  readonly upperBound: SurveyIntColumn;
  /** `<P>RatingScoreThreshold`. */
  readonly threshold: SurveyIntColumn;
  /** The issue-tag column (`OverallCallIssues`, `AudioIssues`, …). */
  readonly issues: SurveyIssueColumn;
}






/** One score of a category's distribution. */
export interface ScoreDistributionEntry {
  /** The score (every score of the scale appears, ascending). */
  score: number;
  /** Responses with this score. */
  responses: number;
  /** `responses / category responses × 100`, rounded half up to 2 decimals. */
  percentOfRespondents: number;
}

/** The statistics of one (category, scale) pair. */
export interface CategorySummary {
  /** The SDK category key. */
  category: SurveyCategory;
  /** The scale these responses were given on (responses on other scales are a separate entry). */
  scale: RatingScale;
  /** Number of responses. */
  responses: number;
  /** Mean score, 2 decimals. */
  mean: number;
  /** Median score (mean of the two middle values when even), 2 decimals. */
  median: number;
  /** Sample standard deviation (n − 1, as KQL `stdev()`), 0 for one response, 2 decimals. */
  standardDeviation: number;
  /** Responses with `score <= scale.lowScoreThreshold`. */
  lowScoreResponses: number;
  /** `lowScoreResponses / responses × 100`, 2 decimals. */
  lowScorePercent: number;
  /** Distinct `CallId` values among the responses (several participants of one call count once). */
  callsWithResponse: number;
  /**
   * `callsWithResponse / totalCalls × 100`, 2 decimals (0 when there are no calls): the seed's "percentage of total
   * calls", never above 100 (capped when a given `totalCalls` is smaller than the calls that answered).
   */
  percentOfCalls: number;
  /** Every score of the scale, ascending. */
  distribution: ScoreDistributionEntry[];
}

/** How often one issue tag was reported. */
export interface IssueSummary {
  /** The category the tag was reported under. */
  category: SurveyCategory;
  /** The SDK tag (unknown tags from newer SDKs are kept verbatim). */
  issue: string;
  /** Surveys reporting the tag. */
  count: number;
  /** Distinct `CallId` values reporting the tag. */
  calls: number;
  /** `calls / totalCalls × 100`, 3 decimals (0 when there are no calls): "% of calls with tag A", never above 100. */
  percentOfCalls: number;
}

/** The seed's "End of Call Survey Summary". */
export interface SurveySummary {
  /** `options.totalCalls`, else the number of distinct `CallId` values. */
  totalCalls: number;
  /** Records summarized. */
  surveys: number;
  /** One per (category, scale) pair present: category order, then lowerBound, upperBound, threshold. */
  categories: CategorySummary[];
  /** One per (category, tag) reported: count descending, then category order, then tag. */
  issues: IssueSummary[];
}


