/**
 * end-of-call-survey/locales/zh-CN: the Chinese (Simplified, China) strings alone — the dialog's (`SURVEY_STRINGS_ZH_CN`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_ZH_CN`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen.
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_ZH_CN } from 'end-of-call-survey/locales/zh-CN';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_ZH_CN} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_ZH_CN } from '../strings/locales/zh-CN.js';
export { SURVEY_SUMMARY_STRINGS_ZH_CN } from '../strings/summary/zh-CN.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
