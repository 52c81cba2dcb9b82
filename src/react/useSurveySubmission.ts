'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallSurvey, IssuesStepGroup, SurveySubmitContext } from '../core/types.js';
import { SurveyError } from '../core/errors.js';
import { createSurveyDelivery } from '../delivery/index.js';
import { emitSurveyEvent } from '../delivery/delivery.js';
import type {
  SurveyDeliveryOptions,
  SurveyDeliveryResult,
  SurveyTelemetryEvent,
  SurveySubmissionStatus,
  SurveySubmitResponse,
  SurveySubmitter,
} from '../delivery/index.js';

/** Options of {@link useSurveySubmission}: the delivery options (read on every submit, so they may change). */
export type UseSurveySubmissionOptions = SurveyDeliveryOptions;

/** What the dialog's `onDismiss` passes (structurally the `<EndOfCallSurvey>` dismiss info). */
export interface SubmissionDismissInfo {
  step?: string;
  reason: string;
  /** When the survey was shown (epoch ms). */
  shownAt?: number;
}

/** What the dialog's `onShown` passes (structurally `<EndOfCallSurvey onShown>`'s `SurveyShownInfo`). */
export interface SubmissionShownInfo {
  shownAt: number;
  plan?: readonly IssuesStepGroup[];
}

/** The dialog props {@link useSurveySubmission} handles: spread `submission.dialogProps` into `<EndOfCallSurvey>`. */
export interface SurveySubmissionDialogProps {
  onSubmit: UseSurveySubmissionResult['onSubmit'];
  onDismiss: UseSurveySubmissionResult['onDismiss'];
  /** Emits `shown` once per opening (the dialog calls it once per opening with that opening's `shownAt`). */
  onShown: (info: SubmissionShownInfo) => void;
}

/** What {@link useSurveySubmission} returns. */
export interface UseSurveySubmissionResult {
  /**
   * Pass to `<EndOfCallSurvey onSubmit>`. Resolves with the sink's response for `submitted` and with `undefined` for
   * `unconfirmed`; rejects with `error` for `failed` (an invalid payload included). While a submission is in flight
   * it returns that same promise and does not call the sink again; a survey whose idempotency key was already
   * delivered is not sent again either.
   */
  onSubmit: (survey: CallSurvey, context?: Partial<SurveySubmitContext>) => Promise<SurveySubmitResponse>;
  /** Where the last submission stands. */
  status: SurveySubmissionStatus;
  /** The `SurveyDeliveryError` of a `failed` submission; `undefined` otherwise. */
  error: unknown;
  /**
   * Re-sends the last survey with the same idempotency key (after `failed`; after `unconfirmed` only for an
   * `idempotent` sink). From any other settled status it resolves with the last response without sending.
   * Rejects when nothing was submitted yet.
   */
  retry: () => Promise<SurveySubmitResponse>;
  /** The last delivery's outcome (attempts, reason, idempotency key), once settled. */
  result: SurveyDeliveryResult | undefined;
  /**
   * `{ onSubmit, onDismiss, onShown }` for `<EndOfCallSurvey {...submission.dialogProps}>`: with it `shown` is emitted
   * once per opening, by the dialog itself.
   */
  dialogProps: SurveySubmissionDialogProps;
  /** Pass to `<EndOfCallSurvey onShown>`: emits `shown` once per `shownAt` (also in `dialogProps`). */
  onShown: (info: SubmissionShownInfo) => void;
  /**
   * Emits the `shown` telemetry event now (for a custom UI that is not the dialog; the dialog wired through
   * `dialogProps` / `onShown` reports it by itself). `shownAt` defaults to now.
   */
  reportShown: (shownAt?: number) => void;
  /** Emits the `skipped` telemetry event with a reason (and the step, when given). */
  reportSkipped: (reason: string, step?: string) => void;
  /**
   * Pass to `<EndOfCallSurvey onDismiss>`: emits `skipped` with the dismiss reason, except when the user left while
   * the survey was being sent (`step: 'submitting'`): that delivery goes on and reports its own outcome.
   */
  onDismiss: (info: SubmissionDismissInfo) => void;
  /** Back to `idle` (e.g. before the next call's survey). Ignored while submitting. */
  reset: () => void;
}

interface LastSubmission {
  survey: CallSurvey;
  context: Partial<SurveySubmitContext>;
  result?: SurveyDeliveryResult;
}

/**
 * Delivers surveys from `<EndOfCallSurvey>` (or your own UI) to a {@link SurveySubmitter} — the ACS SDK through
 * `submitterForCall` / `submitterForCallAdapter`, or any custom sink — with validation, timeouts, safe retries and
 * telemetry. See {@link SurveyDeliveryOptions} for the rules.
 *
 * ```tsx
 * const submission = useSurveySubmission(submitterForCallAdapter(adapter), { onEvent: track });
 * <EndOfCallSurvey open={open} onOpenChange={…} onSubmit={submission.onSubmit} onDismiss={submission.onDismiss} />
 * ```
 */
