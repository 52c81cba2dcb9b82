/**
 * end-of-call-survey/locales/es-ES: the Spanish (Spain) strings alone — the dialog's (`SURVEY_STRINGS_ES_ES`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_ES_ES`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen.
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_ES_ES } from 'end-of-call-survey/locales/es-ES';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_ES_ES} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_ES_ES } from '../strings/locales/es-ES.js';
export { SURVEY_SUMMARY_STRINGS_ES_ES } from '../strings/summary/es-ES.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
