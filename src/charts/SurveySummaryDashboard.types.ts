import type { ChartDataPoint, VerticalBarChartDataPoint } from '@fluentui/react-charts';
import type { SurveySummary } from '../analytics/types.js';
import type { SurveyComparison } from '../analytics/compare.js';
import type { SurveySummaryStrings, SurveySummaryStringsInput } from '../strings/SurveySummaryStrings.js';

/** Props of `SurveySummaryDashboard`. */
export interface SurveySummaryDashboardProps {
  /** The summary to show (from `summarizeSurveys` or `querySurveySummary`). */
  summary: SurveySummary;
  /**
   * The dashboard's strings: a shipped locale (`getSurveySummaryStrings(locale)`), or overrides of single keys
   * (merged into the en-US defaults). @default DEFAULT_SURVEY_SUMMARY_STRINGS
   */
  strings?: SurveySummaryStringsInput;
  /** Heading level of the dashboard title (sections use the next level). @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Width of each chart in CSS pixels (the chart library needs a number). @default 560 */
  chartWidth?: number;
  /** Height of each chart in CSS pixels. @default 280 */
  chartHeight?: number;
  /** Extra class for the root (merged last). */
  className?: string;
}

/** A heading element. */
export type SurveySummaryHeading = 'h2' | 'h3' | 'h4' | 'h5';

/** A template split into literal text and filled-in values (each value is rendered bidi-isolated). */
export type SurveyTemplatePart = { text: string; value: boolean };

/** One (category, scale) section, ready to render. */
export interface SurveySummaryCategoryView {
  /** React key. */
  key: string;
  /** id of the section heading. */
  headingId: string;
  /** Prefix that makes the chart library's fixed element ids unique on the page. */
  chartId: string;
  /** Section heading text. */
  heading: string;
  /** Chart title (also its accessible name). */
  chartTitle: string;
  /** Bars: percent of respondents per score; line (secondary axis): number of responses. */
  chartData: VerticalBarChartDataPoint[];
  /** Top of the secondary axis: a round number, a multiple of `responsesTickStep`. */
  maxResponses: number;
  /** Statistic name/value rows (formatted). */
  statistics: { name: string; value: string }[];
  /** Caption of the statistics table. */
  statisticsCaption: string;
  /** Caption of the distribution table. */
  distributionCaption: string;
  /** Distribution rows (formatted). */
  distribution: { score: string; responses: string; percent: string }[];
}

/** One row of the issue-tag table (formatted). */
export interface SurveySummaryIssueView {
  /** React key. */
  key: string;
  /** The category's name (the dialog's wording). */
  category: string;
  /** The tag's label as the dialog shows it. */
  label: string;
  /** The SDK tag (what Azure Monitor stores). */
  tag: string;
  /** Surveys reporting the tag. */
  count: string;
  /** Distinct calls reporting the tag ("–" when the summary does not say). */
  calls: string;
  /** Percent of calls. */
  percent: string;
}

/** Everything `renderSurveySummaryDashboard_unstable` needs. */
export interface SurveySummaryDashboardState {
  /** The merged strings. */
  strings: SurveySummaryStrings;
  /** Title heading element. */
  titleAs: SurveySummaryHeading;
  /** Title heading id. */
  titleId: string;
  /** Section heading element. */
  sectionAs: SurveySummaryHeading;
  /** Totals line, split so the numbers can be bidi-isolated. */
  totals: SurveyTemplatePart[];
  /** No responses at all. */
  empty: boolean;
  /**
   * Whether the charts are drawn: false on the server and during hydration (the chart library needs `document`),
   * true once mounted in a browser. The tables are always rendered.
   */
  chartsReady: boolean;
  /** Chart width. */
  chartWidth: number;
  /** Chart height. */
  chartHeight: number;
  /** Series colours (Fluent tokens, so every theme applies). */
  colors: { bars: string; line: string; issues: readonly string[] };
  /** Category sections in the summary's order. */
  categories: SurveySummaryCategoryView[];
  /** Issue section heading id. */
  issuesId: string;
  /** Prefix that makes the donut's element ids unique. */
  issuesChartId: string;
  /** Donut chart's accessible name. */
  issuesChartTitle: string;
  /** Donut slices (each with its own colour). */
  issuesChartData: ChartDataPoint[];
  /** Issue table rows (formatted). */
  issues: SurveySummaryIssueView[];
  /** Classes, set by `useSurveySummaryDashboardStyles_unstable`. */
  classes: {
    root: string;
    title: string;
    totals: string;
    empty: string;
    section: string;
    heading: string;
    chart: string;
    legend: string;
    tables: string;
    /** The box around the tag table: scrolls sideways when the six columns do not fit (a 320 px screen). */
    tableScroll: string;
    table: string;
    textCell: string;
    numberHeader: string;
  };
  /** The app's class for the root. */
  className: string | undefined;
}

/** Props of `SurveyComparisonTable`. */
export interface SurveyComparisonTableProps {
  /** From `compareSurveySummaries(a, b, { labelA, labelB })`. */
  comparison: SurveyComparison;
  /** The strings: a shipped locale (`getSurveySummaryStrings(locale)`) or overrides of the en-US defaults. */
  strings?: SurveySummaryStringsInput;
  /** Extra class (merged last). */
  className?: string;
}
