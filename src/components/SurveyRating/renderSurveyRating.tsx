'use client';

import * as React from 'react';
import type { SurveyRatingOption, SurveyRatingSliderProps, SurveyRatingState } from './SurveyRating.types.js';
import { LazySurveyRatingSlider } from './lazySlider.js';

const STAR_POINTS = '10,1.6 12.6,7.1 18.6,7.8 14.1,11.9 15.3,17.9 10,14.9 4.7,17.9 5.9,11.9 1.4,7.8 7.4,7.1';

function Option({ option, state }: { option: SurveyRatingOption; state: SurveyRatingState }) {
  const { classNames } = state;
  return (
    <label className={option.className}>
      <input {...option.input} className={classNames.input} />
      {state.kind === 'stars' ? (
        <svg
          className={option.filled ? classNames.starIcon : classNames.starIconOutline}
          viewBox="0 0 20 20"
          aria-hidden="true"
          focusable="false"
        >
          <polygon points={STAR_POINTS} />
        </svg>
      ) : (
        <span aria-hidden="true">{option.value}</span>
      )}
    </label>
  );
}

/**
 * What stands in while the slider's code loads (and in server-rendered HTML): an empty rail of the slider's height, so
 * nothing moves when the slider arrives. It is not focusable, so no focused element is ever swapped under the user.
 */
function SliderPlaceholder({ slider }: { slider: SurveyRatingSliderProps }) {
  return <div aria-hidden="true" className={slider.classNames.placeholder} />;
}

/** Draws the rating control from its state; no decisions beyond which slot to draw. */
export function renderSurveyRating_unstable(state: SurveyRatingState): React.ReactElement {
  const { classNames, slider, anchors } = state;
  return (
    <div className={classNames.root}>
      {slider ? (
        <React.Suspense fallback={<SliderPlaceholder slider={slider} />}>
          <LazySurveyRatingSlider {...slider} />
        </React.Suspense>
      ) : (
        <div {...state.group} className={classNames.group}>
          {state.options.map((option) => (
            <Option key={option.value} option={option} state={state} />
          ))}
        </div>
      )}
      {anchors ? (
        <div id={anchors.id} className={classNames.anchors}>
          <span>{anchors.low}</span>
          <span>{anchors.high}</span>
        </div>
      ) : null}
      <div className={classNames.selectedText}>{state.selectedText}</div>
    </div>
  );
}
