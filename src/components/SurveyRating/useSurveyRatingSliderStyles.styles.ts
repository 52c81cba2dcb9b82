'use client';

import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/**
 * The wide-scale slider's styles: Fluent's medium horizontal `Slider`, drawn the same way (a native range input,
 * transparent, over a rail whose gradient shows the progress and a thumb placed by the same CSS variable). Only
 * `SurveyRatingSlider.tsx` imports this module, so it stays in the chunk that a wide scale loads on demand.
 */

/** Static class names of the slider's parts, for hosts that restyle it. */
export const surveyRatingSliderClassNames = {
  root: 'ecs-SurveyRating__slider',
  rail: 'ecs-SurveyRating__sliderRail',
  thumb: 'ecs-SurveyRating__sliderThumb',
  input: 'ecs-SurveyRating__sliderInput',
} as const;

/** Set inline by the slider: how far the value is along the rail (0%–100%), and the gradient's direction (RTL). */
export const SLIDER_PROGRESS_VAR = '--ecs-SurveyRating__slider--progress';
export const SLIDER_DIRECTION_VAR = '--ecs-SurveyRating__slider--direction';
const RAIL_COLOR = '--ecs-SurveyRating__slider--rail-color';
const PROGRESS_COLOR = '--ecs-SurveyRating__slider--progress-color';
const THUMB_COLOR = '--ecs-SurveyRating__slider--thumb-color';

/** Fluent's medium slider: a 20 px thumb (its ring inset by a fifth of it) on a 4 px rail, 32 px tall. */
const THUMB = '20px';
/** The thumb's inner radius: at 0 % and 100 % its centre stays this far inside the rail's ends. */
const INNER_THUMB_RADIUS = '6px';

// Functions, not constants: once the build has compiled the styles, nothing calls them and bundlers drop them.
/** The progress and thumb colour (they always change together). */
const fill = (colour: string) => ({ [PROGRESS_COLOR]: colour, [THUMB_COLOR]: colour }) as const;
/** The colours of every state: the rail, the fill at rest, hovered and pressed. */
const colours = (rail: string, rest: string, hover: string, pressed: string) =>
  ({ [RAIL_COLOR]: rail, ...fill(rest), ':hover': fill(hover), ':active': fill(pressed) }) as const;

const useRootStyles = makeResetStyles({
  position: 'relative',
  display: 'grid',
  // A 3×3 grid: the rail and the thumb in the centre cell, the transparent input across all of them.
  gridTemplateRows: `1fr ${THUMB} 1fr`,
  gridTemplateColumns: `1fr calc(100% - ${THUMB}) 1fr`,
  alignItems: 'center',
  justifyItems: 'center',
  width: '100%',
  minWidth: 0,
  minHeight: tokens.spacingVerticalXXXL,
  touchAction: 'none',
  borderRadius: tokens.borderRadiusMedium,
  ...colours(
    tokens.colorNeutralStrokeAccessible,
    tokens.colorCompoundBrandBackground,
    tokens.colorCompoundBrandBackgroundHover,
    tokens.colorCompoundBrandBackgroundPressed,
  ),
  // Keyboard focus only (the input is invisible, so the ring goes on the whole control, inside its box).
  ':has(input:focus-visible)': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
  },
  '@media (forced-colors: active)': {
    ...colours('CanvasText', 'Highlight', 'Highlight', 'Highlight'),
    ':has(input:focus-visible)': { outlineColor: 'Highlight' },
  },
});

const useInputStyles = makeResetStyles({
  gridRowStart: '1',
  gridRowEnd: '-1',
  gridColumnStart: '1',
  gridColumnEnd: '-1',
  width: '100%',
  height: THUMB,
  margin: 0,
  padding: 0,
  opacity: 0,
  cursor: 'pointer',
});

const useRailStyles = makeResetStyles({
  gridRowStart: '2',
  gridRowEnd: '2',
  gridColumnStart: '2',
  gridColumnEnd: '2',
  position: 'relative',
  width: '100%',
  height: tokens.strokeWidthThicker,
  borderRadius: tokens.borderRadiusXLarge,
  pointerEvents: 'none',
  forcedColorAdjust: 'none',
  backgroundImage:
    `linear-gradient(var(${SLIDER_DIRECTION_VAR}), var(${PROGRESS_COLOR}) 0%, ` +
    `var(${PROGRESS_COLOR}) var(${SLIDER_PROGRESS_VAR}), var(${RAIL_COLOR}) var(${SLIDER_PROGRESS_VAR}))`,
  // Seen where backgrounds are not painted (some high-contrast modes).
  outline: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
});

const useThumbStyles = makeResetStyles({
  gridRowStart: '2',
  gridRowEnd: '2',
  gridColumnStart: '2',
  gridColumnEnd: '2',
  position: 'absolute',
  // Start-relative (Griffel writes `right` for RTL); the centre never closer to an end than the inner radius.
  left: `clamp(${INNER_THUMB_RADIUS}, var(${SLIDER_PROGRESS_VAR}), calc(100% - ${INNER_THUMB_RADIUS}))`,
  transform: 'translateX(-50%)',
  width: THUMB,
  height: THUMB,
  pointerEvents: 'none',
  forcedColorAdjust: 'none',
  borderRadius: tokens.borderRadiusCircular,
  boxShadow: `0 0 0 ${tokens.strokeWidthThicker} ${tokens.colorNeutralBackground1} inset`,
  backgroundColor: `var(${THUMB_COLOR})`,
  '::before': {
    content: "''",
    position: 'absolute',
    inset: 0,
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

const useStyles = makeStyles({
  disabled: {
    cursor: 'not-allowed',
    ...colours(
      tokens.colorNeutralBackgroundDisabled,
      tokens.colorNeutralForegroundDisabled,
      tokens.colorNeutralForegroundDisabled,
      tokens.colorNeutralForegroundDisabled,
    ),
    '@media (forced-colors: active)': colours('GrayText', 'GrayText', 'GrayText', 'GrayText'),
  },
  inputDisabled: { cursor: 'not-allowed' },
  thumbDisabled: {
    '::before': {
      borderTopColor: tokens.colorNeutralForegroundDisabled,
      borderRightColor: tokens.colorNeutralForegroundDisabled,
      borderBottomColor: tokens.colorNeutralForegroundDisabled,
      borderLeftColor: tokens.colorNeutralForegroundDisabled,
    },
  },
});

/**
 * The classes of the slider's four parts; `rootClassName` and `thumbClassName` (the rating's styles hook: full width,
 * the thumb hidden while unrated) are merged last.
 */
export function useSurveyRatingSliderStyles(
  disabled: boolean,
  rootClassName: string,
  thumbClassName: string,
): { root: string; input: string; rail: string; thumb: string } {
  const styles = useStyles();
  const names = surveyRatingSliderClassNames;
  return {
    root: mergeClasses(names.root, useRootStyles(), disabled && styles.disabled, rootClassName),
    input: mergeClasses(names.input, useInputStyles(), disabled && styles.inputDisabled),
    rail: mergeClasses(names.rail, useRailStyles()),
    thumb: mergeClasses(names.thumb, useThumbStyles(), disabled && styles.thumbDisabled, thumbClassName),
  };
}
