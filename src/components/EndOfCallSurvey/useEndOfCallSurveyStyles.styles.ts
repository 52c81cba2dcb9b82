import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { EndOfCallSurveyClassNames, EndOfCallSurveyState } from './EndOfCallSurvey.types.js';

/** Static class names of every part of the survey dialog, for hosts that restyle it. */
export const endOfCallSurveyClassNames: EndOfCallSurveyClassNames = {
  surface: 'ecs-EndOfCallSurvey',
  body: 'ecs-EndOfCallSurvey__body',
  content: 'ecs-EndOfCallSurvey__content',
  heading: 'ecs-EndOfCallSurvey__heading',
  hint: 'ecs-EndOfCallSurvey__hint',
  step: 'ecs-EndOfCallSurvey__step',
  group: 'ecs-EndOfCallSurvey__group',
  groupTitle: 'ecs-EndOfCallSurvey__groupTitle',
  tags: 'ecs-EndOfCallSurvey__tags',
  comment: 'ecs-EndOfCallSurvey__comment',
  actions: 'ecs-EndOfCallSurvey__actions',
  status: 'ecs-EndOfCallSurvey__status',
  thankYou: 'ecs-EndOfCallSurvey__thankYou',
  liveRegion: 'ecs-EndOfCallSurvey__liveRegion',
  message: 'ecs-EndOfCallSurvey__message',
};

const useStyles = makeStyles({
  surface: {
    // No fixed width: Fluent's surface is fluid up to its own cap, so it fits 320 px and 200 % zoom.
    boxSizing: 'border-box',
    '@media (forced-colors: active)': {
      ...shorthands.border(tokens.strokeWidthThin, 'solid', 'CanvasText'),
    },
  },
  body: { minWidth: 0 },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  heading: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusSmall,
    },
    '@media (forced-colors: active)': {
      ':focus-visible': { outlineColor: 'Highlight' },
    },
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXS,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  tags: {
    display: 'flex',
    flexDirection: 'column',
    paddingInlineStart: tokens.spacingHorizontalXL,
    minWidth: 0,
  },
  comment: { width: '100%' },
  // Fluent's DialogActions already stacks the buttons on narrow screens.
  actions: {},
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  thankYou: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  liveRegion: {
    position: 'absolute',
    // Visually hidden, still read by screen readers.
    width: tokens.strokeWidthThin,
    height: tokens.strokeWidthThin,
    margin: `calc(-1 * ${tokens.strokeWidthThin})`,
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  message: { minWidth: 0 },
});

/**
 * Adds class names to the state: the static `endOfCallSurveyClassNames`, Griffel classes from tokens, and the user's
 * `className` last (on the surface).
 */
export function useEndOfCallSurveyStyles_unstable(state: EndOfCallSurveyState): EndOfCallSurveyState {
  const styles = useStyles();
  const c = endOfCallSurveyClassNames;
  state.classNames = {
    surface: mergeClasses(c.surface, styles.surface, state.className),
    body: mergeClasses(c.body, styles.body),
    content: mergeClasses(c.content, styles.content),
    heading: mergeClasses(c.heading, styles.heading),
    hint: mergeClasses(c.hint, styles.hint),
    step: mergeClasses(c.step, styles.step),
    group: mergeClasses(c.group, styles.group),
    groupTitle: mergeClasses(c.groupTitle, styles.groupTitle),
    tags: mergeClasses(c.tags, styles.tags),
    comment: mergeClasses(c.comment, styles.comment),
    actions: mergeClasses(c.actions, styles.actions),
    status: mergeClasses(c.status, styles.status),
    thankYou: mergeClasses(c.thankYou, styles.heading, styles.thankYou),
    liveRegion: mergeClasses(c.liveRegion, styles.liveRegion),
    message: mergeClasses(c.message, styles.message),
  };
  return state;
}
