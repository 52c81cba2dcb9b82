/**
 * Every visible word of the analytics dashboard (`SurveySummaryDashboard`, `SurveyComparisonTable`): the
 * {@link SurveySummaryStrings} interface, the en-US defaults and the merge used by the `strings` prop.
 *
 * One vocabulary with the dialog: the category names and the issue-tag labels are the dialog's own
 * (`SurveyStrings.categoryNames`, `SurveyStrings.issues[category][tag]`), so a dashboard shows the words people
 * ticked. Templates use `{placeholder}` slots, filled with `formatSurveyString`.
 */
import type { SurveyCategory } from '../core/types.js';
import type { SurveyCategoryStrings, SurveyIssueStrings, SurveyIssueStringsOverride } from './SurveyStrings.js';
import { DEFAULT_SURVEY_STRINGS } from './en-US.js';
import { deepFreezeLocale } from './locales/freeze.js';

/** The dashboard's own words (everything except the vocabulary shared with the dialog). */
export interface SurveySummaryWords {
  /** Locale of the strings (BCP 47), e.g. "en-US": the dashboard's `lang` and its number formatting. */
  locale: string;
  /** The dashboard heading. */
  title: string;
  /** The totals line; `{calls}` = distinct calls, `{surveys}` = surveys (each number is bidi-isolated). */
  totals: string;
  /** Shown instead of charts when there are no responses. */
  empty: string;
  /** A (category, scale) section heading; `{category}`, `{lower}`, `{upper}`, `{threshold}`. */
  categoryHeading: string;
  /**
   * Chart title and accessible name (a region landmark, so it includes the dashboard `{title}` to stay unique when
   * several dashboards share a page); `{title}`, `{category}`, `{lower}`, `{upper}`.
   */
  distributionChartTitle: string;
  /** The bar series, its axis and the distribution table's percent column. */
  percentOfRespondents: string;
  /** The line series and its (secondary) axis: surveys per score. */
  numberOfResponses: string;
  /** The score axis and the distribution table's score column. */
  score: string;
  /** Caption of a category's statistics table; `{category}`, `{lower}`, `{upper}`. */
  statisticsCaption: string;
  /** Caption of a category's distribution table; `{category}`, `{lower}`, `{upper}`. */
  distributionCaption: string;
  /** Header of the statistic-name column. */
  statistic: string;
  /** Header of the value column. */
  value: string;
  /** Statistic: surveys that answered the question (also the distribution table's count column). */
  responses: string;
  /** Statistic: distinct calls with at least one response (`callsWithResponse`). */
  callsWithResponse: string;
  /** Statistic and issue-table column: calls as a percent of all calls. */
  percentOfCalls: string;
  /** Statistic: mean score. */
  mean: string;
  /** Statistic: median score. */
  median: string;
  /** Statistic: sample standard deviation. */
  standardDeviation: string;
  /** Statistic: the low-score threshold. */
  lowScoreCutoff: string;
  /** Statistic: surveys at or below the threshold. */
  lowScoreResponses: string;
  /** Statistic: low scores as a percent of responses. */
  lowScorePercent: string;
  /** The issue-tag section heading. */
  issuesHeading: string;
  /** Donut chart's accessible name; `{title}` = the dashboard title. */
  issuesChartTitle: string;
  /** Caption of the issue-tag table. */
  issuesCaption: string;
  /** Shown when no tags were reported. */
  noIssues: string;
  /** Issue table header: the category. */
  category: string;
  /** Issue table header: the tag's label as the dialog shows it. */
  issue: string;
  /** Issue table header: the SDK tag (what Azure Monitor stores). */
  sdkTag: string;
  /** Issue table header: surveys reporting the tag. */
  count: string;
  /** Issue table header: distinct calls reporting the tag. */
  calls: string;
  /** Donut legend entry; `{category}`, `{issue}` (the label). */
  issueLegend: string;
  /** Comparison table: caption; `{a}`, `{b}`. */
  comparisonCaption: string;
  /** Comparison table header: the question. */
  comparisonScale: string;
  /** Comparison table header; `{a}`, `{b}`. */
  comparisonMeans: string;
  /** Comparison table header. */
  comparisonMeanDifference: string;
  /** Comparison table header; `{a}`, `{b}`. */
  comparisonLowShares: string;
  /** Comparison table header. */
  comparisonShareDifference: string;
  /** Comparison table header. */
  comparisonVerdict: string;
  /** Verdict: B's low-score share is lower; `{b}`, `{points}`, `{p}` (the p-value as `formatPValue` writes it). */
  verdictShareLower: string;
  /** Verdict: B's low-score share is higher; `{b}`, `{points}`, `{p}`. */
  verdictShareHigher: string;
  /** Verdict: B's scores are higher; `{b}`, `{p}`. */
  verdictScoresHigher: string;
  /** Verdict: B's scores are lower; `{b}`, `{p}`. */
  verdictScoresLower: string;
  /** Verdict: no significant difference. */
  verdictNone: string;
  /** Comparison row header; `{category}`, `{lower}`, `{upper}`. */
  comparisonQuestion: string;
  /** A 95 % interval; `{low}`, `{high}`. */
  interval: string;
}

