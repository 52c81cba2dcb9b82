/**
 * The survey's strings: the {@link SurveyStrings} interface, the en-US defaults and the merge helper.
 */
export type {
  SurveyStrings,
  SurveyStringsOverride,
  SurveyIssueStrings,
  SurveyIssueStringsOverride,
  SurveyCategoryStrings,
} from './SurveyStrings.js';
export { formatSurveyString } from './SurveyStrings.js';
export { DEFAULT_SURVEY_STRINGS, mergeSurveyStrings } from './en-US.js';
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
} from './locales/index.js';
export type {
  SurveyLocale,
  SurveyTextDirection,
} from './locales/index.js';
