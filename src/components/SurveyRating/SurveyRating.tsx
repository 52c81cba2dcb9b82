/**
 * The rating control of the survey: an APG radio group for scales of up to 11 points (stars with P.800 labels for
 * 1–5, numbered options otherwise), a Fluent `Slider` for wider scales.
 */
import * as React from 'react';
import { Slider, mergeClasses, useFluent, useId } from '@fluentui/react-components';
import type { RatingScale } from '../../core/types.js';
import type { SurveyStrings } from '../../strings/SurveyStrings.js';
import { formatSurveyString } from '../../strings/SurveyStrings.js';
import { surveyRatingClassNames, useSurveyRatingStyles } from './useSurveyRatingStyles.styles.js';

/** Scales with at most this many points render as a radio group; wider ones as a slider. */
export const MAX_RADIO_POINTS = 11;

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

function StarIcon({ filled, className, outlineClassName }: { filled: boolean; className: string; outlineClassName: string }) {
  return (
    <svg
      className={filled ? className : mergeClasses(className, outlineClassName)}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <polygon points="10,1.6 12.6,7.1 18.6,7.8 14.1,11.9 15.3,17.9 10,14.9 4.7,17.9 5.9,11.9 1.4,7.8 7.4,7.1" />
    </svg>
  );
}

/** The accessible name of one point of a scale: the P.800 label on 1–5, else "{value} out of {max}". */
export function ratingOptionLabel(scale: Readonly<RatingScale>, value: number, strings: SurveyStrings): string {
  if (usesRatingLabels(scale, strings)) {
    const label = strings.ratingLabels[value - scale.lowerBound];
    if (label) return label;
  }
  return formatSurveyString(strings.ratingValueText, { value, max: scale.upperBound, min: scale.lowerBound });
}

function usesRatingLabels(scale: Readonly<RatingScale>, strings: SurveyStrings): boolean {
  return scale.upperBound - scale.lowerBound + 1 === strings.ratingLabels.length && scale.lowerBound === 1;
}

/**
 * A rating control matching its scale. As a radio group: one tab stop, arrow keys move and select (wrapping,
 * swapped in right-to-left), Space selects; the selected label is shown as text.
 */
export function SurveyRating(props: SurveyRatingProps): React.ReactElement {
  const { scale, value, onChange, labelledBy, strings, disabled = false, className } = props;
  const styles = useSurveyRatingStyles();
  const { dir } = useFluent();
  const name = useId('ecs-rating-');
  const anchorsId = useId('ecs-rating-anchors-');
  const points: number[] = [];
  for (let v = scale.lowerBound; v <= scale.upperBound; v++) points.push(v);
  const stars = usesRatingLabels(scale, strings);
  const groupRef = React.useRef<HTMLDivElement>(null);

  const selectedText =
    value === undefined
      ? strings.ratingNoneSelected
      : formatSurveyString(strings.ratingSelected, { label: ratingOptionLabel(scale, value, strings) });

  const anchors = stars ? null : (
    <div id={anchorsId} className={styles.anchors}>
      <span>{formatSurveyString(strings.scaleLowAnchor, { value: scale.lowerBound })}</span>
      <span>{formatSurveyString(strings.scaleHighAnchor, { value: scale.upperBound })}</span>
    </div>
  );

  if (points.length > MAX_RADIO_POINTS) {
    const shown = value ?? scale.lowerBound;
    return (
      <div className={mergeClasses(surveyRatingClassNames.root, styles.root, className)}>
        <Slider
          className={styles.slider}
          min={scale.lowerBound}
          max={scale.upperBound}
          step={1}
          value={shown}
          disabled={disabled}
          onChange={(_ev, data) => onChange(data.value)}
          input={{
            // No aria-describedby here: axe (label-title-only) then treats the slider as described-only. The
            // anchors stay visible beside it and the value text says "{value} out of {max}".
            'aria-labelledby': labelledBy,
            'aria-valuetext':
              value === undefined
                ? strings.ratingNoneSelected
                : formatSurveyString(strings.ratingValueText, { value, max: scale.upperBound, min: scale.lowerBound }),
          }}
        />
        {anchors}
        <div className={mergeClasses(surveyRatingClassNames.selectedText, styles.selectedText)}>{selectedText}</div>
      </div>
    );
  }

  const onKeyDown = (ev: React.KeyboardEvent<HTMLDivElement>) => {
    if (disabled) return;
    const keys: Record<string, number> = {
      ArrowRight: dir === 'rtl' ? -1 : 1,
      ArrowLeft: dir === 'rtl' ? 1 : -1,
      ArrowDown: 1,
      ArrowUp: -1,
    };
    const delta = keys[ev.key];
    if (delta === undefined) return;
    ev.preventDefault();
    const inputs = Array.from(groupRef.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []);
    // Move from the focused option (APG: arrows move focus and select; they wrap).
    const focused = inputs.indexOf(ev.target as HTMLInputElement);
    const current = focused >= 0 ? focused : value === undefined ? 0 : points.indexOf(value);
    const nextIndex = (current + delta + points.length) % points.length;
    const next = points[nextIndex];
    if (next === undefined) return;
    onChange(next);
    inputs[nextIndex]?.focus();
  };

  return (
    <div className={mergeClasses(surveyRatingClassNames.root, styles.root, className)}>
      <div
        ref={groupRef}
        role="radiogroup"
        aria-labelledby={labelledBy}
        aria-describedby={stars ? undefined : anchorsId}
        aria-disabled={disabled || undefined}
        className={styles.group}
        onKeyDown={onKeyDown}
      >
        {points.map((point, index) => {
          const checked = value === point;
          const filled = stars && value !== undefined && point <= value;
          // Roving tab stop: the checked option, or the first when nothing is checked.
          const tabbable = value === undefined ? index === 0 : checked;
          const label = ratingOptionLabel(scale, point, strings);
          return (
            <label
              key={point}
              className={mergeClasses(
                surveyRatingClassNames.option,
                styles.option,
                stars && styles.star,
                stars && filled && styles.starFilled,
                !stars && checked && styles.checked,
                disabled && styles.disabled,
              )}
            >
              <input
                type="radio"
                name={name}
                value={point}
                checked={checked}
                disabled={disabled}
                aria-label={label}
                tabIndex={tabbable ? 0 : -1}
                className={mergeClasses(styles.input, disabled && styles.inputDisabled)}
                onChange={() => onChange(point)}
              />
              {stars ? (
                <StarIcon filled={filled} className={styles.starIcon} outlineClassName={styles.starIconOutline} />
              ) : (
                <span aria-hidden="true">{point}</span>
              )}
            </label>
          );
        })}
      </div>
      {anchors}
      <div className={mergeClasses(surveyRatingClassNames.selectedText, styles.selectedText)}>{selectedText}</div>
    </div>
  );
}
