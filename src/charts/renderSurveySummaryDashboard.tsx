import * as React from 'react';
import { DonutChart, VerticalBarChart } from '@fluentui/react-charts';
import type { SurveySummaryDashboardState } from './SurveySummaryDashboard.types.js';

/** The dashboard's JSX (pure: everything comes from `state`). */
export function renderSurveySummaryDashboard_unstable(state: SurveySummaryDashboardState): React.ReactElement {
  const { strings, classes } = state;
  const Title = state.titleAs;
  const Heading = state.sectionAs;
  return (
    <section className={classes.root} aria-labelledby={state.titleId}>
      <Title id={state.titleId} className={classes.title}>
        {strings.title}
      </Title>
      <p className={classes.totals}>{state.totals}</p>
      {state.empty && <p className={classes.empty}>{strings.empty}</p>}
      {state.categories.map((c) => (
        // A group, not a region: several dashboards on one page would repeat the same landmark names.
        <div key={c.key} role="group" className={classes.section} aria-labelledby={c.headingId}>
          <Heading id={c.headingId} className={classes.heading}>
            {c.heading}
          </Heading>
          <div className={classes.chart}>
            <VerticalBarChart
              chartTitle={c.chartTitle}
              data={c.chartData}
              width={state.chartWidth}
              height={state.chartHeight}
              yMaxValue={100}
              yAxisTitle={strings.percentOfRespondents}
              xAxisTitle={strings.score}
              secondaryYAxistitle={strings.numberOfResponses}
              secondaryYScaleOptions={{ yMinValue: 0, yMaxValue: c.maxResponses }}
              lineLegendText={strings.numberOfResponses}
              useSingleColor
              hideLabels
            />
          </div>
          <div className={classes.tables}>
            <table className={classes.table}>
              <caption>{c.statisticsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.statistic}</th>
                  <th scope="col">{strings.value}</th>
                </tr>
              </thead>
              <tbody>
                {c.statistics.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">{s.name}</th>
                    <td>{s.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className={classes.table}>
              <caption>{c.distributionCaption}</caption>
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
              <div className={classes.chart}>
                <DonutChart
                  data={{ chartTitle: state.issuesChartTitle, chartData: state.issuesChartData }}
                  innerRadius={55}
                  width={state.chartWidth}
                  height={state.chartHeight}
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
                  {state.issues.map((i) => (
                    <tr key={i.key}>
                      <td className={classes.textCell}>{i.category}</td>
                      <th scope="row">{i.issue}</th>
                      <td>{i.count}</td>
                      <td>{i.percent}</td>
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
