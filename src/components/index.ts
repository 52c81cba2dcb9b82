'use client';

/** The survey's React components: the `EndOfCallSurvey` dialog and its `SurveyRating` control. */
export {
  CLOSE_WHILE_SENDING_AFTER_MS,
  DEFAULT_CLOSE_DELAY_MS,
  EndOfCallSurvey,
  endOfCallSurveyClassNames,
  renderEndOfCallSurvey_unstable,
  useEndOfCallSurveyState_unstable,
  useEndOfCallSurveyStyles_unstable,
} from './EndOfCallSurvey/index.js';
export type {
  EndOfCallSurveyButtonSlot,
  EndOfCallSurveyCheckboxSlot,
  EndOfCallSurveyClassNames,
  EndOfCallSurveyCommentSlot,
  EndOfCallSurveyGroupView,
  EndOfCallSurveyIds,
  EndOfCallSurveyOpenChangeData,
  EndOfCallSurveyOpenChangeEvent,
  EndOfCallSurveyProps,
  EndOfCallSurveyRatingSlot,
  EndOfCallSurveySlot,
  EndOfCallSurveySlots,
  EndOfCallSurveyState,
  EndOfCallSurveyTagView,
  SurveyShownInfo,
} from './EndOfCallSurvey/index.js';
export {
  MAX_RADIO_POINTS,
  SurveyRating,
  ratingOptionLabel,
  renderSurveyRating_unstable,
  surveyRatingClassNames,
  surveyRatingKind,
  useSurveyRatingStyles_unstable,
  useSurveyRating_unstable,
} from './SurveyRating/index.js';
export type {
  SurveyRatingClassNames,
  SurveyRatingKind,
  SurveyRatingOption,
  SurveyRatingProps,
  SurveyRatingSliderProps,
  SurveyRatingState,
} from './SurveyRating/index.js';
