/**
 * end-of-call-survey/locales/ja-JP: the Japanese (Japan) strings alone — the dialog's (`SURVEY_STRINGS_JA_JP`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_JA_JP`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen.
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_JA_JP } from 'end-of-call-survey/locales/ja-JP';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_JA_JP} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_JA_JP } from '../strings/locales/ja-JP.js';
export { SURVEY_SUMMARY_STRINGS_JA_JP } from '../strings/summary/ja-JP.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
