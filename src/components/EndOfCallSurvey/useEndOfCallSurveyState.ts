import * as React from 'react';
import { useId, useIsomorphicLayoutEffect } from '@fluentui/react-components';
import { useEndOfCallSurvey } from '../../react/useEndOfCallSurvey.js';
import type { UseEndOfCallSurveyOptions } from '../../react/useEndOfCallSurvey.js';
import type { SurveyDismissReason } from '../../core/flow.types.js';
import { mergeSurveyStrings } from '../../strings/en-US.js';
import { formatSurveyString } from '../../strings/SurveyStrings.js';
import type {
  EndOfCallSurveyClassNames,
  EndOfCallSurveyOpenChangeData,
  EndOfCallSurveyOpenChangeEvent,
  EndOfCallSurveyProps,
  EndOfCallSurveyState,
} from './EndOfCallSurvey.types.js';

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
  content: '',
  heading: '',
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

/**
 * The dialog's state hook (Fluent's `useX_unstable` stage): the headless flow, open state, focus and announcements.
 * It never builds payloads or compares scores: it reads the flow snapshot and sends events.
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

  const hookOptions: UseEndOfCallSurveyOptions = {
    onSubmit: (survey, context) => propsRef.current.onSubmit?.(survey, context),
    onDismiss: (info) => propsRef.current.onDismiss?.(info),
  };
  if (props.config !== undefined) hookOptions.config = props.config;
  if (props.random !== undefined) hookOptions.random = props.random;
  if (props.comments !== undefined) hookOptions.comments = props.comments;
  const survey = useEndOfCallSurvey(hookOptions);
  const flow = survey.state;

  const strings = React.useMemo(() => mergeSurveyStrings(props.strings), [props.strings]);

  // Opening again after a close starts a fresh survey (before paint, so the old state never flashes).
  // Focus returns to the opener: Fluent restores focus only for a DialogTrigger, and this dialog is controlled, so
  // remember what had focus when it opened (before Fluent focuses the surface) and give focus back on close.
  const openerRef = React.useRef<HTMLElement | null>(null);
  const { reset } = survey; // stable for the flow's lifetime
  const wasOpenRef = React.useRef<boolean | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    const wasOpen = wasOpenRef.current;
    wasOpenRef.current = open;
    const doc = typeof document === 'undefined' ? undefined : document;
    if (open && !wasOpen) {
      if (wasOpen === false) reset();
      const active = doc?.activeElement;
      openerRef.current = active && active !== doc?.body ? (active as HTMLElement) : null;
      return undefined;
    }
    if (!open && wasOpen) {
      const opener = openerRef.current;
      openerRef.current = null;
      if (!opener || !doc) return undefined;
      const restore = () => {
        const active = doc.activeElement;
        const lost = !active || active === doc.body || active.closest('[role="dialog"]') !== null;
        if (lost && opener.isConnected) opener.focus();
      };
      restore();
      // The surface may still hold focus during its exit transition; try again once it is gone.
      const timer = setTimeout(restore, 250);
      return () => clearTimeout(timer);
    }
    return undefined;
  }, [open, reset]);

  const overallAsked = flow.config.overallRating !== undefined;
  const totalSteps = overallAsked && flow.plan.length > 0 ? 2 : 1;
  const stepNumber = flow.formStep === 'issues' && overallAsked ? 2 : 1;

  // Focus: a step change moves focus to the new step's heading (the thank-you counts as a step); a failure to "Try again".
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const retryRef = React.useRef<HTMLButtonElement>(null);
  const focusKey = flow.step === 'submitted' ? 'submitted' : flow.step === 'failed' ? 'failed' : flow.formStep;
  const lastFocusKeyRef = React.useRef(focusKey);
  const [stepAnnouncement, setStepAnnouncement] = React.useState('');
  React.useEffect(() => {
    if (lastFocusKeyRef.current === focusKey) return;
    const previous = lastFocusKeyRef.current;
    lastFocusKeyRef.current = focusKey;
    if (!open) return;
    if (focusKey === 'rating' || focusKey === 'issues') {
      if (previous === 'rating' || previous === 'issues') {
        const prompt = focusKey === 'rating' ? strings.overallPrompt : strings.issuesPrompt;
        const template = focusKey === 'rating' ? strings.announceRatingStep : strings.announceIssuesStep;
        setStepAnnouncement(formatSurveyString(template, { step: stepNumber, total: totalSteps, prompt }));
      }
      headingRef.current?.focus();
    } else if (focusKey === 'submitted') {
      headingRef.current?.focus();
    } else {
      retryRef.current?.focus();
    }
  }, [focusKey, open, stepNumber, totalSteps, strings]);
  // A fresh survey starts without a pending announcement.
  React.useEffect(() => {
    if (flow.step === 'rating' && flow.attempts === 0 && Object.keys(flow.answers).length === 0) setStepAnnouncement('');
  }, [flow.step, flow.attempts, flow.answers]);

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
  const [closeWhileSending, setCloseWhileSending] = React.useState(false);
  React.useEffect(() => {
    setCloseWhileSending(false);
    if (!open || flow.step !== 'submitting') return undefined;
    const timer = setTimeout(() => setCloseWhileSending(true), CLOSE_WHILE_SENDING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [open, flow.step, flow.attempts]);

  let announcement = stepAnnouncement;
  if (flow.step === 'submitting') announcement = strings.announceSubmitting;
  else if (flow.step === 'submitted') announcement = strings.announceSubmitted;

  const ids = { heading: useId('ecs-heading-'), liveRegion: useId('ecs-live-') };

  return {
    open,
    flow,
    survey,
    strings,
    formStep: flow.formStep,
    inputsDisabled: flow.step === 'submitting' || flow.step === 'failed',
    closeWhileSending: closeWhileSending && flow.step === 'submitting',
    overallAsked,
    totalSteps,
    announcement,
    ids,
    headingRef,
    retryRef,
    classNames: EMPTY_CLASS_NAMES,
    className: props.className,
    onDialogOpenChange: (ev, data) => {
      if (data.open) return;
      // Escape dismisses; a click on the backdrop is ignored so a stray click never throws the answers away.
      if (data.type === 'escapeKeyDown') dismiss(ev, 'escape');
    },
    onPrimary: () => {
      if (flow.primaryAction === 'next') survey.next();
      else survey.submit();
    },
    onSkip: (ev) => dismiss(ev, 'skip'),
    onBack: () => survey.back(),
    onRetry: () => survey.retry(),
    onClose: (ev) => dismiss(ev, 'close'),
  };
}
