'use client';

import * as React from 'react';
import { DonutChart, VerticalBarChart } from '@fluentui/react-charts';
import { ChartFrame } from './ChartFrame.js';
import type { SurveySummaryDashboardState, SurveyTemplatePart } from './SurveySummaryDashboard.types.js';

/** A template's parts, each filled-in value bidi-isolated so numbers keep their place in either direction. */
function renderParts(parts: readonly SurveyTemplatePart[]): React.ReactNode {
  return parts.map((p, i) => (p.value ? <bdi key={i}>{p.text}</bdi> : <React.Fragment key={i}>{p.text}</React.Fragment>));
}

/** An SDK tag with a line-break opportunity before each inner capital (`NoLocal<wbr>Audio`), so the tag table fits narrow cards. */
function breakCamelCase(tag: string): React.ReactNode {
  return tag.split(/(?=[A-Z])/).map((part, i) => (i === 0 ? part : <React.Fragment key={i}><wbr />{part}</React.Fragment>));
}

/**
 * The dashboard's JSX (pure: everything comes from `state`). Text runs are bidi-isolated (`<bdi>`), so an English
 * line keeps its order in a right-to-left page and the other way round. The charts are drawn only when
 * `state.chartsReady` (in a browser, after mount); the tables always, so server-rendered HTML has every number.
 */
export function renderSurveySummaryDashboard_unstable(state: SurveySummaryDashboardState): React.ReactElement {
  const { strings, classes, colors } = state;
  const Title = state.titleAs;
  const Heading = state.sectionAs;
  const legendProps = { styles: { legend: classes.legend } };
  return (
    <section className={classes.root} aria-labelledby={state.titleId} lang={strings.locale}>
      <Title id={state.titleId} className={classes.title}>
        <bdi>{strings.title}</bdi>
      </Title>
      <p className={classes.totals}>
        <bdi>{renderParts(state.totals)}</bdi>
      </p>
      {state.empty && <p className={classes.empty}>{strings.empty}</p>}
      {state.categories.map((c) => (
        // A group, not a region: several dashboards on one page would repeat the same landmark names.
        <div key={c.key} role="group" className={classes.section} aria-labelledby={c.headingId}>
          <Heading id={c.headingId} className={classes.heading}>
            <bdi>{c.heading}</bdi>
          </Heading>
          {state.chartsReady && (
            <ChartFrame idPrefix={c.chartId} className={classes.chart}>
              <VerticalBarChart
                chartTitle={c.chartTitle}
                data={c.chartData}
                width={state.chartWidth}
                height={state.chartHeight}
                yMaxValue={100}
                yAxisTickCount={4}
                yAxisTitle={strings.percentOfRespondents}
                xAxisTitle={strings.score}
                secondaryYAxistitle={strings.numberOfResponses}
                secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: c.maxResponses }}
                lineLegendText={strings.numberOfResponses}
                lineLegendColor={colors.line}
                colors={[colors.bars]}
                barWidth="auto"
                maxBarWidth={48}
                legendProps={legendProps}
                useSingleColor
                hideLabels
              />
            </ChartFrame>
          )}
          <div className={classes.tables}>
            <table className={classes.table}>
              <caption>
                <bdi>{c.statisticsCaption}</bdi>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{strings.statistic}</th>
                  <th scope="col" className={classes.numberHeader}>
                    {strings.value}
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.statistics.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">
                      <bdi>{s.name}</bdi>
                    </th>
                    <td>{s.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className={classes.table}>
              <caption>
                <bdi>{c.distributionCaption}</bdi>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{strings.score}</th>
                  <th scope="col" className={classes.numberHeader}>
                    {strings.responses}
                  </th>
                  <th scope="col" className={classes.numberHeader}>
                    {strings.percentOfRespondents}
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.distribution.map((d) => (
                  <tr key={d.score}>
                    <th scope="row">{d.score}</th>
                    <td>{d.responses}</td>
                    <td>{d.percent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {!state.empty && (
        <div role="group" className={classes.section} aria-labelledby={state.issuesId}>
          <Heading id={state.issuesId} className={classes.heading}>
            {strings.issuesHeading}
          </Heading>
          {state.issues.length === 0 ? (
            <p>{strings.noIssues}</p>
          ) : (
            <>
              {state.chartsReady && (
                // The donut draws a chart title inside its SVG that it then clips; its name lives on the figure instead.
                <ChartFrame
                  idPrefix={state.issuesChartId}
                  className={classes.chart}
                  role="figure"
                  aria-label={state.issuesChartTitle}
                >
                  <DonutChart
                    data={{ chartData: state.issuesChartData }}
                    innerRadius={55}
                    width={state.chartWidth}
                    height={state.chartHeight}
                    legendProps={legendProps}
                    hideLabels
                  />
                </ChartFrame>
              )}
              {/* Focusable, so keyboard users can scroll it when it is wider than the screen. */}
              <div className={classes.tableScroll} role="group" aria-label={strings.issuesCaption} tabIndex={0}>
                <table className={classes.table}>
                  <caption>{strings.issuesCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{strings.category}</th>
                      <th scope="col">{strings.issue}</th>
                      <th scope="col">{strings.sdkTag}</th>
                      <th scope="col" className={classes.numberHeader}>
                        {strings.count}
                      </th>
                      <th scope="col" className={classes.numberHeader}>
                        {strings.calls}
                      </th>
                      <th scope="col" className={classes.numberHeader}>
                        {strings.percentOfCalls}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.issues.map((i) => (
                      <tr key={i.key}>
                        <td className={classes.textCell}>
                          <bdi>{i.category}</bdi>
                        </td>
                        <th scope="row">
                          <bdi>{i.label}</bdi>
                        </th>
                        <td className={classes.textCell}>
                          <code lang="en">{breakCamelCase(i.tag)}</code>
                        </td>
                        <td>{i.count}</td>
                        <td>{i.calls}</td>
                        <td>{i.percent}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
