'use client';

import * as React from 'react';
import { tokens, useId } from '@fluentui/react-components';
import { formatSurveyString } from '../strings/SurveyStrings.js';
import { mergeSurveySummaryStrings, surveyIssueLabel } from '../strings/SurveySummaryStrings.js';
import type {
  SurveySummaryDashboardProps,
  SurveySummaryDashboardState,
  SurveySummaryHeading,
  SurveyTemplatePart,
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

const noSubscribe = () => () => {};

/**
 * `true` once rendered in a browser; `false` on the server and while hydrating (so server and client markup
 * agree). The chart library touches `document` while rendering, so the charts wait for this; the tables do not.
 */
export function useIsClient(): boolean {
  return React.useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}

/** Ticks on the number-of-responses axis (the chart library splits the axis into this many intervals). */
export const RESPONSE_AXIS_INTERVALS = 4;

/**
 * The smallest round axis top ≥ `max` that splits into `intervals` round steps (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ; whole numbers),
 * e.g. 1356 → 1600 (ticks 0 / 400 / 800 / 1,200 / 1,600), 48 → 60, 3 → 4.
 */
export function niceAxisMax(max: number, intervals: number = RESPONSE_AXIS_INTERVALS): number {
  const raw = Math.max(1, max) / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((f) => f * magnitude).find((s) => s >= raw - 1e-9 && Number.isInteger(s)) ?? 10 * magnitude;
  return Math.max(1, Math.ceil(step)) * intervals;
}

/** The donut's slice colours: Fluent palette tokens in an order that keeps neighbours apart (light and dark themes). */
export const SURVEY_ISSUE_COLORS: readonly string[] = Object.freeze([
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteDarkOrangeBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteBerryBorderActive,
  tokens.colorPaletteGreenBorderActive,
  tokens.colorPalettePurpleBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteCranberryBorderActive,
  tokens.colorPaletteSteelBorderActive,
  tokens.colorPalettePumpkinBorderActive,
  tokens.colorPaletteLavenderBorderActive,
  tokens.colorPaletteBrownBorderActive,
]);

/** Splits a `{slot}` template into literal text and filled-in values (unknown slots stay literal). */
export function splitSurveyTemplate(template: string, values: Readonly<Record<string, string>>): SurveyTemplatePart[] {
  const parts: SurveyTemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] as string;
    if (!Object.prototype.hasOwnProperty.call(values, name)) continue;
    if (match.index > last) parts.push({ text: template.slice(last, match.index), value: false });
    parts.push({ text: values[name] as string, value: true });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last), value: false });
  return parts;
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
  const chartsReady = useIsClient();
  return React.useMemo(() => {
    const categories = summary.categories.map((c, index) => {
      const vars = {
        title: strings.title,
        category: strings.categoryNames[c.category],
        lower: c.scale.lowerBound,
        upper: c.scale.upperBound,
        threshold: c.scale.lowScoreThreshold,
      };
      const maxResponses = niceAxisMax(Math.max(0, ...c.distribution.map((d) => d.responses)));
      return {
        key: `${c.category}-${c.scale.lowerBound}-${c.scale.upperBound}-${c.scale.lowScoreThreshold}`,
        headingId: `${baseId}-category-${index}`,
        chartId: `${baseId}-chart-${index}-`,
        heading: formatSurveyString(strings.categoryHeading, vars),
        chartTitle: formatSurveyString(strings.distributionChartTitle, vars),
        chartData: c.distribution.map((d) => ({
          x: String(d.score),
          y: d.percentOfRespondents,
          legend: strings.percentOfRespondents,
          color: tokens.colorPaletteBlueBorderActive,
          xAxisCalloutData: `${strings.score} ${fmt.int(d.score)}`,
          yAxisCalloutData: fmt.f2(d.percentOfRespondents),
          lineData: { y: d.responses, useSecondaryYScale: true, yAxisCalloutData: fmt.int(d.responses) },
        })),
        maxResponses,
        statisticsCaption: formatSurveyString(strings.statisticsCaption, vars),
        statistics: [
          { name: strings.responses, value: fmt.int(c.responses) },
          { name: strings.callsWithResponse, value: fmt.int(c.callsWithResponse) },
          { name: strings.percentOfCalls, value: fmt.f2(c.percentOfCalls) },
          { name: strings.mean, value: fmt.f2(c.mean) },
          { name: strings.median, value: fmt.f2(c.median) },
          { name: strings.standardDeviation, value: fmt.f2(c.standardDeviation) },
          { name: strings.lowScoreCutoff, value: fmt.int(c.scale.lowScoreThreshold) },
          { name: strings.lowScoreResponses, value: fmt.int(c.lowScoreResponses) },
          { name: strings.lowScorePercent, value: fmt.f2(c.lowScorePercent) },
        ],
        distributionCaption: formatSurveyString(strings.distributionCaption, vars),
        distribution: c.distribution.map((d) => ({
          score: fmt.int(d.score),
          responses: fmt.int(d.responses),
          percent: fmt.f2(d.percentOfRespondents),
        })),
      };
    });
    const issueColor = (index: number) => SURVEY_ISSUE_COLORS[index % SURVEY_ISSUE_COLORS.length] as string;
    return {
      strings,
      titleAs: `h${headingLevel}` as SurveySummaryHeading,
      titleId: `${baseId}-title`,
      sectionAs: `h${headingLevel + 1}` as SurveySummaryHeading,
      totals: splitSurveyTemplate(strings.totals, { calls: fmt.int(summary.totalCalls), surveys: fmt.int(summary.surveys) }),
      empty: summary.categories.length === 0,
      chartsReady,
      chartWidth,
      chartHeight,
      colors: { bars: tokens.colorPaletteBlueBorderActive, line: tokens.colorNeutralForeground1, issues: SURVEY_ISSUE_COLORS },
      categories,
      issuesId: `${baseId}-issues`,
      issuesChartId: `${baseId}-issues-chart-`,
      issuesChartTitle: formatSurveyString(strings.issuesChartTitle, { title: strings.title }),
      issuesChartData: summary.issues.map((i, index) => ({
        legend: formatSurveyString(strings.issueLegend, {
          category: strings.categoryNames[i.category],
          issue: surveyIssueLabel(strings, i.category, i.issue),
        }),
        data: i.count,
        color: issueColor(index),
        // The slice is surveys; the callout says which number is which (surveys, calls, percent of calls).
        yAxisCalloutData: `${strings.count} ${fmt.int(i.count)} · ${strings.calls} ${fmt.int(i.calls)} (${fmt.f3(i.percentOfCalls)} %)`,
      })),
      issues: summary.issues.map((i) => ({
        key: `${i.category}-${i.issue}`,
        category: strings.categoryNames[i.category],
        label: surveyIssueLabel(strings, i.category, i.issue),
        tag: i.issue,
        count: fmt.int(i.count),
        calls: fmt.int(i.calls),
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
        legend: '',
        tables: '',
        tableScroll: '',
        table: '',
        textCell: '',
        numberHeader: '',
      },
      className,
    };
  }, [summary, strings, fmt, baseId, headingLevel, chartWidth, chartHeight, className, chartsReady]);
}
