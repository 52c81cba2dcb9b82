/**
 * end-of-call-survey/locales: every shipped locale at once, with the synchronous lookups (`getSurveyStrings`,
 * `getSurveySummaryStrings`, `SURVEY_LOCALES`, `SURVEY_SUMMARY_LOCALES`). It bundles all nine locales; an app that
 * needs one imports `end-of-call-survey/locales/<tag>`, and one that picks at run time can use the root entry's
 * `loadSurveyStrings` (one chunk per locale).
 *
 * @packageDocumentation
 */
export {
  SURVEY_LOCALES,
  SURVEY_LOCALE_DIRECTIONS,
  SURVEY_LOCALE_TAGS,
  SURVEY_STRINGS_AR_SA,
  SURVEY_STRINGS_DE_DE,
  SURVEY_STRINGS_ES_ES,
  SURVEY_STRINGS_FR_FR,
  SURVEY_STRINGS_HE_IL,
  SURVEY_STRINGS_JA_JP,
  SURVEY_STRINGS_PT_BR,
  SURVEY_STRINGS_ZH_CN,
  getSurveyLocaleDirection,
  getSurveyStrings,
  loadSurveyStrings,
  resolveSurveyLocale,
} from '../strings/locales/index.js';
export type { SurveyLocale, SurveyTextDirection } from '../strings/locales/index.js';
export {
  SURVEY_SUMMARY_LOCALES,
  SURVEY_SUMMARY_STRINGS_AR_SA,
  SURVEY_SUMMARY_STRINGS_DE_DE,
  SURVEY_SUMMARY_STRINGS_ES_ES,
  SURVEY_SUMMARY_STRINGS_FR_FR,
  SURVEY_SUMMARY_STRINGS_HE_IL,
  SURVEY_SUMMARY_STRINGS_JA_JP,
  SURVEY_SUMMARY_STRINGS_PT_BR,
  SURVEY_SUMMARY_STRINGS_ZH_CN,
  getSurveySummaryStrings,
} from '../strings/summary/index.js';
export type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyStrings,
  SurveyStringsOverride,
} from '../strings/SurveyStrings.js';
export type { SurveySummaryStrings, SurveySummaryWords } from '../strings/SurveySummaryStrings.js';
export type { IssuesByCategory, SurveyCategory } from '../core/types.js';
