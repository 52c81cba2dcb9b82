import * as React from 'react';
import { mergeClasses, useId } from '@fluentui/react-components';
import { DonutChart, VerticalBarChart } from '@fluentui/react-charts';
import type { ChartDataPoint, VerticalBarChartDataPoint } from '@fluentui/react-charts';
import type { CategorySummary, SurveySummary } from '../analytics/types.js';
import type { SurveyComparison } from '../analytics/compare.js';
import { fillTemplate, mergeSurveySummaryStrings } from './strings.js';
import type { SurveySummaryStrings } from './strings.js';
import { useSurveySummaryDashboardClasses } from './useSurveySummaryDashboardStyles.styles.js';

/** Props of `SurveySummaryDashboard`. */
export interface SurveySummaryDashboardProps {
  /** The summary to show (from `summarizeSurveys` or `querySurveySummary`). */
  summary: SurveySummary;
  /** Overrides of the en-US strings. */
  strings?: Partial<SurveySummaryStrings>;
  /** Heading level of the dashboard title (sections use the next level). @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Width of each chart in CSS pixels (the chart library needs a number). @default 560 */
  chartWidth?: number;
  /** Height of each chart in CSS pixels. @default 280 */
  chartHeight?: number;
  /** Extra class for the root (merged last). */
  className?: string;
}

