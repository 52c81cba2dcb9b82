export { EndOfCallSurvey } from './EndOfCallSurvey.js';
export type {
  EndOfCallSurveyClassNames,
  EndOfCallSurveyIds,
  EndOfCallSurveyOpenChangeData,
  EndOfCallSurveyOpenChangeEvent,
  EndOfCallSurveyProps,
  EndOfCallSurveyState,
} from './EndOfCallSurvey.types.js';
export { useEndOfCallSurvey_unstable, DEFAULT_CLOSE_DELAY_MS, CLOSE_WHILE_SENDING_AFTER_MS } from './useEndOfCallSurvey.js';
export { renderEndOfCallSurvey_unstable } from './renderEndOfCallSurvey.js';
export { endOfCallSurveyClassNames, useEndOfCallSurveyStyles_unstable } from './useEndOfCallSurveyStyles.styles.js';
