'use client';

import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { SurveyRatingState } from './SurveyRating.types.js';

/** Static class names of the rating control's parts, for hosts that restyle it. */
export const surveyRatingClassNames = {
  root: 'ecs-SurveyRating',
  option: 'ecs-SurveyRating__option',
  selectedText: 'ecs-SurveyRating__selectedText',
  anchors: 'ecs-SurveyRating__anchors',
} as const;

const visuallyHiddenInput = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  margin: 0,
  opacity: 0,
  cursor: 'pointer',
} as const;

/** The height of Fluent's medium `Slider`, so the placeholder takes the same room while the slider loads. */
const SLIDER_HEIGHT = '32px';
const SLIDER_THUMB = '20px';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  // Up to 11 numbered options share one row (equal widths) wherever each gets 24 px (WCAG 2.5.8), so the anchors
  // line up with the first and last one; only narrower than that (320 px) do they wrap, into equal columns.
  groupNumbers: {
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fit, minmax(${tokens.spacingHorizontalXXL}, 1fr))`,
  },
  option: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: tokens.spacingHorizontalXXXL,
    minHeight: tokens.spacingVerticalXXXL,
    paddingInline: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':has(input:focus-visible)': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
    '@media (forced-colors: active)': {
      ...shorthands.borderColor('ButtonText'),
      ':has(input:focus-visible)': { outlineColor: 'Highlight' },
    },
  },
  number: {
    minWidth: 0,
    paddingInline: 0,
  },
  star: {
    minWidth: 'auto',
    paddingInline: tokens.spacingHorizontalXXS,
    // No border at all: forced colors repaint even a transparent border, which boxed every star.
    ...shorthands.borderStyle('none'),
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeHero800,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorBrandForeground1 },
    '@media (forced-colors: active)': {
      color: 'CanvasText',
    },
  },
  starFilled: {
    color: tokens.colorBrandForeground1,
    '@media (forced-colors: active)': { color: 'Highlight' },
  },
  checked: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      ...shorthands.borderColor('Highlight'),
      ':hover': { backgroundColor: 'Highlight' },
    },
  },
  disabled: {
    cursor: 'not-allowed',
    opacity: 0.6,
    '@media (forced-colors: active)': { opacity: 1, color: 'GrayText' },
  },
  input: visuallyHiddenInput,
  inputDisabled: { cursor: 'not-allowed' },
  starIcon: {
    width: '1em',
    height: '1em',
    display: 'block',
    fill: 'currentColor',
  },
  starIconOutline: {
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: tokens.strokeWidthThick,
  },
  anchors: {
    display: 'flex',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  selectedText: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    minHeight: tokens.lineHeightBase300,
  },
  slider: {
    width: '100%',
    minWidth: 0,
  },
  // Unrated: no thumb (it would sit on the lowest value and read as a score of 0); the rail shows no fill.
  thumbUnrated: {
    visibility: 'hidden',
  },
  // The placeholder drawn until the Fluent Slider's code has loaded (and in server-rendered HTML): an empty rail.
  placeholder: {
    height: SLIDER_HEIGHT,
    backgroundImage: `linear-gradient(${tokens.colorNeutralStrokeAccessible}, ${tokens.colorNeutralStrokeAccessible})`,
    backgroundRepeat: 'no-repeat',
    backgroundPosition: 'center',
    backgroundSize: `calc(100% - ${SLIDER_THUMB}) ${tokens.strokeWidthThicker}`,
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundImage: 'linear-gradient(CanvasText, CanvasText)' },
  },
});

/**
 * Applies the Griffel classes to the state: root, group, each option (by kind, checked, filled, disabled), the
 * slider's thumb (hidden while unrated), the placeholder, anchors and selected text. The host's `className`
 * is merged last on the root.
 */
export function useSurveyRatingStyles_unstable(state: SurveyRatingState): SurveyRatingState {
  const styles = useStyles();
  const { kind, disabled } = state;
  state.classNames = {
    root: mergeClasses(surveyRatingClassNames.root, styles.root, state.className),
    group: mergeClasses(styles.group, kind === 'numbers' && styles.groupNumbers),
    input: mergeClasses(styles.input, disabled && styles.inputDisabled),
    starIcon: styles.starIcon,
    starIconOutline: mergeClasses(styles.starIcon, styles.starIconOutline),
    anchors: mergeClasses(surveyRatingClassNames.anchors, styles.anchors),
    selectedText: mergeClasses(surveyRatingClassNames.selectedText, styles.selectedText),
  };
  for (const option of state.options) {
    option.className = mergeClasses(
      surveyRatingClassNames.option,
      styles.option,
      kind === 'numbers' && styles.number,
      kind === 'stars' && styles.star,
      kind === 'stars' && option.filled && styles.starFilled,
      kind === 'numbers' && option.checked && styles.checked,
      disabled && styles.disabled,
    );
  }
  if (state.slider) {
    const rated = state.slider.rated;
    state.slider.classNames = {
      slider: styles.slider,
      thumb: mergeClasses(!rated && styles.thumbUnrated),
      placeholder: styles.placeholder,
    };
  }
  return state;
}
