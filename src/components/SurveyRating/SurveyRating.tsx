'use client';

/**
 * The rating control of the survey: an APG radio group for scales of up to 11 points (stars with P.800 labels for
 * 1–5, numbered options otherwise), a slider drawn as Fluent's (loaded on demand) for wider scales.
 */
import type * as React from 'react';
import type { SurveyRatingProps } from './SurveyRating.types.js';
import { useSurveyRating_unstable } from './useSurveyRating.js';
import { useSurveyRatingStyles_unstable } from './useSurveyRatingStyles.styles.js';
import { renderSurveyRating_unstable } from './renderSurveyRating.js';

export { MAX_RADIO_POINTS, ratingOptionLabel } from './useSurveyRating.js';
export type { SurveyRatingProps } from './SurveyRating.types.js';

/**
 * A rating control matching its scale. As a radio group: one tab stop, arrow keys move and select (wrapping,
 * swapped in right-to-left), Space selects; the selected label is shown as text. As a slider: no thumb until a
 * score is chosen, and the value text says so.
 */
export function SurveyRating(props: SurveyRatingProps): React.ReactElement {
  const state = useSurveyRating_unstable(props);
  useSurveyRatingStyles_unstable(state);
  return renderSurveyRating_unstable(state);
}
