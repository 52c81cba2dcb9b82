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
export * from './locales/index.js';
