import type { ChartDataPoint, VerticalBarChartDataPoint } from '@fluentui/react-charts';
import type { SurveySummary } from '../analytics/types.js';
import type { SurveyComparison } from '../analytics/compare.js';
import type { SurveySummaryStrings, SurveySummaryStringsInput } from './strings.js';

/** Props of `SurveySummaryDashboard`. */
export interface SurveySummaryDashboardProps {
  /** The summary to show (from `summarizeSurveys` or `querySurveySummary`). */
  summary: SurveySummary;
  /** Overrides of the en-US strings. */
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

/** One (category, scale) section, ready to render. */
export interface SurveySummaryCategoryView {
  /** React key. */
  key: string;
  /** id of the section heading. */
  headingId: string;
  /** Section heading text. */
  heading: string;
  /** Chart title (also its accessible name). */
  chartTitle: string;
  /** Bars: percent of respondents per score; line (secondary axis): number of responses. */
  chartData: VerticalBarChartDataPoint[];
  /** Top of the secondary axis. */
  maxResponses: number;
  /** Caption of the statistics table. */
  statisticsCaption: string;
  /** Statistic name/value rows (formatted). */
  statistics: { name: string; value: string }[];
  /** Caption of the distribution table. */
  distributionCaption: string;
  /** Distribution rows (formatted). */
  distribution: { score: string; responses: string; percent: string }[];
}

/** Everything `renderSurveySummaryDashboard_unstable` needs. */
export interface SurveySummaryDashboardState {
  /** The merged strings. */
  strings: SurveySummaryStrings;
  /** Title heading element and id. */
  titleAs: SurveySummaryHeading;
  titleId: string;
  /** Section heading element. */
  sectionAs: SurveySummaryHeading;
  /** Totals line. */
  totals: string;
  /** No responses at all. */
  empty: boolean;
  /** Chart size. */
  chartWidth: number;
  chartHeight: number;
  /** Category sections in the summary's order. */
  categories: SurveySummaryCategoryView[];
  /** Issue section heading id. */
  issuesId: string;
  /** Donut chart title. */
  issuesChartTitle: string;
  /** Donut slices. */
  issuesChartData: ChartDataPoint[];
  /** Issue table rows (formatted). */
  issues: { key: string; category: string; issue: string; count: string; percent: string }[];
  /** Classes, set by `useSurveySummaryDashboardStyles_unstable`. */
  classes: {
    root: string;
    title: string;
    totals: string;
    empty: string;
    section: string;
    heading: string;
    chart: string;
    tables: string;
    table: string;
    textCell: string;
  };
  /** The app's class for the root. */
  className: string | undefined;
}

/** Props of `SurveyComparisonTable`. */
export interface SurveyComparisonTableProps {
  /** From `compareSurveySummaries(a, b, { labelA, labelB })`. */
  comparison: SurveyComparison;
  /** Overrides of the en-US strings. */
  strings?: SurveySummaryStringsInput;
  /** Extra class (merged last). */
  className?: string;
}
