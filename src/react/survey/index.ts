/** The headless survey flow hook. */
export { useEndOfCallSurvey } from './useEndOfCallSurvey.js';
export type {
  EndOfCallSurveySubmitHandler,
  SurveyDismissInfo,
  UseEndOfCallSurveyOptions,
  UseEndOfCallSurveyResult,
} from './useEndOfCallSurvey.js';
