'use client';

import * as React from 'react';
import { useId, useIsomorphicLayoutEffect } from '@fluentui/react-components';
import { useEndOfCallSurvey } from '../../react/useEndOfCallSurvey.js';
import type { UseEndOfCallSurveyOptions } from '../../react/useEndOfCallSurvey.js';
import type { SurveyDismissReason } from '../../core/flow.types.js';
import { isTwoPointScale } from '../../core/scale.js';
import type { Issue, IssuesStepGroup, SurveyCategory } from '../../core/types.js';
import { mergeSurveyStrings } from '../../strings/en-US.js';
import { formatSurveyString } from '../../strings/SurveyStrings.js';
import type { SurveyStrings } from '../../strings/SurveyStrings.js';
import type { SurveyFlowState } from '../../core/flow.types.js';
import type {
  EndOfCallSurveyClassNames,
  EndOfCallSurveyCommentSlot,
  EndOfCallSurveyGroupView,
  EndOfCallSurveyIds,
  EndOfCallSurveyOpenChangeData,
  EndOfCallSurveyOpenChangeEvent,
  EndOfCallSurveyProps,
  EndOfCallSurveyState,
} from './EndOfCallSurvey.types.js';
import type { UseEndOfCallSurveyResult } from '../../react/useEndOfCallSurvey.js';

/** Default of `closeDelayMs`: how long the thank-you stays. */
export const DEFAULT_CLOSE_DELAY_MS = 2000;

/**
 * After sending has taken this long, "Skip" (disabled while sending) gives way to an enabled "Close", so a user
 * without an Escape key (touch) is never held by a slow or stuck `onSubmit`. Closing does not cancel the send.
 */
export const CLOSE_WHILE_SENDING_AFTER_MS = 5000;

const EMPTY_CLASS_NAMES: EndOfCallSurveyClassNames = {
  surface: '',
  body: '',
  header: '',
  content: '',
  heading: '',
  stepCounter: '',
  hint: '',
  step: '',
  group: '',
  groupTitle: '',
  tags: '',
  comment: '',
  actions: '',
  status: '',
  thankYou: '',
  liveRegion: '',
  message: '',
};

interface ViewContext {
  flow: SurveyFlowState;
  survey: UseEndOfCallSurveyResult;
  strings: SurveyStrings;
  ids: EndOfCallSurveyIds;
  disabled: boolean;
  hasHint: boolean;
}

function commentSlot(ctx: ViewContext, category: SurveyCategory): EndOfCallSurveyCommentSlot {
  const { strings, flow, survey, disabled } = ctx;
  return {
    field: {
      label: formatSurveyString(strings.commentLabel, { category: strings.categoryNames[category] }),
      className: '',
    },
    textarea: {
      value: flow.comments[category] ?? '',
      placeholder: strings.commentPlaceholder,
      disabled,
      resize: 'vertical',
      onChange: (_ev, data) => survey.comment(category, data.value),
    },
  };
}

/** The view item of one step-2 group, derived from the flow (the render function only spreads it). */
function groupView(ctx: ViewContext, group: IssuesStepGroup, index: number): EndOfCallSurveyGroupView | undefined {
  const { flow, survey, strings, ids, disabled } = ctx;
  const { category } = group;
  const scale = flow.config[category]?.scale;
  if (!scale) return undefined;
  const name = strings.categoryNames[category];
  const answer = flow.answers[category];
  const revealed = flow.revealed.includes(category);
  const titleId = `${ids.heading}-group-${index}`;
  const control: EndOfCallSurveyGroupView['control'] =
    category === 'overallRating' ? 'tags' : isTwoPointScale(scale) ? 'checkbox' : 'rating';
  const selected: readonly Issue[] = answer?.issues ?? [];
  const labels = strings.issues[category] as Readonly<Record<string, string>>;
  const showTags = revealed && group.issues.length > 0;
  return {
    category,
    control,
    root: { 'data-category': category, className: '' },
    title:
      control === 'checkbox'
        ? undefined
        : {
            id: titleId,
            className: '',
            dir: 'auto',
            children: control === 'tags' ? name : formatSurveyString(strings.categoryRatingPrompt, { category: name }),
          },
    checkbox:
      control === 'checkbox'
        ? {
            label: strings.categoryProblem[category],
            checked: revealed,
            disabled,
            ...(ctx.hasHint ? { 'aria-describedby': ids.hint } : {}),
            onChange: (_ev, data) => survey.toggleCategory(category, data.checked === true),
          }
        : undefined,
    rating:
      control === 'rating'
        ? {
            scale,
            value: answer?.score,
            onChange: (score) => survey.rate(category, score),
            labelledBy: titleId,
            strings,
            disabled,
          }
        : undefined,
    revealed,
    checked: revealed,
    tagGroup: showTags
      ? {
          role: 'group',
          'aria-label': formatSurveyString(strings.issuesGroupLabel, { category: name }),
          className: '',
        }
      : undefined,
    tags: showTags
      ? group.issues.map((issue) => ({
          issue,
          label: labels[issue] ?? issue,
          selected: selected.includes(issue),
          checked: selected.includes(issue),
          disabled,
          onChange: (_ev, data) => survey.toggleIssue(category, issue, data.checked === true),
        }))
      : [],
    comment: flow.commentsEnabled && category !== 'overallRating' && revealed ? commentSlot(ctx, category) : undefined,
  };
}

