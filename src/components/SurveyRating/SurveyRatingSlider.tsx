'use client';

/**
 * The wide-scale control: Fluent's `Slider`. This module is loaded on demand (see `lazySlider.ts`), so an app whose
 * scales all fit a radio group neither bundles into its main chunk nor runs Slider's code.
 */
import * as React from 'react';
import { Slider } from '@fluentui/react-components';
import type { SurveyRatingSliderProps } from './SurveyRating.types.js';

/** Fluent's Slider with the survey's value text, no step marks (one mark per point drew a dashed line on 0–100). */
export function SurveyRatingSlider(props: SurveyRatingSliderProps): React.ReactElement {
  const { min, max, value, disabled, labelledBy, valueText, onValue, onKeyUp, onClick, classNames } = props;
  return (
    <Slider
      className={classNames.slider}
      min={min}
      max={max}
      value={value}
      disabled={disabled}
      onChange={(_ev, data) => onValue(data.value)}
      thumb={{ className: classNames.thumb }}
      input={{
        // No aria-describedby here: axe (label-title-only) then treats the slider as described-only. The anchors stay
        // visible beside it and the value text says "{value} out of {max}".
        'aria-labelledby': labelledBy,
        'aria-valuetext': valueText,
        onKeyUp,
        onClick,
      }}
    />
  );
}

export default SurveyRatingSlider;
