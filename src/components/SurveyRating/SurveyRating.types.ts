import type * as React from 'react';
import type { RatingScale } from '../../core/types.js';
import type { SurveyStrings } from '../../strings/SurveyStrings.js';

/** Props of {@link SurveyRating}. */
export interface SurveyRatingProps {
  /** The category's scale (bounds inclusive). */
  scale: Readonly<RatingScale>;
  /** The chosen score; `undefined` = not rated yet. */
  value: number | undefined;
  /** Called with the newly chosen score. */
  onChange: (score: number) => void;
  /** Id of the element that names the control (the question). */
  labelledBy: string;
  /** The survey strings (rating labels, value text, anchors). */
  strings: SurveyStrings;
  /**
   * Disables every option (while submitting).
   * @default false
   */
  disabled?: boolean;
  /** Extra class for the root, merged last. */
  className?: string;
}

/**
 * How the scale is drawn: `'stars'` (1–5 with the P.800 labels), `'numbers'` (a numbered radio group, up to
 * `MAX_RADIO_POINTS` points) or `'slider'` (wider scales).
 */
export type SurveyRatingKind = 'stars' | 'numbers' | 'slider';

/** One option of the radio group, ready to render. */
export interface SurveyRatingOption {
  /** The score this option stands for. */
  value: number;
  /** Its accessible name (P.800 label or "{value} out of {max}"). */
  label: string;
  /** Whether it is the chosen score. */
  checked: boolean;
  /** Stars only: drawn filled (at or below the chosen score). */
  filled: boolean;
  /** Classes of the option's label (set by the styles hook). */
  className: string;
  /** Props of the option's native radio input. */
  input: React.InputHTMLAttributes<HTMLInputElement>;
}

/** The slider's props (wide scales): what the lazily loaded slider and its placeholder draw. */
export interface SurveyRatingSliderProps {
  min: number;
  max: number;
  /** The value the input holds: the score, or `min` while unrated (then the thumb is hidden). */
  value: number;
  /** Whether a score has been chosen; an unrated slider hides its thumb and fill. */
  rated: boolean;
  disabled: boolean;
  /** Id of the question that names the slider. */
  labelledBy: string;
  /** The slider's value text: what the selected text shows ("No rating selected" while unrated). */
  valueText: string;
  /** Called with the new value (change, and the first press or click on an unrated slider). */
  onValue: (value: number) => void;
  onKeyUp: (ev: React.KeyboardEvent<HTMLInputElement>) => void;
  onClick: (ev: React.MouseEvent<HTMLInputElement>) => void;
  /** Classes (set by the styles hook). */
  classNames: { slider: string; thumb: string; placeholder: string };
}

/** The classes of every part after `useSurveyRatingStyles_unstable`. */
export interface SurveyRatingClassNames {
  root: string;
  group: string;
  input: string;
  starIcon: string;
  starIconOutline: string;
  anchors: string;
  selectedText: string;
}

/** The state `renderSurveyRating_unstable` draws: everything derived, nothing left to compute in JSX. */
export interface SurveyRatingState {
  kind: SurveyRatingKind;
  /** Radio options (empty for a slider). */
  options: SurveyRatingOption[];
  /** Props of the radio group (`role="radiogroup"`, name, keyboard). */
  group: React.HTMLAttributes<HTMLDivElement> & { ref: React.RefObject<HTMLDivElement> };
  /** The slider (wide scales only). */
  slider: SurveyRatingSliderProps | undefined;
  /** End labels of a numbered scale or slider; `undefined` for stars. */
  anchors: { id: string; low: string; high: string } | undefined;
  /** "Selected: …" or "No rating selected". */
  selectedText: string;
  classNames: SurveyRatingClassNames;
  /** The host's class, merged last on the root. */
  className: string | undefined;
  disabled: boolean;
}
