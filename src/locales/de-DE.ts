/**
 * end-of-call-survey/locales/de-DE: the German (Germany) strings alone — the dialog's (`SURVEY_STRINGS_DE_DE`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_DE_DE`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen.
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_DE_DE } from 'end-of-call-survey/locales/de-DE';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_DE_DE} … />
 * ```
 *
 * @packageDocumentation
 */
export { SURVEY_STRINGS_DE_DE } from '../strings/locales/de-DE.js';
export { SURVEY_SUMMARY_STRINGS_DE_DE } from '../strings/summary/de-DE.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
