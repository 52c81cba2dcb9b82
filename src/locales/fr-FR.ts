/**
 * end-of-call-survey/locales/fr-FR: the French (France) strings alone — the dialog's (`SURVEY_STRINGS_FR_FR`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_FR_FR`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen.
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_FR_FR } from 'end-of-call-survey/locales/fr-FR';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_FR_FR} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_FR_FR } from '../strings/locales/fr-FR.js';
export { SURVEY_SUMMARY_STRINGS_FR_FR } from '../strings/summary/fr-FR.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
