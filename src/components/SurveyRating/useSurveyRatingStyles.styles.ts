'use client';

import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { SurveyRatingState } from './SurveyRating.types.js';

/** Static class names of the rating control's parts, for hosts that restyle it. */
export const surveyRatingClassNames = {
  root: 'ecs-SurveyRating',
  option: 'ecs-SurveyRating__option',
  selectedText: 'ecs-SurveyRating__selectedText',
  anchors: 'ecs-SurveyRating__anchors',
} as const;

/** The height of the slider (Fluent's medium `Slider`'s), so the placeholder takes the same room while the slider loads. */
const SLIDER_HEIGHT = '32px';
const SLIDER_THUMB = '20px';

// Plain elements get one `makeResetStyles` class each (one rule, as Fluent styles its own bases: far less CSS shipped
// than one atomic class per property and direction). What changes with the state (hover, checked, filled, disabled)
// and what lands on the slider stays atomic (`makeStyles`): an atomic class overrides a reset class.
const useRootStyles = makeResetStyles({
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  minWidth: 0,
});

const useGroupStyles = makeResetStyles({
  display: 'flex',
  flexWrap: 'wrap',
  gap: tokens.spacingHorizontalXS,
});

// Up to 11 numbered options share one row (equal widths) wherever each gets 24 px (WCAG 2.5.8), so the anchors
// line up with the first and last one; only narrower than that (320 px) do they wrap, into equal columns.
const useGroupNumbersStyles = makeResetStyles({
  display: 'grid',
  gridTemplateColumns: `repeat(auto-fit, minmax(${tokens.spacingHorizontalXXL}, 1fr))`,
  gap: tokens.spacingHorizontalXS,
});

// A function, not a constant: once the build has compiled the styles, nothing calls it and bundlers drop it.
const numberOption = () =>
  ({
  position: 'relative',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minWidth: 0,
  minHeight: tokens.spacingVerticalXXXL,
  padding: 0,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
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
    borderColor: 'ButtonText',
    ':has(input:focus-visible)': { outlineColor: 'Highlight' },
  },
  }) as const;

const useNumberOptionStyles = makeResetStyles(numberOption());

// A checked number is its own reset class (the unchecked one's rule with the brand colours), so the checked
// colours, hover included, need no atomic classes in both directions.
const useCheckedNumberOptionStyles = makeResetStyles({
  ...numberOption(),
  backgroundColor: tokens.colorBrandBackground,
  color: tokens.colorNeutralForegroundOnBrand,
  borderColor: tokens.colorBrandStroke1,
  ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  '@media (forced-colors: active)': {
    ...numberOption()['@media (forced-colors: active)'],
    forcedColorAdjust: 'none',
    backgroundColor: 'Highlight',
    color: 'HighlightText',
    borderColor: 'Highlight',
    ':hover': { backgroundColor: 'Highlight' },
  },
});

const useStarOptionStyles = makeResetStyles({
  position: 'relative',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  minWidth: 'auto',
  minHeight: tokens.spacingVerticalXXXL,
  paddingBlock: 0,
  paddingInline: tokens.spacingHorizontalXXS,
  borderRadius: tokens.borderRadiusMedium,
  // No border at all: forced colors repaint even a transparent border, which boxed every star.
  borderStyle: 'none',
  backgroundColor: 'transparent',
  color: tokens.colorNeutralForeground3,
  fontSize: tokens.fontSizeHero800,
  fontWeight: tokens.fontWeightSemibold,
  cursor: 'pointer',
  ':has(input:focus-visible)': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: tokens.strokeWidthThin,
  },
  '@media (forced-colors: active)': {
    ':has(input:focus-visible)': { outlineColor: 'Highlight' },
  },
});

const useInputStyles = makeResetStyles({
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  margin: 0,
  opacity: 0,
  cursor: 'pointer',
});

const useStarIconStyles = makeResetStyles({
  width: '1em',
  height: '1em',
  display: 'block',
  fill: 'currentColor',
});

const useStarIconOutlineStyles = makeResetStyles({
  width: '1em',
  height: '1em',
  display: 'block',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: tokens.strokeWidthThick,
});

const useAnchorsStyles = makeResetStyles({
  display: 'flex',
  justifyContent: 'space-between',
  flexWrap: 'wrap',
  gap: tokens.spacingHorizontalS,
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase200,
});

const useSelectedTextStyles = makeResetStyles({
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase300,
  minHeight: tokens.lineHeightBase300,
});

// The placeholder drawn until the slider's code has loaded (and in server-rendered HTML): an empty rail.
const usePlaceholderStyles = makeResetStyles({
  height: SLIDER_HEIGHT,
  backgroundImage: `linear-gradient(${tokens.colorNeutralStrokeAccessible}, ${tokens.colorNeutralStrokeAccessible})`,
  backgroundRepeat: 'no-repeat',
  backgroundPosition: 'center',
  backgroundSize: `calc(100% - ${SLIDER_THUMB}) ${tokens.strokeWidthThicker}`,
  '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundImage: 'linear-gradient(CanvasText, CanvasText)' },
});

const useStyles = makeStyles({
  // The stars' hover stays atomic: a filled star's forced colour (Highlight) must win over it.
  star: {
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorBrandForeground1 },
    '@media (forced-colors: active)': {
      color: 'CanvasText',
    },
  },
  starFilled: {
    color: tokens.colorBrandForeground1,
    '@media (forced-colors: active)': { color: 'Highlight' },
  },
  disabled: {
    cursor: 'not-allowed',
    opacity: 0.6,
    '@media (forced-colors: active)': { opacity: 1, color: 'GrayText' },
  },
  inputDisabled: { cursor: 'not-allowed' },
  // Unrated: no thumb (it would sit on the lowest value and read as a score of 0); the rail shows no fill.
  thumbUnrated: {
    visibility: 'hidden',
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
  const groupNumbers = useGroupNumbersStyles();
  const group = useGroupStyles();
  const starIcon = useStarIconStyles();
  const numberOption = useNumberOptionStyles();
  const checkedNumberOption = useCheckedNumberOptionStyles();
  const starOption = useStarOptionStyles();
  const placeholder = usePlaceholderStyles();
  state.classNames = {
    root: mergeClasses(surveyRatingClassNames.root, useRootStyles(), state.className),
    group: kind === 'numbers' ? groupNumbers : group,
    input: mergeClasses(useInputStyles(), disabled && styles.inputDisabled),
    starIcon,
    starIconOutline: useStarIconOutlineStyles(),
    anchors: mergeClasses(surveyRatingClassNames.anchors, useAnchorsStyles()),
    selectedText: mergeClasses(surveyRatingClassNames.selectedText, useSelectedTextStyles()),
  };
  for (const option of state.options) {
    option.className = mergeClasses(
      surveyRatingClassNames.option,
      kind === 'stars' ? starOption : option.checked ? checkedNumberOption : numberOption,
      kind === 'stars' && styles.star,
      kind === 'stars' && option.filled && styles.starFilled,
      disabled && styles.disabled,
    );
  }
  if (state.slider) {
    const rated = state.slider.rated;
    state.slider.classNames = {
      // The slider's own root style fills the row (full width, shrinkable); a custom styles hook may add a class.
      slider: '',
      thumb: mergeClasses(!rated && styles.thumbUnrated),
      placeholder,
    };
  }
  return state;
}