/**
 * The dialog's state hook (Fluent's `useX_unstable` stage): the headless flow, open state, focus, announcements, and
 * the prop bags of every slot. It never builds payloads or compares scores: it reads the flow snapshot (whose
 * derived fields say what is revealed, what the primary button does, which step number is on screen) and sends events.
 */
export function useEndOfCallSurveyState_unstable(props: EndOfCallSurveyProps): EndOfCallSurveyState {
  const { closeDelayMs = DEFAULT_CLOSE_DELAY_MS } = props;

  const [uncontrolledOpen, setUncontrolledOpen] = React.useState(props.defaultOpen ?? false);
  const open = props.open ?? uncontrolledOpen;

  const propsRef = React.useRef(props);
  propsRef.current = props;

  const requestOpenChange = React.useCallback(
    (ev: EndOfCallSurveyOpenChangeEvent, nextOpen: boolean, reason: EndOfCallSurveyOpenChangeData['reason']) => {
      if (propsRef.current.open === undefined) setUncontrolledOpen(nextOpen);
      propsRef.current.onOpenChange?.(ev, { open: nextOpen, reason });
    },
    [],
  );

  // Every opening is a new survey: count the openings while rendering (React's "adjust state while rendering"
  // pattern), so the render on which `open` turns true already shows the fresh survey from that render's props.
  // (Filling it in from an effect afterwards left Fluent's surface empty on its first render, which broke focus
  // trapping and the accessibility tree on every opening after the first.)
  const [opening, setOpening] = React.useState({ open, count: open ? 1 : 0 });
  let openingCount = opening.count;
  if (opening.open !== open) {
    openingCount = open ? opening.count + 1 : opening.count;
    setOpening({ open, count: openingCount });
  }

  const hookOptions: UseEndOfCallSurveyOptions = {
    onSubmit: (survey, context) => propsRef.current.onSubmit?.(survey, context),
    onDismiss: (info) => propsRef.current.onDismiss?.(info),
    surveyKey: openingCount,
  };
  if (props.config !== undefined) hookOptions.config = props.config;
  if (props.random !== undefined) hookOptions.random = props.random;
  if (props.comments !== undefined) hookOptions.comments = props.comments;
  const survey = useEndOfCallSurvey(hookOptions);
  const flow = survey.state;

  // Strings apply at once (a language switch while open loses nothing); config, random and comments per opening.
  const stringsProp = props.strings;
  const strings = React.useMemo(() => mergeSurveyStrings(stringsProp), [stringsProp]);

  // `onShown` once per opening (also under StrictMode's double effects).
  const shownForRef = React.useRef(0);
  const { shownAt } = survey;
  React.useEffect(() => {
    if (!open || shownForRef.current === openingCount) return;
    shownForRef.current = openingCount;
    propsRef.current.onShown?.({ shownAt, plan: flow.plan, config: flow.config });
  }, [open, openingCount, shownAt, flow.plan, flow.config]);

  // Focus returns to the opener: Fluent restores focus only for a DialogTrigger, and this dialog is controlled, so
  // remember what had focus when it opened (before Fluent focuses the surface) and give focus back on close.
  const openerRef = React.useRef<HTMLElement | null>(null);
  const wasOpenRef = React.useRef<boolean | undefined>(undefined);
  // This dialog's own surface: focus is taken back only from it (or from nowhere), never from another dialog that
  // the app opened meanwhile (taking focus out of that modal made Tabster hide it from assistive technology).
  const surfaceRef = React.useRef<HTMLDivElement>(null);
  useIsomorphicLayoutEffect(() => {
    const wasOpen = wasOpenRef.current;
    wasOpenRef.current = open;
    const doc = typeof document === 'undefined' ? undefined : document;
    if (open && !wasOpen) {
      const active = doc?.activeElement;
      openerRef.current = active && active !== doc?.body ? (active as HTMLElement) : null;
      return undefined;
    }
    if (!open && wasOpen) {
      const opener = openerRef.current;
      openerRef.current = null;
      const surface = surfaceRef.current;
      if (!opener || !doc) return undefined;
      const restore = () => {
        const active = doc.activeElement;
        const lost = !active || active === doc.body || (surface !== null && surface.contains(active));
        if (lost && opener.isConnected) opener.focus();
      };
      restore();
      // The surface may still hold focus during its exit transition; try again once it is gone.
      const timer = setTimeout(restore, 250);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [open]);

  // Focus: opening and every step change move focus to the step's heading (the thank-you counts as a step); a failure
  // to "Try again". The heading's description (the step counter) says where the user is: no live-region copy of it.
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const retryRef = React.useRef<HTMLButtonElement>(null);
  const focusStep = flow.step === 'submitted' ? 'submitted' : flow.step === 'failed' ? 'failed' : flow.formStep;
  const focusKey = `${openingCount}:${focusStep}`;
  const lastFocusKeyRef = React.useRef<string | null>(null);
  React.useEffect(() => {
    if (!open || lastFocusKeyRef.current === focusKey) return;
    lastFocusKeyRef.current = focusKey;
    if (focusStep === 'failed') retryRef.current?.focus();
    else headingRef.current?.focus();
  }, [focusKey, focusStep, open]);

  // Success: show the thank-you, then ask to close after the delay. No onDismiss.
  React.useEffect(() => {
    if (!open || flow.step !== 'submitted') return undefined;
    const timer = setTimeout(() => requestOpenChange(undefined, false, 'submitted'), closeDelayMs);
    return () => clearTimeout(timer);
  }, [open, flow.step, closeDelayMs, requestOpenChange]);

  const dismiss = React.useCallback(
    (ev: EndOfCallSurveyOpenChangeEvent, reason: SurveyDismissReason) => {
      if (survey.state.step === 'submitted') {
        requestOpenChange(ev, false, 'submitted');
        return;
      }
      if (survey.dismiss(reason)) requestOpenChange(ev, false, reason);
    },
    [survey, requestOpenChange],
  );

  // A send that takes long offers "Close" (Escape works from the start).
  const [closeWhileSendingFor, setCloseWhileSendingFor] = React.useState<string | null>(null);
  const sendingKey = `${openingCount}:${flow.attempts}`;
  React.useEffect(() => {
    if (!open || flow.step !== 'submitting') return undefined;
    const timer = setTimeout(() => setCloseWhileSendingFor(sendingKey), CLOSE_WHILE_SENDING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [open, flow.step, sendingKey]);
  const closeWhileSending = flow.step === 'submitting' && closeWhileSendingFor === sendingKey;

  // The polite live region says only what nothing else says: Close replacing Skip, and the primary button flipping
  // between Next and Submit (the step change itself is said by the focused heading).
  const [announcement, setAnnouncement] = React.useState({ key: '', text: '' });
  const primaryKey = `${openingCount}:${flow.formStep}`;
  const lastPrimaryRef = React.useRef<{ key: string; action: string; rated: boolean }>({ key: '', action: '', rated: false });
  const rated = flow.answers.overallRating !== undefined;
  React.useEffect(() => {
    const last = lastPrimaryRef.current;
    lastPrimaryRef.current = { key: primaryKey, action: flow.primaryAction, rated };
    if (last.key !== primaryKey || flow.step !== 'rating' || !rated) return;
    if (last.action === flow.primaryAction && last.rated) return;
    if (!last.rated && flow.primaryAction === 'submit') return; // first choice of a high score: nothing changed
    setAnnouncement({
      key: primaryKey,
      text: flow.primaryAction === 'next' ? strings.announcePrimaryNext : strings.announcePrimarySubmit,
    });
  }, [primaryKey, flow.primaryAction, flow.step, rated, strings]);
  React.useEffect(() => {
    if (closeWhileSending) setAnnouncement({ key: sendingKey, text: strings.announceCloseAvailable });
  }, [closeWhileSending, sendingKey, strings]);
  const liveText =
    (announcement.key === primaryKey && flow.step === 'rating') || (announcement.key === sendingKey && closeWhileSending)
      ? announcement.text
      : '';

  const ids: EndOfCallSurveyIds = {
    heading: useId('ecs-heading-'),
    liveRegion: useId('ecs-live-'),
    stepCounter: useId('ecs-step-'),
    hint: useId('ecs-hint-'),
  };

  const step = flow.step;
  const submitting = step === 'submitting';
  const submitted = step === 'submitted';
  const failed = step === 'failed';
  const showForm = !submitted && step !== 'dismissed';
  const disabled = submitting || failed;
  const inIssues = showForm && flow.formStep === 'issues';
  const inRating = showForm && flow.formStep === 'rating';
  const hasHint =
    inIssues &&
    flow.plan.some((g) => {
      const scale = flow.config[g.category]?.scale;
      return g.category !== 'overallRating' && scale !== undefined && isTwoPointScale(scale);
    });
  const ctx: ViewContext = { flow, survey, strings, ids, disabled, hasHint };
  const showCounter = showForm && flow.totalSteps > 1;
  const overallScale = flow.config.overallRating?.scale;

  const groups = inIssues
    ? flow.plan.map((g, i) => groupView(ctx, g, i)).filter((g): g is EndOfCallSurveyGroupView => g !== undefined)
    : [];

  const onDialogOpenChange = (ev: React.SyntheticEvent | Event, data: { open: boolean; type: string }) => {
    if (data.open) return;
    // Escape dismisses; a click on the backdrop is ignored so a stray click never throws the answers away.
    if (data.type === 'escapeKeyDown') dismiss(ev, 'escape');
  };

  return {
    dialog: { open, modalType: 'modal', onOpenChange: onDialogOpenChange },
    surface: { ref: surfaceRef, lang: strings.locale, 'data-step': step, className: '' },
    liveRegion: {
      id: ids.liveRegion,
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': true,
      className: '',
      children: liveText,
    },
    body: { 'aria-busy': submitting ? true : undefined, className: '' },
    header: { className: '' },
    title: { children: strings.title, dir: 'auto' },
    heading: showForm
      ? {
          id: ids.heading,
          ref: headingRef,
          tabIndex: -1,
          className: '',
          ...(showCounter ? { 'aria-describedby': ids.stepCounter } : {}),
          children: inRating ? strings.overallPrompt : strings.issuesPrompt,
        }
      : undefined,
    stepCounter: showCounter
      ? {
          id: ids.stepCounter,
          className: '',
          children: formatSurveyString(strings.stepCounter, { step: flow.stepNumber, total: flow.totalSteps }),
        }
      : undefined,
    // While the inputs are disabled (sending, failed) nothing inside can take focus, so the scroll area itself does,
    // and keyboard users can still scroll a long step 2.
    content: disabled && showForm
      ? { className: '', tabIndex: 0, role: 'region', 'aria-labelledby': ids.heading }
      : { className: '' },
    hint: hasHint ? { id: ids.hint, className: '', children: strings.issuesHint } : undefined,
    rating:
      inRating && overallScale
        ? {
            scale: overallScale,
            value: flow.answers.overallRating?.score,
            onChange: (score) => survey.rate('overallRating', score),
            labelledBy: ids.heading,
            strings,
            disabled,
          }
        : undefined,
    overallComment:
      showForm && flow.commentsEnabled && overallScale !== undefined ? commentSlot(ctx, 'overallRating') : undefined,
    thankYou: submitted ? { ref: headingRef, tabIndex: -1, className: '', children: strings.thankYou } : undefined,
    status: submitting ? { className: '', spinner: { label: strings.submitting, size: 'tiny' } } : undefined,
    message: failed
      ? {
          root: { intent: 'error', role: 'alert', layout: 'multiline', className: '' },
          title: strings.errorTitle,
          body: strings.errorMessage,
          retry: { children: strings.tryAgain, appearance: 'primary', ref: retryRef, onClick: () => survey.retry() },
          close: { children: strings.close, onClick: (ev) => dismiss(ev, 'close') },
        }
      : undefined,
    actions: (showForm && !failed) || submitted ? { className: '' } : undefined,
    skip:
      showForm && !failed && !closeWhileSending
        ? { children: strings.skip, disabledFocusable: submitting, onClick: (ev) => dismiss(ev, 'skip') }
        : undefined,
    close:
      (showForm && !failed && closeWhileSending) || submitted
        ? {
            children: strings.close,
            ...(submitted ? { appearance: 'primary' as const } : {}),
            onClick: (ev) => dismiss(ev, 'close'),
          }
        : undefined,
    back:
      showForm && !failed && flow.formStep === 'issues' && overallScale !== undefined
        ? { children: strings.back, disabledFocusable: submitting, onClick: () => survey.back() }
        : undefined,
    primary:
      showForm && !failed
        ? {
            children: flow.primaryAction === 'next' ? strings.next : strings.submit,
            appearance: 'primary',
            disabledFocusable: submitting || !flow.canContinue,
            onClick: () => (flow.primaryAction === 'next' ? survey.next() : survey.submit()),
          }
        : undefined,
    groups,
    open,
    flow,
    survey,
    strings,
    openingCount,
    ids,
    classNames: EMPTY_CLASS_NAMES,
    className: props.className,
  };
}
