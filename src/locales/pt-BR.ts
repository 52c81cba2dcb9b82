/**
 * end-of-call-survey/locales/pt-BR: the Portuguese (Brazil) strings alone — the dialog's (`SURVEY_STRINGS_PT_BR`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_PT_BR`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen.
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_PT_BR } from 'end-of-call-survey/locales/pt-BR';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_PT_BR} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_PT_BR } from '../strings/locales/pt-BR.js';
export { SURVEY_SUMMARY_STRINGS_PT_BR } from '../strings/summary/pt-BR.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
