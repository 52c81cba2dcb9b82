/**
 * end-of-call-survey/locales/he-IL: the Hebrew (Israel) strings alone — the dialog's (`SURVEY_STRINGS_HE_IL`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_HE_IL`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen. Written right to left: give the surrounding FluentProvider dir="rtl".
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_HE_IL } from 'end-of-call-survey/locales/he-IL';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_HE_IL} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_HE_IL } from '../strings/locales/he-IL.js';
export { SURVEY_SUMMARY_STRINGS_HE_IL } from '../strings/summary/he-IL.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
