/**
 * Every visible word of the analytics dashboard (en-US defaults), overridable through the `strings` prop.
 */
import type { SurveyCategory } from '../core/types.js';

/** The dashboard's strings. `{placeholders}` are filled in by the dashboard. */
export interface SurveySummaryStrings {
  /** Locale for number formatting (BCP 47), e.g. "en-US". */
  locale: string;
  /** The dashboard heading. */
  title: string;
  /** The totals line; `{calls}`, `{surveys}`. */
  totals: string;
  /** Shown instead of charts when there are no responses. */
  empty: string;
  /** Each category's name. */
  categoryNames: Record<SurveyCategory, string>;
  /** A (category, scale) section heading; `{category}`, `{lower}`, `{upper}`, `{threshold}`. */
  categoryHeading: string;
  /**
   * Chart title and accessible name (a region landmark, so it includes the dashboard `{title}` to stay unique when
   * several dashboards share a page); `{title}`, `{category}`, `{lower}`, `{upper}`.
   */
  distributionChartTitle: string;
  /** The bar series / primary axis. */
  percentOfRespondents: string;
  /** The line series / secondary axis. */
  numberOfResponses: string;
  /** The score axis. */
  score: string;
  /** Caption of a category's statistics table; `{category}`, `{lower}`, `{upper}`. */
  statisticsCaption: string;
  /** Caption of a category's distribution table; `{category}`, `{lower}`, `{upper}`. */
  distributionCaption: string;
  /** Header of the statistic-name column. */
  statistic: string;
  /** Header of the value column. */
  value: string;
  /** Statistic names. */
  responses: string;
  percentOfCalls: string;
  mean: string;
  median: string;
  standardDeviation: string;
  lowScoreCutoff: string;
  lowScoreResponses: string;
  lowScorePercent: string;
  /** The issue-tag section heading. */
  issuesHeading: string;
  /** Donut chart title; also its accessible name; `{title}` = the dashboard title. */
  issuesChartTitle: string;
  /** Caption of the issue-tag table. */
  issuesCaption: string;
  /** Shown when no tags were reported. */
  noIssues: string;
  /** Issue table headers. */
  category: string;
  issue: string;
  count: string;
  /** Label of an issue tag (default: the SDK tag itself, which is what Azure Monitor stores). */
  issueLabels: Partial<Record<SurveyCategory, Partial<Record<string, string>>>>;
  /** Comparison table: caption; `{a}`, `{b}`. */
  comparisonCaption: string;
  /** Comparison table headers; `{a}`, `{b}` are the labels. */
  comparisonScale: string;
  comparisonMeans: string;
  comparisonMeanDifference: string;
  comparisonLowShares: string;
  comparisonShareDifference: string;
  comparisonVerdict: string;
  /** Verdicts; `{b}` = label of B, `{points}`, `{p}` (formatted p-value). */
  verdictShareLower: string;
  verdictShareHigher: string;
  verdictScoresHigher: string;
  verdictScoresLower: string;
  verdictNone: string;
  /** Comparison row header; `{category}`, `{lower}`, `{upper}`. */
  comparisonQuestion: string;
  /** A p-value; `{p}`. */
  pValue: string;
  /** A p-value below the smallest shown; `{p}` (0.001). */
  pValueBelow: string;
  /** A 95 % interval; `{low}`, `{high}`. */
  interval: string;
}

/** en-US defaults. */
export const DEFAULT_SURVEY_SUMMARY_STRINGS: SurveySummaryStrings = Object.freeze({
  locale: 'en-US',
  title: 'End of Call Survey Summary',
  totals: '{calls} calls · {surveys} surveys',
  empty: 'No survey responses for this period.',
  categoryNames: Object.freeze({
    overallRating: 'Overall call',
    audioRating: 'Audio',
    videoRating: 'Video',
    screenshareRating: 'Screen share',
  }),
  categoryHeading: '{category} ({lower}–{upper}, low at or below {threshold})',
  distributionChartTitle: '{title}: {category} ({lower}–{upper}), percent of respondents by score',
  percentOfRespondents: 'Percent of respondents',
  numberOfResponses: 'Number of responses',
  score: 'Score',
  statisticsCaption: '{category} ({lower}–{upper}) statistics',
  distributionCaption: '{category} ({lower}–{upper}) responses by score',
  statistic: 'Statistic',
  value: 'Value',
  responses: 'Responses',
  percentOfCalls: 'Percent of calls',
  mean: 'Average score',
  median: 'Median score',
  standardDeviation: 'Standard deviation',
  lowScoreCutoff: 'Low-score cutoff',
  lowScoreResponses: 'Low scores',
  lowScorePercent: 'Low-score share (%)',
  issuesHeading: 'Reported issues',
  issuesChartTitle: '{title}: share of reported issues',
  issuesCaption: 'Issue tags by frequency',
  noIssues: 'No issues were reported.',
  category: 'Category',
  issue: 'Issue',
  count: 'Surveys',
  issueLabels: Object.freeze({}),
  comparisonCaption: '{b} compared with {a}',
  comparisonScale: 'Question',
  comparisonMeans: 'Average ({a} / {b})',
  comparisonMeanDifference: 'Average difference (95 % interval)',
  comparisonLowShares: 'Low-score share ({a} / {b})',
  comparisonShareDifference: 'Share difference, points (95 % interval)',
  comparisonVerdict: 'Verdict',
  verdictShareLower: "{b}'s low-score share is {points} points lower ({p})",
  verdictShareHigher: "{b}'s low-score share is {points} points higher ({p})",
  verdictScoresHigher: "{b}'s scores are higher ({p})",
  verdictScoresLower: "{b}'s scores are lower ({p})",
  verdictNone: 'No significant difference',
  comparisonQuestion: '{category} ({lower}–{upper})',
  pValue: 'p = {p}',
  pValueBelow: 'p < {p}',
  interval: '{low} to {high}',
}) as SurveySummaryStrings;

/** What the `strings` props accept: any subset; `categoryNames` and `issueLabels` merge per key. */
export type SurveySummaryStringsInput = Partial<Omit<SurveySummaryStrings, 'categoryNames'>> & {
  categoryNames?: Partial<Record<SurveyCategory, string>>;
};

/** Merges overrides into the defaults (`categoryNames` and `issueLabels` merge per key). */
export function mergeSurveySummaryStrings(overrides: SurveySummaryStringsInput = {}): SurveySummaryStrings {
  return {
    ...DEFAULT_SURVEY_SUMMARY_STRINGS,
    ...overrides,
    categoryNames: { ...DEFAULT_SURVEY_SUMMARY_STRINGS.categoryNames, ...overrides.categoryNames },
    issueLabels: { ...DEFAULT_SURVEY_SUMMARY_STRINGS.issueLabels, ...overrides.issueLabels },
  };
}

/** Fills `{name}` placeholders. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