export function useSurveySubmission(
  submitter: SurveySubmitter,
  options: UseSurveySubmissionOptions = {},
): UseSurveySubmissionResult {
  const [status, setStatus] = useState<SurveySubmissionStatus>('idle');
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<SurveyDeliveryResult | undefined>(undefined);

  const latest = useRef({ submitter, options });
  latest.current = { submitter, options };
  const inFlight = useRef<Promise<SurveySubmitResponse> | undefined>(undefined);
  const last = useRef<LastSubmission | undefined>(undefined);

  // With an outbox that has a beacon sender, hand waiting surveys to it when the page goes away.
  const outbox = options.outbox;
  useEffect(() => outbox?.attachPageHide(), [outbox]);

  // When the current survey was shown, and for which shownAt `shown` was already emitted.
  const shown = useRef<{ at?: number; reportedFor?: number }>({});
  const emit = useCallback((event: SurveyTelemetryEvent) => {
    const at = shown.current.at;
    const full: SurveyTelemetryEvent =
      at === undefined || event.msSinceShown !== undefined
        ? event
        : { ...event, msSinceShown: Math.max(0, Date.now() - at) };
    emitSurveyEvent(latest.current.options.onEvent, full);
  }, []);

  const send = useCallback((submission: LastSubmission): Promise<SurveySubmitResponse> => {
    const { submitter: sink, options: opts } = latest.current;
    setStatus('submitting');
    setError(undefined);
    last.current = submission;
    const promise = (async () => {
      let outcome: SurveyDeliveryResult;
      try {
        const shownPlan = submission.context.shownPlan;
        const onEvent = (event: SurveyTelemetryEvent) =>
          emit(event.type === 'submitted' && shownPlan ? { ...event, shownPlan } : event);
        outcome = await createSurveyDelivery(sink, { ...opts, onEvent }).deliver(submission.survey, submission.context);
      } catch (e) {
        // Only bad options can throw here; report them like any failure.
        setStatus('failed');
        setError(e);
        throw e;
      } finally {
        inFlight.current = undefined;
      }
      // Keep the key for a retry of the same survey.
      submission.context = { ...submission.context, idempotencyKey: outcome.idempotencyKey };
      submission.result = outcome;
      setResult(outcome);
      setStatus(outcome.status);
      setError(outcome.status === 'failed' ? outcome.error : undefined);
      if (outcome.status === 'failed') throw outcome.error;
      return outcome.status === 'submitted' ? outcome.response : undefined;
    })();
    inFlight.current = promise;
    return promise;
  }, [emit]);

  const noteShownAt = useCallback((at: number | undefined) => {
    if (at !== undefined) shown.current = { ...shown.current, at };
  }, []);

  const onSubmit = useCallback(
    (survey: CallSurvey, context: Partial<SurveySubmitContext> = {}): Promise<SurveySubmitResponse> => {
      if (inFlight.current) return inFlight.current;
      const previous = last.current;
      if (
        previous?.result &&
        context.idempotencyKey !== undefined &&
        previous.result.idempotencyKey === context.idempotencyKey &&
        previous.result.status !== 'failed'
      ) {
        // Already delivered (or possibly delivered): sending it again could count it twice.
        return Promise.resolve(previous.result.status === 'submitted' ? previous.result.response : undefined);
      }
      const forward: Partial<SurveySubmitContext> = {};
      if (context.idempotencyKey !== undefined) forward.idempotencyKey = context.idempotencyKey;
      if (context.improvementSuggestions !== undefined) forward.improvementSuggestions = context.improvementSuggestions;
      if (context.shownAt !== undefined) forward.shownAt = context.shownAt;
      if (context.shownPlan !== undefined) forward.shownPlan = context.shownPlan;
      noteShownAt(context.shownAt);
      return send({ survey, context: forward });
    },
    [send, noteShownAt],
  );

  const retry = useCallback((): Promise<SurveySubmitResponse> => {
    if (inFlight.current) return inFlight.current;
    const previous = last.current;
    if (!previous) return Promise.reject(new SurveyError('SURVEY_NOTHING_TO_RETRY', 'retry(): there is no survey to re-send; call onSubmit first.'));
    const outcome = previous.result;
    const resend =
      !outcome ||
      outcome.status === 'failed' ||
      (outcome.status === 'unconfirmed' && latest.current.options.idempotent === true);
    if (!resend) return Promise.resolve(outcome.status === 'submitted' ? outcome.response : undefined);
    return send({ survey: previous.survey, context: previous.context });
  }, [send]);

  const reportShown = useCallback(
    (at?: number) => {
      const shownAt = at ?? Date.now();
      shown.current = { at: shownAt, reportedFor: shownAt };
      emit({ type: 'shown', attempts: 0, msSinceShown: 0 });
    },
    [emit],
  );
  const onShown = useCallback(
    (info: SubmissionShownInfo) => {
      // Once per opening: StrictMode or a re-wired callback may deliver the same opening twice.
      if (shown.current.reportedFor === info.shownAt) return;
      shown.current = { at: info.shownAt, reportedFor: info.shownAt };
      emit({ type: 'shown', attempts: 0, msSinceShown: 0, ...(info.plan ? { shownPlan: info.plan } : {}) });
    },
    [emit],
  );
  const reportSkipped = useCallback(
    (reason: string, step?: string) => emit({ type: 'skipped', reason, attempts: 0, ...(step ? { step } : {}) }),
    [emit],
  );
  // Leaving while the survey is being sent is not a skip: the delivery goes on and reports its own outcome.
  const onDismiss = useCallback(
    (info: SubmissionDismissInfo) => {
      noteShownAt(info.shownAt);
      if (info.step !== 'submitting') reportSkipped(info.reason, info.step);
    },
    [reportSkipped, noteShownAt],
  );
  const reset = useCallback(() => {
    if (inFlight.current) return;
    last.current = undefined;
    setStatus('idle');
    setError(undefined);
    setResult(undefined);
  }, []);

  const dialogProps = useMemo(() => ({ onSubmit, onDismiss, onShown }), [onSubmit, onDismiss, onShown]);
  return useMemo(
    () => ({ onSubmit, status, error, retry, result, dialogProps, onShown, reportShown, reportSkipped, onDismiss, reset }),
    [onSubmit, status, error, retry, result, dialogProps, onShown, reportShown, reportSkipped, onDismiss, reset],
  );
}
