/**
 * end-of-call-survey/charts: the survey summary dashboard (@fluentui/react-charts), the comparison table, and their
 * strings. Fluent's shape: state hook → styles hook → render, glued by the component.
 */
export type {
  SurveyComparisonTableProps,
  SurveySummaryCategoryView,
  SurveySummaryDashboardProps,
  SurveySummaryDashboardState,
  SurveySummaryHeading,
} from './SurveySummaryDashboard.types.js';
export { SurveySummaryDashboard } from './SurveySummaryDashboard.js';
export { SurveyComparisonTable } from './SurveyComparisonTable.js';
export { useSurveySummaryDashboard_unstable, useSurveyNumberFormat, issueLabel } from './useSurveySummaryDashboard.js';
export { renderSurveySummaryDashboard_unstable } from './renderSurveySummaryDashboard.js';
export {
  surveySummaryDashboardClassNames,
  useSurveySummaryDashboardStyles,
  useSurveySummaryDashboardStyles_unstable,
} from './useSurveySummaryDashboardStyles.styles.js';
export type { SurveySummaryStrings, SurveySummaryStringsInput } from './strings.js';
export { DEFAULT_SURVEY_SUMMARY_STRINGS, fillTemplate, mergeSurveySummaryStrings } from './strings.js';
