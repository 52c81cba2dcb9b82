/**
 * end-of-call-survey/locales/en-US: the English (United States) strings alone — the dialog's (`SURVEY_STRINGS_EN_US`, for
 * `EndOfCallSurvey`'s `strings`) and the dashboard's (`SURVEY_SUMMARY_STRINGS_EN_US`, for `SurveySummaryDashboard`'s
 * `strings`). An app pays only for the locales it imports; both are frozen.
 *
 * @example
 * ```tsx
 * import { SURVEY_STRINGS_EN_US } from 'end-of-call-survey/locales/en-US';
 * <EndOfCallSurvey strings={SURVEY_STRINGS_EN_US} … />
 * ```
 *
 * @packageDocumentation
 */
import type { SurveyStrings } from '../strings/SurveyStrings.js';
import type { SurveySummaryStrings } from '../strings/SurveySummaryStrings.js';
import { DEFAULT_SURVEY_SUMMARY_STRINGS } from '../strings/SurveySummaryStrings.js';
import { DEFAULT_SURVEY_STRINGS } from '../strings/en-US.js';

/** English (en-US) strings of the dialog: the root entry's `DEFAULT_SURVEY_STRINGS` (the same frozen object). */
export const SURVEY_STRINGS_EN_US: Readonly<SurveyStrings> = DEFAULT_SURVEY_STRINGS;

/** English (en-US) strings of the dashboard: charts' `DEFAULT_SURVEY_SUMMARY_STRINGS` (the same frozen object). */
export const SURVEY_SUMMARY_STRINGS_EN_US: Readonly<SurveySummaryStrings> = DEFAULT_SURVEY_SUMMARY_STRINGS;
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
