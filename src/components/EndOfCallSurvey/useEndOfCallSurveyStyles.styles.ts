'use client';

import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { EndOfCallSurveyClassNames, EndOfCallSurveyState } from './EndOfCallSurvey.types.js';

/** Static class names of every part of the survey dialog, for hosts that restyle it. */
export const endOfCallSurveyClassNames: EndOfCallSurveyClassNames = {
  surface: 'ecs-EndOfCallSurvey',
  body: 'ecs-EndOfCallSurvey__body',
  header: 'ecs-EndOfCallSurvey__header',
  content: 'ecs-EndOfCallSurvey__content',
  heading: 'ecs-EndOfCallSurvey__heading',
  stepCounter: 'ecs-EndOfCallSurvey__stepCounter',
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

// The slots that land on Fluent components (surface, body, content, actions, message) get atomic
// classes: those components already carry a reset class of their own, and mergeClasses takes only one. Every other
// slot is a plain element and gets one `makeResetStyles` class (one rule each, as Fluent styles its own bases:
// far less CSS shipped than one atomic class per property and direction).
const useStyles = makeStyles({
  surface: {
    // No fixed width: Fluent's surface is fluid up to its own cap, so it fits 320 px and 200 % zoom. (Its border-box
    // sizing and its transparent 1 px border, which forced colors paint as CanvasText, are Fluent's own.)
    // A stable top: Fluent centres the surface vertically, so it jumped with every step and every ticked category.
    // Pinned near the top, only its bottom edge moves (and step 2 scrolls inside, see `content`).
    marginTop: tokens.spacingVerticalXXXL,
    '@media screen and (max-height: 479px)': { marginTop: 0 },
  },
  body: {
    minWidth: 0,
    // Title + step heading stay on top, the questions scroll, the actions stay at the bottom.
    gridTemplateRows: 'auto minmax(0, 1fr) auto',
    maxHeight: `calc(100dvh - 2 * ${tokens.spacingVerticalXXXL} - 2 * ${tokens.spacingVerticalXXL})`,
    '@media screen and (max-width: 480px)': { gridTemplateRows: 'auto minmax(0, 1fr) auto' },
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: 'anywhere',
    // Room for the focus rings of the controls at the scroll area's edges.
    paddingInline: tokens.spacingHorizontalXS,
    // Never squeeze a child (the scroll area scrolls instead).
    '& > *': { flexShrink: 0 },
  },
  // The thank-you heading is the step heading (its reset class), larger.
  thankYou: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  // Fluent's DialogActions already stacks the buttons on narrow screens.
  actions: {},
  // The error box grows with its text and buttons (it was squeezed by the flex column it sat in).
  message: { minWidth: 0, flexShrink: 0, height: 'auto', minHeight: 'fit-content' },
});

// A comment box: Fluent Field's vertical layout (a grid; the label's own size and spacing), see renderEndOfCallSurvey.
const useCommentStyles = makeResetStyles({
  display: 'grid',
  width: '100%',
  '& > label': {
    maxWidth: 'max-content',
    maxHeight: 'max-content',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalXXS,
  },
});

const useHeaderStyles = makeResetStyles({
  gridRowStart: 1,
  gridRowEnd: 1,
  gridColumnStart: 1,
  gridColumnEnd: 4,
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalS,
  minWidth: 0,
  overflowWrap: 'anywhere',
});

const useHeadingStyles = makeResetStyles({
  margin: 0,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
  color: tokens.colorNeutralForeground1,
  borderRadius: tokens.borderRadiusSmall,
  ':focus': { outlineStyle: 'none' },
  // Drawn inside the heading's box, so no scroll or clip edge can cut it.
  ':focus-visible': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  '@media (forced-colors: active)': {
    ':focus-visible': { outlineColor: 'Highlight' },
  },
});

const useStepCounterStyles = makeResetStyles({
  margin: 0,
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
});

const useHintStyles = makeResetStyles({
  margin: 0,
  color: tokens.colorNeutralForeground2,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
});

const useStepStyles = makeResetStyles({
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalM,
  minWidth: 0,
});

const useGroupStyles = makeResetStyles({
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  minWidth: 0,
  paddingBlock: tokens.spacingVerticalXS,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
});

const useGroupTitleStyles = makeResetStyles({
  margin: 0,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  fontWeight: tokens.fontWeightSemibold,
  color: tokens.colorNeutralForeground1,
});

const useTagsStyles = makeResetStyles({
  display: 'flex',
  flexDirection: 'column',
  paddingInlineStart: tokens.spacingHorizontalXL,
  minWidth: 0,
});

const useStatusStyles = makeResetStyles({
  display: 'flex',
  alignItems: 'center',
  gap: tokens.spacingHorizontalS,
});

const useLiveRegionStyles = makeResetStyles({
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
});

/**
 * Adds class names to the state and its slots: the static `endOfCallSurveyClassNames`, Griffel classes from tokens,
 * and the user's `className` last (on the surface).
 */
export function useEndOfCallSurveyStyles_unstable(state: EndOfCallSurveyState): EndOfCallSurveyState {
  const styles = useStyles();
  const c = endOfCallSurveyClassNames;
  const cn: EndOfCallSurveyClassNames = {
    surface: mergeClasses(c.surface, styles.surface, state.className),
    body: mergeClasses(c.body, styles.body),
    header: mergeClasses(c.header, useHeaderStyles()),
    content: mergeClasses(c.content, styles.content),
    heading: mergeClasses(c.heading, useHeadingStyles()),
    stepCounter: mergeClasses(c.stepCounter, useStepCounterStyles()),
    hint: mergeClasses(c.hint, useHintStyles()),
    step: mergeClasses(c.step, useStepStyles()),
    group: mergeClasses(c.group, useGroupStyles()),
    groupTitle: mergeClasses(c.groupTitle, useGroupTitleStyles()),
    tags: mergeClasses(c.tags, useTagsStyles()),
    comment: mergeClasses(c.comment, useCommentStyles()),
    actions: mergeClasses(c.actions, styles.actions),
    status: mergeClasses(c.status, useStatusStyles()),
    thankYou: mergeClasses(c.thankYou, useHeadingStyles(), styles.thankYou),
    liveRegion: mergeClasses(c.liveRegion, useLiveRegionStyles()),
    message: mergeClasses(c.message, styles.message),
  };
  state.classNames = cn;
  state.surface.className = cn.surface;
  state.body.className = cn.body;
  state.header.className = cn.header;
  state.content.className = cn.content;
  state.liveRegion.className = cn.liveRegion;
  if (state.heading) state.heading.className = cn.heading;
  if (state.stepCounter) state.stepCounter.className = cn.stepCounter;
  if (state.hint) state.hint.className = cn.hint;
  if (state.thankYou) state.thankYou.className = cn.thankYou;
  if (state.status) state.status.className = cn.status;
  if (state.message) state.message.root.className = cn.message;
  if (state.actions) state.actions.className = cn.actions;
  if (state.overallComment) state.overallComment.field.className = cn.comment;
  for (const group of state.groups) {
    group.root.className = cn.group;
    if (group.title) group.title.className = cn.groupTitle;
    if (group.tagGroup) group.tagGroup.className = cn.tags;
    if (group.comment) group.comment.field.className = cn.comment;
  }
  return state;
}
