'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallSurvey, SurveySubmitContext } from '../core/types.js';
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
  /** Emits the `shown` telemetry event (call when the dialog opens). */
  reportShown: () => void;
  /** Emits the `skipped` telemetry event with a reason. */
  reportSkipped: (reason: string) => void;
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

  const emit = useCallback((event: SurveyTelemetryEvent) => emitSurveyEvent(latest.current.options.onEvent, event), []);

  const send = useCallback((submission: LastSubmission): Promise<SurveySubmitResponse> => {
    const { submitter: sink, options: opts } = latest.current;
    setStatus('submitting');
    setError(undefined);
    last.current = submission;
    const promise = (async () => {
      let outcome: SurveyDeliveryResult;
      try {
        outcome = await createSurveyDelivery(sink, opts).deliver(submission.survey, submission.context);
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
      return send({ survey, context: forward });
    },
    [send],
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

  const reportShown = useCallback(() => emit({ type: 'shown', attempts: 0 }), [emit]);
  const reportSkipped = useCallback((reason: string) => emit({ type: 'skipped', reason, attempts: 0 }), [emit]);
  // Leaving while the survey is being sent is not a skip: the delivery goes on and reports its own outcome.
  const onDismiss = useCallback(
    (info: SubmissionDismissInfo) => {
      if (info.step !== 'submitting') reportSkipped(info.reason);
    },
    [reportSkipped],
  );
  const reset = useCallback(() => {
    if (inFlight.current) return;
    last.current = undefined;
    setStatus('idle');
    setError(undefined);
    setResult(undefined);
  }, []);

  return useMemo(
    () => ({ onSubmit, status, error, retry, result, reportShown, reportSkipped, onDismiss, reset }),
    [onSubmit, status, error, retry, result, reportShown, reportSkipped, onDismiss, reset],
  );
}