function useFormatters(locale: string) {
  return React.useMemo(() => {
    const fixed = (d: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
    const f2 = fixed(2);
    const f3 = fixed(3);
    const int = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    return { f2: (n: number) => f2.format(n), f3: (n: number) => f3.format(n), int: (n: number) => int.format(n) };
  }, [locale]);
}

type Heading = 'h2' | 'h3' | 'h4' | 'h5';

function CategorySection(props: {
  summary: CategorySummary;
  strings: SurveySummaryStrings;
  heading: Heading;
  classes: ReturnType<typeof useSurveySummaryDashboardClasses>;
  chartWidth: number;
  chartHeight: number;
}) {
  const { summary: c, strings, classes, chartWidth, chartHeight } = props;
  const H = props.heading;
  const id = useId('eocs-category-');
  const fmt = useFormatters(strings.locale);
  const vars = {
    title: strings.title,
    category: strings.categoryNames[c.category],
    lower: c.scale.lowerBound,
    upper: c.scale.upperBound,
    threshold: c.scale.lowScoreThreshold,
  };
  const data: VerticalBarChartDataPoint[] = c.distribution.map((d) => ({
    x: String(d.score),
    y: d.percentOfRespondents,
    legend: strings.percentOfRespondents,
    xAxisCalloutData: `${strings.score} ${d.score}`,
    yAxisCalloutData: `${fmt.f2(d.percentOfRespondents)} %`,
    lineData: { y: d.responses, useSecondaryYScale: true, yAxisCalloutData: fmt.int(d.responses) },
  }));
  const maxResponses = Math.max(1, ...c.distribution.map((d) => d.responses));
  const stats: [string, string][] = [
    [strings.responses, fmt.int(c.responses)],
    [strings.percentOfCalls, fmt.f2(c.percentOfCalls)],
    [strings.mean, fmt.f2(c.mean)],
    [strings.median, fmt.f2(c.median)],
    [strings.standardDeviation, fmt.f2(c.standardDeviation)],
    [strings.lowScoreCutoff, fmt.int(c.scale.lowScoreThreshold)],
    [strings.lowScoreResponses, fmt.int(c.lowScoreResponses)],
    [strings.lowScorePercent, fmt.f2(c.lowScorePercent)],
  ];
  return (
    // A group, not a region: several dashboards on one page would repeat the same landmark names.
    <div role="group" className={classes.section} aria-labelledby={id}>
      <H id={id} className={classes.styles.heading}>
        {fillTemplate(strings.categoryHeading, vars)}
      </H>
      <div className={classes.styles.chart}>
        <VerticalBarChart
          chartTitle={fillTemplate(strings.distributionChartTitle, vars)}
          data={data}
          width={chartWidth}
          height={chartHeight}
          yMaxValue={100}
          yAxisTitle={strings.percentOfRespondents}
          xAxisTitle={strings.score}
          secondaryYAxistitle={strings.numberOfResponses}
          secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: maxResponses }}
          lineLegendText={strings.numberOfResponses}
          useSingleColor
          hideLabels
        />
      </div>
      <div className={classes.styles.tables}>
        <table className={classes.table}>
          <caption>{fillTemplate(strings.statisticsCaption, vars)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.statistic}</th>
              <th scope="col">{strings.value}</th>
            </tr>
          </thead>
          <tbody>
            {stats.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className={classes.table}>
          <caption>{fillTemplate(strings.distributionCaption, vars)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.score}</th>
              <th scope="col">{strings.responses}</th>
              <th scope="col">{strings.percentOfRespondents}</th>
            </tr>
          </thead>
          <tbody>
            {c.distribution.map((d) => (
              <tr key={d.score}>
                <th scope="row">{fmt.int(d.score)}</th>
                <td>{fmt.int(d.responses)}</td>
                <td>{fmt.f2(d.percentOfRespondents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * The seed's End of Call Survey Summary as a dashboard: per (category, scale) a column chart of the percent of
 * respondents by score with the number of responses on a second axis, the statistics and distribution in accessible
 * tables, and a donut chart plus table of issue tags. Themed by the surrounding `FluentProvider` (tokens only).
 */
export function SurveySummaryDashboard(props: SurveySummaryDashboardProps): React.ReactElement {
  const { summary, headingLevel = 2, chartWidth = 560, chartHeight = 280, className } = props;
  const strings = React.useMemo(() => mergeSurveySummaryStrings(props.strings), [props.strings]);
  const classes = useSurveySummaryDashboardClasses(className);
  const fmt = useFormatters(strings.locale);
  const titleId = useId('eocs-dashboard-');
  const issuesId = useId('eocs-issues-');
  const H = `h${headingLevel}` as Heading;
  const H2 = `h${headingLevel + 1}` as Heading;
  const issueLabel = (category: keyof SurveySummaryStrings['categoryNames'], tag: string) =>
    strings.issueLabels[category]?.[tag] ?? tag;
  const donutData: ChartDataPoint[] = summary.issues.map((i) => ({
    legend: `${strings.categoryNames[i.category]}: ${issueLabel(i.category, i.issue)}`,
    data: i.count,
    yAxisCalloutData: `${fmt.int(i.count)} (${fmt.f3(i.percentOfCalls)} %)`,
  }));
  return (
    <section className={classes.root} aria-labelledby={titleId}>
      <H id={titleId} className={classes.styles.title}>
        {strings.title}
      </H>
      <p className={classes.styles.totals}>
        {fillTemplate(strings.totals, { calls: fmt.int(summary.totalCalls), surveys: fmt.int(summary.surveys) })}
      </p>
      {summary.categories.length === 0 ? (
        <p className={classes.styles.empty}>{strings.empty}</p>
      ) : (
        summary.categories.map((c) => (
          <CategorySection
            key={`${c.category}-${c.scale.lowerBound}-${c.scale.upperBound}-${c.scale.lowScoreThreshold}`}
            summary={c}
            strings={strings}
            heading={H2}
            classes={classes}
            chartWidth={chartWidth}
            chartHeight={chartHeight}
          />
        ))
      )}
      {summary.categories.length > 0 && (
        <div role="group" className={classes.section} aria-labelledby={issuesId}>
          <H2 id={issuesId} className={classes.styles.heading}>
            {strings.issuesHeading}
          </H2>
          {summary.issues.length === 0 ? (
            <p>{strings.noIssues}</p>
          ) : (
            <>
              <div className={classes.styles.chart}>
                <DonutChart
                  data={{ chartTitle: fillTemplate(strings.issuesChartTitle, { title: strings.title }), chartData: donutData }}
                  innerRadius={55}
                  width={chartWidth}
                  height={chartHeight}
                  hideLabels
                />
              </div>
              <table className={classes.table}>
                <caption>{strings.issuesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.category}</th>
                    <th scope="col">{strings.issue}</th>
                    <th scope="col">{strings.count}</th>
                    <th scope="col">{strings.percentOfCalls}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.issues.map((i) => (
                    <tr key={`${i.category}-${i.issue}`}>
                      <td className={classes.styles.textCell}>{strings.categoryNames[i.category]}</td>
                      <th scope="row">{issueLabel(i.category, i.issue)}</th>
                      <td>{fmt.int(i.count)}</td>
                      <td>{fmt.f3(i.percentOfCalls)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** Props of `SurveyComparisonTable`. */
export interface SurveyComparisonTableProps {
  /** From `compareSurveySummaries(a, b, { labelA, labelB })`. */
  comparison: SurveyComparison;
  /** Overrides of the en-US strings. */
  strings?: Partial<SurveySummaryStrings>;
  /** Extra class (merged last). */
  className?: string;
}

/** `compareSurveySummaries` as an accessible table: means, low-score shares, 95 % intervals and a verdict per question. */
export function SurveyComparisonTable(props: SurveyComparisonTableProps): React.ReactElement {
  const { comparison } = props;
  const strings = React.useMemo(() => mergeSurveySummaryStrings(props.strings), [props.strings]);
  const classes = useSurveySummaryDashboardClasses();
  const fmt = useFormatters(strings.locale);
  const labels = { a: comparison.labels.a, b: comparison.labels.b };
  const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${fmt.f3(p)}`);
  const signed = (n: number, f: (n: number) => string) => (n > 0 ? `+${f(n)}` : f(n));
  return (
    <table className={mergeClasses(classes.table, props.className)}>
      <caption>{fillTemplate(strings.comparisonCaption, labels)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.comparisonScale}</th>
          <th scope="col">{fillTemplate(strings.comparisonMeans, labels)}</th>
          <th scope="col">{strings.comparisonMeanDifference}</th>
          <th scope="col">{fillTemplate(strings.comparisonLowShares, labels)}</th>
          <th scope="col">{strings.comparisonShareDifference}</th>
          <th scope="col">{strings.comparisonVerdict}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.categories.map((c) => {
          let verdict = strings.verdictNone;
          if (c.lowScoreShareP < comparison.alpha) {
            verdict = fillTemplate(c.lowScoreShareDifference < 0 ? strings.verdictShareLower : strings.verdictShareHigher, {
              b: labels.b,
              points: new Intl.NumberFormat(strings.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
                Math.abs(c.lowScoreShareDifference),
              ),
              p: pText(c.lowScoreShareP),
            });
          } else if (c.mannWhitneyP < comparison.alpha) {
            verdict = fillTemplate(c.meanDifference > 0 ? strings.verdictScoresHigher : strings.verdictScoresLower, {
              b: labels.b,
              p: pText(c.mannWhitneyP),
            });
          }
          return (
            <tr key={`${c.category}-${c.scale.lowerBound}-${c.scale.upperBound}-${c.scale.lowScoreThreshold}`}>
              <th scope="row">{`${strings.categoryNames[c.category]} (${c.scale.lowerBound}–${c.scale.upperBound})`}</th>
              <td>{`${fmt.f2(c.a.mean)} / ${fmt.f2(c.b.mean)}`}</td>
              <td>
                {`${signed(c.meanDifference, fmt.f2)} (${fillTemplate(strings.interval, { low: fmt.f2(c.meanDifferenceCi[0]), high: fmt.f2(c.meanDifferenceCi[1]) })})`}
              </td>
              <td>{`${fmt.f2(c.a.lowScorePercent)} / ${fmt.f2(c.b.lowScorePercent)}`}</td>
              <td>
                {`${signed(c.lowScoreShareDifference, fmt.f2)} (${fillTemplate(strings.interval, { low: fmt.f2(c.lowScoreShareCi[0]), high: fmt.f2(c.lowScoreShareCi[1]) })})`}
              </td>
              <td className={classes.styles.textCell}>{verdict}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
