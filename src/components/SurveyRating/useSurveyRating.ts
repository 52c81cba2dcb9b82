'use client';

import * as React from 'react';
import { useFluent, useId } from '@fluentui/react-components';
import type { RatingScale } from '../../core/types.js';
import type { SurveyStrings } from '../../strings/SurveyStrings.js';
import { formatSurveyString } from '../../strings/SurveyStrings.js';
import type { SurveyRatingKind, SurveyRatingOption, SurveyRatingProps, SurveyRatingState } from './SurveyRating.types.js';

/** Scales with at most this many points render as a radio group; wider ones as a slider. */
export const MAX_RADIO_POINTS = 11;

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

/** How a scale is drawn: stars for the P.800 1–5 scale, numbers up to {@link MAX_RADIO_POINTS} points, else a slider. */
export function surveyRatingKind(scale: Readonly<RatingScale>, strings: SurveyStrings): SurveyRatingKind {
  if (scale.upperBound - scale.lowerBound + 1 > MAX_RADIO_POINTS) return 'slider';
  return usesRatingLabels(scale, strings) ? 'stars' : 'numbers';
}

/** Keys that pick a value on a range input; on an unrated slider they choose even when the value does not move. */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * The rating control's state: which kind of control, every option with its name, checked/filled state and input
 * props, the roving tab stop and APG keyboard handling (arrows move and select, wrapping, swapped in RTL), the
 * slider's props, the anchors and the selected text. No DOM reads except the focus move of the arrow keys.
 */
export function useSurveyRating_unstable(props: SurveyRatingProps): SurveyRatingState {
  const { scale, value, onChange, labelledBy, strings, disabled = false, className } = props;
  const { dir } = useFluent();
  const name = useId('ecs-rating-');
  const anchorsId = useId('ecs-rating-anchors-');
  const groupRef = React.useRef<HTMLDivElement>(null);
  const valueRef = React.useRef(value);
  valueRef.current = value;

  const kind = surveyRatingKind(scale, strings);
  const points: number[] = [];
  if (kind !== 'slider') for (let v = scale.lowerBound; v <= scale.upperBound; v++) points.push(v);

  const selectedText =
    value === undefined
      ? strings.ratingNoneSelected
      : formatSurveyString(strings.ratingSelected, { label: ratingOptionLabel(scale, value, strings) });

  const anchors =
    kind === 'stars'
      ? undefined
      : {
          id: anchorsId,
          low: formatSurveyString(strings.scaleLowAnchor, { value: scale.lowerBound }),
          high: formatSurveyString(strings.scaleHighAnchor, { value: scale.upperBound }),
        };

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

  const options: SurveyRatingOption[] = points.map((point, index) => {
    const checked = value === point;
    const label = ratingOptionLabel(scale, point, strings);
    return {
      value: point,
      label,
      checked,
      filled: kind === 'stars' && value !== undefined && point <= value,
      className: '',
      input: {
        type: 'radio',
        name,
        value: point,
        checked,
        disabled,
        'aria-label': label,
        // Roving tab stop: the checked option, or the first when nothing is checked.
        tabIndex: (value === undefined ? index === 0 : checked) ? 0 : -1,
        onChange: () => onChange(point),
      },
    };
  });

  // An unrated slider holds its lowest value with the thumb hidden; a key or click that leaves the value where it
  // is (Home, a click on the left end) still has to choose it, so key-up and click commit the input's value.
  const commitIfUnrated = (input: HTMLInputElement) => {
    if (valueRef.current === undefined && !disabled) onChange(Number(input.value));
  };
  const slider =
    kind === 'slider'
      ? {
          min: scale.lowerBound,
          max: scale.upperBound,
          value: value ?? scale.lowerBound,
          rated: value !== undefined,
          disabled,
          labelledBy,
          valueText:
            value === undefined
              ? strings.ratingNoneSelected
              : formatSurveyString(strings.ratingValueText, { value, max: scale.upperBound, min: scale.lowerBound }),
          onValue: (next: number) => {
            valueRef.current = next;
            onChange(next);
          },
          onKeyUp: (ev: React.KeyboardEvent<HTMLInputElement>) => {
            if (SLIDER_KEYS.has(ev.key)) commitIfUnrated(ev.currentTarget);
          },
          onClick: (ev: React.MouseEvent<HTMLInputElement>) => commitIfUnrated(ev.currentTarget),
          classNames: { slider: '', thumb: '', placeholder: '' },
        }
      : undefined;

  return {
    kind,
    options,
    group: {
      ref: groupRef,
      role: 'radiogroup',
      'aria-labelledby': labelledBy,
      'aria-describedby': anchors?.id,
      'aria-disabled': disabled || undefined,
      onKeyDown,
    },
    slider,
    anchors,
    selectedText,
    classNames: { root: '', group: '', input: '', starIcon: '', starIconOutline: '', anchors: '', selectedText: '' },
    className,
    disabled,
  };
}
