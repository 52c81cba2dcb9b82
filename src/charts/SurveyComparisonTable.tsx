'use client';

import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { formatPValue } from '../analytics/compare.js';
import { formatSurveyString } from '../strings/SurveyStrings.js';
import { mergeSurveySummaryStrings } from '../strings/SurveySummaryStrings.js';
import type { SurveyComparisonTableProps } from './SurveySummaryDashboard.types.js';
import { useSurveyNumberFormat } from './useSurveySummaryDashboard.js';
import { surveySummaryDashboardClassNames, useSurveySummaryDashboardStyles } from './useSurveySummaryDashboardStyles.styles.js';

/**
 * `compareSurveySummaries` as an accessible table: per question the means and low-score shares of A and B, the
 * differences with their 95 % intervals, and the comparison's verdict (`decision`, localized). p-values are written by
 * the analytics' one formatter, `formatPValue`.
 */
export function SurveyComparisonTable(props: SurveyComparisonTableProps): React.ReactElement {
  const { comparison } = props;
  const strings = React.useMemo(() => mergeSurveySummaryStrings(props.strings), [props.strings]);
  const styles = useSurveySummaryDashboardStyles();
  const fmt = useSurveyNumberFormat(strings.locale);
  const labels = { a: comparison.labels.a, b: comparison.labels.b };
  const signed = (n: number) => (n > 0 ? `+${fmt.f2(n)}` : fmt.f2(n));
  const interval = (ci: [number, number]) => formatSurveyString(strings.interval, { low: fmt.f2(ci[0]), high: fmt.f2(ci[1]) });
  return (
    <table
      lang={strings.locale}
      className={mergeClasses(surveySummaryDashboardClassNames.table, styles.table, props.className)}
    >
      <caption>{formatSurveyString(strings.comparisonCaption, labels)}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.comparisonScale}</th>
          <th scope="col" className={surveySummaryDashboardClassNames.numberHeader}>
            {formatSurveyString(strings.comparisonMeans, labels)}
          </th>
          <th scope="col" className={surveySummaryDashboardClassNames.numberHeader}>
            {strings.comparisonMeanDifference}
          </th>
          <th scope="col" className={surveySummaryDashboardClassNames.numberHeader}>
            {formatSurveyString(strings.comparisonLowShares, labels)}
          </th>
          <th scope="col" className={surveySummaryDashboardClassNames.numberHeader}>
            {strings.comparisonShareDifference}
          </th>
          <th scope="col">{strings.comparisonVerdict}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.categories.map((c) => {
          // The verdict is the comparison's own decision (Holm-adjusted p-values), only put into words here.
          const d = c.decision;
          const verdict =
            d.kind === 'shareLower' || d.kind === 'shareHigher'
              ? formatSurveyString(d.kind === 'shareLower' ? strings.verdictShareLower : strings.verdictShareHigher, {
                  b: labels.b,
                  points: fmt.f1(Math.abs(d.points)),
                  p: formatPValue(d.p),
                })
              : d.kind === 'scoresHigher' || d.kind === 'scoresLower'
                ? formatSurveyString(d.kind === 'scoresHigher' ? strings.verdictScoresHigher : strings.verdictScoresLower, {
                    b: labels.b,
                    p: formatPValue(d.p),
                  })
                : strings.verdictNone;
          const question = formatSurveyString(strings.comparisonQuestion, {
            category: strings.categoryNames[c.category],
            lower: c.scale.lowerBound,
            upper: c.scale.upperBound,
          });
          return (
            <tr key={`${c.category}-${c.scale.lowerBound}-${c.scale.upperBound}-${c.scale.lowScoreThreshold}`}>
              <th scope="row">{question}</th>
              <td>{`${fmt.f2(c.a.mean)} / ${fmt.f2(c.b.mean)}`}</td>
              <td>{`${signed(c.meanDifference)} (${interval(c.meanDifferenceCi)})`}</td>
              <td>{`${fmt.f2(c.a.lowScorePercent)} / ${fmt.f2(c.b.lowScorePercent)}`}</td>
              <td>{`${signed(c.lowScoreShareDifference)} (${interval(c.lowScoreShareCi)})`}</td>
              <td className={surveySummaryDashboardClassNames.textCell}>{verdict}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
