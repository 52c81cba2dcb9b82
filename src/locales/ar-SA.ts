/**
 * end-of-call-survey/locales/ar-SA: the Arabic (Saudi Arabia) strings alone — the dialog's (`SURVEY_STRINGS_AR_SA`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_AR_SA`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen. Written right to left: give the surrounding FluentProvider dir="rtl".
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_AR_SA } from 'end-of-call-survey/locales/ar-SA';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_AR_SA} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_AR_SA } from '../strings/locales/ar-SA.js';
export { SURVEY_SUMMARY_STRINGS_AR_SA } from '../strings/summary/ar-SA.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
