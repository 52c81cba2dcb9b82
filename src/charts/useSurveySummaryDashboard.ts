import * as React from 'react';
import { useId } from '@fluentui/react-components';
import type { SurveyCategory } from '../core/types.js';
import { fillTemplate, mergeSurveySummaryStrings } from './strings.js';
import type { SurveySummaryStrings } from './strings.js';
import type {
  SurveySummaryDashboardProps,
  SurveySummaryDashboardState,
  SurveySummaryHeading,
} from './SurveySummaryDashboard.types.js';

/** Locale-aware number formatters (fixed 1, 2 or 3 decimals; integers). */
export function useSurveyNumberFormat(locale: string) {
  return React.useMemo(() => {
    const fixed = (d: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
    const [f1, f2, f3] = [fixed(1), fixed(2), fixed(3)];
    const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return {
      f1: (n: number) => f1.format(n),
      f2: (n: number) => f2.format(n),
      f3: (n: number) => f3.format(n),
      int: (n: number) => int.format(n),
    };
  }, [locale]);
}

/** The label of an issue tag: the app's override, else the SDK tag. */
export function issueLabel(strings: SurveySummaryStrings, category: SurveyCategory, tag: string): string {
  return strings.issueLabels[category]?.[tag] ?? tag;
}

/**
 * The dashboard's state: merged strings and every table row, chart series and caption, already formatted. No JSX,
 * no styles (Fluent's state → styles → render split).
 */
export function useSurveySummaryDashboard_unstable(props: SurveySummaryDashboardProps): SurveySummaryDashboardState {
  const { summary, headingLevel = 2, chartWidth = 560, chartHeight = 280, className } = props;
  const strings = React.useMemo(() => mergeSurveySummaryStrings(props.strings), [props.strings]);
  const fmt = useSurveyNumberFormat(strings.locale);
  const baseId = useId('eocs-dashboard-');
  return React.useMemo(() => {
    const categories = summary.categories.map((c, index) => {
      const vars = {
        title: strings.title,
        category: strings.categoryNames[c.category],
        lower: c.scale.lowerBound,
        upper: c.scale.upperBound,
        threshold: c.scale.lowScoreThreshold,
      };
      return {
        key: `${c.category}-${c.scale.lowerBound}-${c.scale.upperBound}-${c.scale.lowScoreThreshold}`,
        headingId: `${baseId}-category-${index}`,
        heading: fillTemplate(strings.categoryHeading, vars),
        chartTitle: fillTemplate(strings.distributionChartTitle, vars),
        chartData: c.distribution.map((d) => ({
          x: String(d.score),
          y: d.percentOfRespondents,
          legend: strings.percentOfRespondents,
          xAxisCalloutData: `${strings.score} ${fmt.int(d.score)}`,
          yAxisCalloutData: fmt.f2(d.percentOfRespondents),
          lineData: { y: d.responses, useSecondaryYScale: true, yAxisCalloutData: fmt.int(d.responses) },
        })),
        maxResponses: Math.max(1, ...c.distribution.map((d) => d.responses)),
        statisticsCaption: fillTemplate(strings.statisticsCaption, vars),
        statistics: [
          { name: strings.responses, value: fmt.int(c.responses) },
          { name: strings.percentOfCalls, value: fmt.f2(c.percentOfCalls) },
          { name: strings.mean, value: fmt.f2(c.mean) },
          { name: strings.median, value: fmt.f2(c.median) },
          { name: strings.standardDeviation, value: fmt.f2(c.standardDeviation) },
          { name: strings.lowScoreCutoff, value: fmt.int(c.scale.lowScoreThreshold) },
          { name: strings.lowScoreResponses, value: fmt.int(c.lowScoreResponses) },
          { name: strings.lowScorePercent, value: fmt.f2(c.lowScorePercent) },
        ],
        distributionCaption: fillTemplate(strings.distributionCaption, vars),
        distribution: c.distribution.map((d) => ({
          score: fmt.int(d.score),
          responses: fmt.int(d.responses),
          percent: fmt.f2(d.percentOfRespondents),
        })),
      };
    });
    return {
      strings,
      titleAs: `h${headingLevel}` as SurveySummaryHeading,
      titleId: `${baseId}-title`,
      sectionAs: `h${headingLevel + 1}` as SurveySummaryHeading,
      totals: fillTemplate(strings.totals, { calls: fmt.int(summary.totalCalls), surveys: fmt.int(summary.surveys) }),
      empty: summary.categories.length === 0,
      chartWidth,
      chartHeight,
      categories,
      issuesId: `${baseId}-issues`,
      issuesChartTitle: fillTemplate(strings.issuesChartTitle, { title: strings.title }),
      issuesChartData: summary.issues.map((i) => ({
        legend: `${strings.categoryNames[i.category]}: ${issueLabel(strings, i.category, i.issue)}`,
        data: i.count,
        yAxisCalloutData: `${fmt.int(i.count)} (${fmt.f3(i.percentOfCalls)})`,
      })),
      issues: summary.issues.map((i) => ({
        key: `${i.category}-${i.issue}`,
        category: strings.categoryNames[i.category],
        issue: issueLabel(strings, i.category, i.issue),
        count: fmt.int(i.count),
        percent: fmt.f3(i.percentOfCalls),
      })),
      classes: {
        root: '',
        title: '',
        totals: '',
        empty: '',
        section: '',
        heading: '',
        chart: '',
        tables: '',
        table: '',
        textCell: '',
      },
      className,
    };
  }, [summary, strings, fmt, baseId, headingLevel, chartWidth, chartHeight, className]);
}
