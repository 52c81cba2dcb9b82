'use client';

/**
 * The wide-scale control: a native range input drawn as Fluent's medium `Slider` (the same rail, thumb, tokens and
 * forced colours; see `useSurveyRatingSliderStyles.styles.ts`). This module is loaded on demand (see
 * `lazySlider.ts`), so an app whose scales all fit a radio group neither bundles into its main chunk nor runs its
 * code. It is the kit's own rather than Fluent's `Slider` because a bundler that splits by file (esbuild) keeps any
 * file that the app's `@fluentui/react-components` import reaches in the page's chunk, lazily imported or not.
 */
import * as React from 'react';
import { useFluent } from '@fluentui/react-components';
import type { SurveyRatingSliderProps } from './SurveyRating.types.js';
import {
  SLIDER_DIRECTION_VAR,
  SLIDER_PROGRESS_VAR,
  useSurveyRatingSliderStyles,
} from './useSurveyRatingSliderStyles.styles.js';

/** The slider with the survey's value text and no step marks (one mark per point drew a dashed line on 0–100). */
export function SurveyRatingSlider(props: SurveyRatingSliderProps): React.ReactElement {
  const { min, max, value, disabled, labelledBy, valueText, onValue, onKeyUp, onClick, classNames } = props;
  const { dir } = useFluent();
  const styles = useSurveyRatingSliderStyles(disabled, classNames.slider, classNames.thumb);
  const progress = max > min ? ((Math.min(Math.max(value, min), max) - min) / (max - min)) * 100 : 0;
  const style = {
    [SLIDER_PROGRESS_VAR]: `${progress}%`,
    [SLIDER_DIRECTION_VAR]: dir === 'rtl' ? '270deg' : '90deg',
  } as React.CSSProperties;
  return (
    <div className={styles.root} style={style}>
      <input
        type="range"
        className={styles.input}
        min={min}
        max={max}
        step={1}
        value={value}
        disabled={disabled}
        // No aria-describedby here: axe (label-title-only) then treats the slider as described-only. The anchors stay
        // visible beside it and the value text says "{value} out of {max}".
        aria-labelledby={labelledBy}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        onChange={(ev) => onValue(Number(ev.currentTarget.value))}
        onKeyUp={onKeyUp}
        onClick={onClick}
      />
      <div className={styles.rail} />
      <div className={styles.thumb} />
    </div>
  );
}

export default SurveyRatingSlider;
