/**
 * Rating-scale helpers. A score is **low** when `score <= scale.lowScoreThreshold` (the SDK: greater than the
 * threshold is good).
 */
import type { RatingScale } from './types.js';

/** Whether a score is at or below the scale's low-score threshold (the cutoff itself is low). */
export function isLowScore(scale: Readonly<RatingScale>, score: number): boolean {
  return score <= scale.lowScoreThreshold;
}

/**
 * Whether the scale has exactly two points (e.g. the default 0–1 of audio/video/screen share): the dialog shows
 * such a category as a checkbox (ticked = `lowerBound`, unticked = `upperBound`) instead of a rating control.
 */
export function isTwoPointScale(scale: Readonly<RatingScale>): boolean {
  return scale.upperBound - scale.lowerBound === 1;
}

/** Whether `score` is an integer from `lowerBound` to `upperBound`. */
export function isScoreInScale(scale: Readonly<RatingScale>, score: unknown): score is number {
  return (
    typeof score === 'number' && Number.isInteger(score) && score >= scale.lowerBound && score <= scale.upperBound
  );
}

/** Every score of the scale, ascending (`lowerBound..upperBound`). */
export function scaleScores(scale: Readonly<RatingScale>): number[] {
  const scores: number[] = [];
  for (let s = scale.lowerBound; s <= scale.upperBound; s++) scores.push(s);
  return scores;
}
