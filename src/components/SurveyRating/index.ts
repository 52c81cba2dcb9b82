export { SurveyRating, ratingOptionLabel, MAX_RADIO_POINTS } from './SurveyRating.js';
export type { SurveyRatingProps } from './SurveyRating.js';
export { surveyRatingClassNames, useSurveyRatingStyles } from './useSurveyRatingStyles.styles.js';
