'use client';

/**
 * end-of-call-survey/charts: the survey summary dashboard (@fluentui/react-charts), the comparison table, and their
 * strings (shipped in the dialog's locales, picked by `getSurveySummaryStrings(locale)`). Fluent's shape: state hook →
 * styles hook → render, glued by the component.
 */
export type {
  SurveyComparisonTableProps,
  SurveySummaryCategoryView,
  SurveySummaryDashboardProps,
  SurveySummaryDashboardState,
  SurveySummaryHeading,
  SurveySummaryIssueView,
  SurveyTemplatePart,
} from './SurveySummaryDashboard.types.js';
export { SurveySummaryDashboard } from './SurveySummaryDashboard.js';
export { SurveyComparisonTable } from './SurveyComparisonTable.js';
export {
  useSurveySummaryDashboard_unstable,
  useSurveyNumberFormat,
  niceAxisMax,
  SURVEY_ISSUE_COLORS,
} from './useSurveySummaryDashboard.js';
export { renderSurveySummaryDashboard_unstable } from './renderSurveySummaryDashboard.js';
export {
  surveySummaryDashboardClassNames,
  useSurveySummaryDashboardStyles_unstable,
} from './useSurveySummaryDashboardStyles.styles.js';
export type {
  SurveySummaryStrings,
  SurveySummaryStringsInput,
  SurveySummaryWords,
} from '../strings/SurveySummaryStrings.js';
export {
  DEFAULT_SURVEY_SUMMARY_STRINGS,
  mergeSurveySummaryStrings,
  surveyIssueLabel,
} from '../strings/SurveySummaryStrings.js';
export {
  getSurveySummaryStrings,
  SURVEY_SUMMARY_LOCALES,
  SURVEY_SUMMARY_STRINGS_AR_SA,
  SURVEY_SUMMARY_STRINGS_DE_DE,
  SURVEY_SUMMARY_STRINGS_ES_ES,
  SURVEY_SUMMARY_STRINGS_FR_FR,
  SURVEY_SUMMARY_STRINGS_HE_IL,
  SURVEY_SUMMARY_STRINGS_JA_JP,
  SURVEY_SUMMARY_STRINGS_PT_BR,
  SURVEY_SUMMARY_STRINGS_ZH_CN,
} from '../strings/summary/index.js';
