'use client';

export { SurveyRating } from './SurveyRating.js';
export { MAX_RADIO_POINTS, ratingOptionLabel, surveyRatingKind, useSurveyRating_unstable } from './useSurveyRating.js';
export { renderSurveyRating_unstable } from './renderSurveyRating.js';
export { surveyRatingClassNames, useSurveyRatingStyles_unstable } from './useSurveyRatingStyles.styles.js';
export type {
  SurveyRatingClassNames,
  SurveyRatingKind,
  SurveyRatingOption,
  SurveyRatingProps,
  SurveyRatingSliderProps,
  SurveyRatingState,
} from './SurveyRating.types.js';
