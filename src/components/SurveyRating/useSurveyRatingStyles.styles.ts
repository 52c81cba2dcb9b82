import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

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

/** Griffel styles of the rating control (tokens only). */
export const useSurveyRatingStyles = makeStyles({
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
  star: {
    minWidth: 'auto',
    paddingInline: tokens.spacingHorizontalXXS,
    ...shorthands.borderColor('transparent'),
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeHero800,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorBrandForeground1 },
    '@media (forced-colors: active)': {
      ...shorthands.borderColor('transparent'),
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
});
