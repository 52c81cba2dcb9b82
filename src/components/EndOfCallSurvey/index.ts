'use client';

export { EndOfCallSurvey } from './EndOfCallSurvey.js';
export type {
  EndOfCallSurveyButtonSlot,
  EndOfCallSurveyCheckboxSlot,
  EndOfCallSurveyClassNames,
  EndOfCallSurveyCommentSlot,
  EndOfCallSurveyGroupView,
  EndOfCallSurveyRatingSlot,
  EndOfCallSurveySlot,
  EndOfCallSurveySlots,
  EndOfCallSurveyTagView,
  EndOfCallSurveyIds,
  EndOfCallSurveyOpenChangeData,
  EndOfCallSurveyOpenChangeEvent,
  EndOfCallSurveyProps,
  EndOfCallSurveyState,
  SurveyShownInfo,
} from './EndOfCallSurvey.types.js';
export { useEndOfCallSurveyState_unstable, DEFAULT_CLOSE_DELAY_MS, CLOSE_WHILE_SENDING_AFTER_MS } from './useEndOfCallSurveyState.js';
export { renderEndOfCallSurvey_unstable } from './renderEndOfCallSurvey.js';
export { endOfCallSurveyClassNames, useEndOfCallSurveyStyles_unstable } from './useEndOfCallSurveyStyles.styles.js';
