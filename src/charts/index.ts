/**
 * end-of-call-survey/charts: the survey summary dashboard (@fluentui/react-charts) and its strings.
 */
export type { SurveySummaryDashboardProps, SurveyComparisonTableProps } from './SurveySummaryDashboard.js';
export { SurveySummaryDashboard, SurveyComparisonTable } from './SurveySummaryDashboard.js';
export type { SurveySummaryStrings } from './strings.js';
export { DEFAULT_SURVEY_SUMMARY_STRINGS, fillTemplate, mergeSurveySummaryStrings } from './strings.js';
export {
  surveySummaryDashboardClassNames,
  useSurveySummaryDashboardStyles,
} from './useSurveySummaryDashboardStyles.styles.js';
