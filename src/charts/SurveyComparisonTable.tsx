import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { fillTemplate, mergeSurveySummaryStrings } from './strings.js';
import type { SurveyComparisonTableProps } from './SurveySummaryDashboard.types.js';
import { useSurveyNumberFormat } from './useSurveySummaryDashboard.js';
import { surveySummaryDashboardClassNames, useSurveySummaryDashboardStyles } from './useSurveySummaryDashboardStyles.styles.js';

/**
 * `compareSurveySummaries` as an accessible table: per question the means and low-score shares of A and B, the
 * differences with their 95 % intervals, and a verdict (share test first, then Mann–Whitney).
 */
export function SurveyComparisonTable(props: SurveyComparisonTableProps): React.ReactElement {
  const { comparison } = props;
  const strings = React.useMemo(() => mergeSurveySummaryStrings(props.strings), [props.strings]);
  const styles = useSurveySummaryDashboardStyles();
  const fmt = useSurveyNumberFormat(strings.locale);
  const labels = { a: comparison.labels.a, b: comparison.labels.b };
  const pText = (p: number) =>
    p < 0.001 ? fillTemplate(strings.pValueBelow, { p: fmt.f3(0.001) }) : fillTemplate(strings.pValue, { p: fmt.f3(p) });
  const signed = (n: number) => (n > 0 ? `+${fmt.f2(n)}` : fmt.f2(n));
  const interval = (ci: [number, number]) => fillTemplate(strings.interval, { low: fmt.f2(ci[0]), high: fmt.f2(ci[1]) });
  return (
    <table className={mergeClasses(surveySummaryDashboardClassNames.table, styles.table, props.className)}>
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
              points: fmt.f1(Math.abs(c.lowScoreShareDifference)),
              p: pText(c.lowScoreShareP),
            });
          } else if (c.mannWhitneyP < comparison.alpha) {
            verdict = fillTemplate(c.meanDifference > 0 ? strings.verdictScoresHigher : strings.verdictScoresLower, {
              b: labels.b,
              p: pText(c.mannWhitneyP),
            });
          }
          const question = fillTemplate(strings.comparisonQuestion, {
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
              <td className={styles.textCell}>{verdict}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