/** The dashboard's strings: its own words plus the dialog's vocabulary. */
export interface SurveySummaryStrings extends SurveySummaryWords {
  /** Each category's name: the dialog's `SurveyStrings.categoryNames` (one vocabulary). */
  categoryNames: SurveyCategoryStrings;
  /**
   * The label of every SDK issue tag, as the dialog shows it: the dialog's `SurveyStrings.issues[category][tag]`.
   * A tag without a label (e.g. from a newer SDK) is shown as the SDK tag.
   */
  issues: SurveyIssueStrings;
}

/** What the `strings` props accept: any subset; `categoryNames` merges per category, `issues` per category and tag. */
export type SurveySummaryStringsInput = Partial<Omit<SurveySummaryStrings, 'categoryNames' | 'issues'>> & {
  categoryNames?: Partial<SurveyCategoryStrings>;
  issues?: SurveyIssueStringsOverride;
};

/** en-US words of the dashboard. */
const EN_US_WORDS: SurveySummaryWords = {
  locale: 'en-US',
  title: 'End of Call Survey Summary',
  totals: '{calls} calls · {surveys} surveys',
  empty: 'No survey responses for this period.',
  categoryHeading: '{category} ({lower}–{upper}, low at or below {threshold})',
  distributionChartTitle: '{title}: {category} ({lower}–{upper}), percent of respondents by score',
  percentOfRespondents: 'Percent of respondents',
  numberOfResponses: 'Number of responses',
  score: 'Score',
  statisticsCaption: '{category} ({lower}–{upper}) statistics',
  distributionCaption: '{category} ({lower}–{upper}) responses by score',
  statistic: 'Statistic',
  value: 'Value',
  responses: 'Responses (surveys)',
  callsWithResponse: 'Calls with a response',
  percentOfCalls: 'Percent of calls',
  mean: 'Average score',
  median: 'Median score',
  standardDeviation: 'Standard deviation',
  lowScoreCutoff: 'Low-score cutoff',
  lowScoreResponses: 'Low scores (surveys)',
  lowScorePercent: 'Low-score share (%)',
  issuesHeading: 'Reported issues',
  issuesChartTitle: '{title}: share of reported issues',
  issuesCaption: 'Issue tags by frequency',
  noIssues: 'No issues were reported.',
  category: 'Category',
  issue: 'Issue',
  sdkTag: 'SDK tag',
  count: 'Surveys',
  calls: 'Calls',
  issueLegend: '{category}: {issue}',
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
  interval: '{low} to {high}',
};

/**
 * Builds a complete, deeply frozen {@link SurveySummaryStrings} from a locale's dashboard words and the dialog strings
 * of the same locale (whose `categoryNames` and `issues` are the shared vocabulary).
 */
export function defineSurveySummaryStrings(
  words: SurveySummaryWords,
  dialog: { readonly categoryNames: SurveyCategoryStrings; readonly issues: SurveyIssueStrings },
): Readonly<SurveySummaryStrings> {
  return deepFreezeLocale<SurveySummaryStrings>({ ...words, categoryNames: dialog.categoryNames, issues: dialog.issues });
}

/** en-US defaults of the dashboard. Frozen: override through the `strings` prop or {@link mergeSurveySummaryStrings}. */
export const DEFAULT_SURVEY_SUMMARY_STRINGS: Readonly<SurveySummaryStrings> = /* @__PURE__ */ defineSurveySummaryStrings(
  EN_US_WORDS,
  DEFAULT_SURVEY_STRINGS,
);

/**
 * Returns complete strings: `base` (default {@link DEFAULT_SURVEY_SUMMARY_STRINGS}, or a shipped locale from
 * `getSurveySummaryStrings`) with `overrides` applied. Top-level keys replace; `categoryNames` merges per category,
 * `issues` per category and tag; `undefined` values are ignored. Neither argument is modified.
 */
export function mergeSurveySummaryStrings(
  overrides?: SurveySummaryStringsInput,
  base: Readonly<SurveySummaryStrings> = DEFAULT_SURVEY_SUMMARY_STRINGS,
): SurveySummaryStrings {
  if (!overrides) return base as SurveySummaryStrings;
  const { categoryNames, issues, ...rest } = overrides;
  const merged = { ...base } as SurveySummaryStrings;
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  merged.categoryNames = { ...base.categoryNames };
  for (const [key, value] of Object.entries(categoryNames ?? {})) {
    if (value !== undefined) merged.categoryNames[key as SurveyCategory] = value;
  }
  const mergedIssues = { ...base.issues } as Record<SurveyCategory, Record<string, string>>;
  for (const [category, tags] of Object.entries(issues ?? {}) as [SurveyCategory, Record<string, string | undefined>][]) {
    if (!tags) continue;
    const out = { ...mergedIssues[category] };
    for (const [tag, label] of Object.entries(tags)) if (label !== undefined) out[tag] = label;
    mergedIssues[category] = out;
  }
  merged.issues = mergedIssues as SurveyIssueStrings;
  return merged;
}

/** The label people read for an SDK issue tag (the dialog's wording); the SDK tag itself when none is known. */
export function surveyIssueLabel(strings: Pick<SurveySummaryStrings, 'issues'>, category: SurveyCategory, tag: string): string {
  const labels = strings.issues[category] as Readonly<Record<string, string>> | undefined;
  return labels && Object.prototype.hasOwnProperty.call(labels, tag) ? (labels[tag] as string) : tag;
}
