/**
 * The framework-free delivery engine behind `useSurveySubmission`: validation, per-attempt timeouts, retries only
 * where a retry cannot count a survey twice, exponential backoff with jitter, one idempotency key per delivery,
 * telemetry events and the optional outbox. No React, no DOM, no `@azure` runtime.
 */
import { SurveyArgumentError } from '../core/errors.js';
import { sdkSurveyProblems } from '../core/validate.js';
import type { CallSurvey, SurveyComments, SurveySubmitContext } from '../core/types.js';
import {
  SurveyDeliveryError,
  SurveyTimeoutError,
  describeError,
  isInvalidSurveyError,
  isRetryableSurveyError,
} from './errors.js';
import type {
  SurveyDeliveryOptions,
  SurveyDeliveryReason,
  SurveyDeliveryResult,
  SurveyTelemetryEvent,
  SurveySubmitResponse,
  SurveySubmitter,
  SurveyTimers,
} from './types.js';

/** Defaults of {@link SurveyDeliveryOptions}. */
export const SURVEY_DELIVERY_DEFAULTS = Object.freeze({
  timeoutMs: 15_000,
  maxAttempts: 4,
  backoffMs: 500,
  maxBackoffMs: 30_000,
  idempotent: false,
});

/** What the caller may pass with a survey; the engine fills in `attempt` and `signal`. */
export type SurveyDeliveryContext = Partial<
  Pick<SurveySubmitContext, 'idempotencyKey' | 'improvementSuggestions' | 'shownAt' | 'shownPlan'>
>;

/** A reusable delivery engine bound to one sink and one set of options. */
export interface SurveyDelivery {
  /** Delivers one survey. Never rejects: the result says `submitted`, `failed` or `unconfirmed` and why. */
  deliver(survey: CallSurvey, context?: SurveyDeliveryContext): Promise<SurveyDeliveryResult>;
}

const globalTimers: SurveyTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * A random RFC 4122 version-4 id: `crypto.randomUUID()` where available (secure contexts, Node ≥ 19), else built
 * from `crypto.getRandomValues`, else from `Math.random` (never for security, only for deduplication).
 */
export function createIdempotencyKey(): string {
  const c = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function checkOptions(options: SurveyDeliveryOptions): Required<
  Pick<SurveyDeliveryOptions, 'timeoutMs' | 'maxAttempts' | 'backoffMs' | 'maxBackoffMs' | 'idempotent'>
> {
  const merged = { ...SURVEY_DELIVERY_DEFAULTS, ...stripUndefined(options) };
  const { timeoutMs, maxAttempts, backoffMs, maxBackoffMs, idempotent } = merged;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || !Number.isFinite(timeoutMs)) {
    throw new SurveyArgumentError('timeoutMs', `timeoutMs must be a finite number of milliseconds greater than 0; got ${String(timeoutMs)}.`);
  }
  if (typeof maxAttempts !== 'number' || !Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new SurveyArgumentError('maxAttempts', `maxAttempts must be an integer of at least 1 (counting every attempt); got ${String(maxAttempts)}.`);
  }
  if (typeof backoffMs !== 'number' || !(backoffMs >= 0) || !Number.isFinite(backoffMs)) {
    throw new SurveyArgumentError('backoffMs', `backoffMs must be a finite number of milliseconds of at least 0; got ${String(backoffMs)}.`);
  }
  if (typeof maxBackoffMs !== 'number' || !(maxBackoffMs >= 0)) {
    throw new SurveyArgumentError('maxBackoffMs', `maxBackoffMs must be a number of milliseconds of at least 0; got ${String(maxBackoffMs)}.`);
  }
  if (typeof idempotent !== 'boolean') {
    throw new SurveyArgumentError('idempotent', `idempotent must be true or false; got ${String(idempotent)}.`);
  }
  return { timeoutMs, maxAttempts, backoffMs, maxBackoffMs, idempotent };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * The delay before attempt `failedAttempts + 1`: `backoffMs × 2^(failedAttempts − 1)`, capped at `maxBackoffMs`,
 * then jittered to between half and all of it ("equal jitter").
 */
export function backoffDelay(failedAttempts: number, backoffMs: number, maxBackoffMs: number, random: () => number): number {
  const ceiling = Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, failedAttempts - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}

/** Calls `onEvent` (when given); a throwing handler is logged, never allowed to change a delivery's outcome. Internal. */
export function emitSurveyEvent(onEvent: SurveyDeliveryOptions['onEvent'], event: SurveyTelemetryEvent): void {
  if (!onEvent) return;
  try {
    onEvent(event);
  } catch (error) {
    // A telemetry bug must never change a delivery's outcome.
    console.error('end-of-call-survey: onEvent threw', error);
  }
}

type AttemptOutcome =
  | { kind: 'ok'; response: SurveySubmitResponse }
  | { kind: 'error'; error: unknown }
  | { kind: 'timeout'; error: SurveyTimeoutError };

function runAttempt(
  submitter: SurveySubmitter,
  survey: CallSurvey,
  context: SurveySubmitContext,
  controller: AbortController,
  timeoutMs: number,
  timers: SurveyTimers,
): Promise<AttemptOutcome> {
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    const handle = timers.setTimeout(() => {
      if (settled) return;
      settled = true;
      const error = new SurveyTimeoutError(timeoutMs);
      controller.abort(error);
      resolve({ kind: 'timeout', error });
    }, timeoutMs);
    const finish = (outcome: AttemptOutcome) => {
      // A late result after the timeout changes nothing.
      if (settled) return;
      settled = true;
      timers.clearTimeout(handle);
      resolve(outcome);
    };
    try {
      Promise.resolve(submitter(survey, context)).then(
        (response) => finish({ kind: 'ok', response }),
        (error: unknown) => finish({ kind: 'error', error }),
      );
    } catch (error) {
      finish({ kind: 'error', error });
    }
  });
}

function sleep(ms: number, timers: SurveyTimers): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => timers.setTimeout(resolve, ms));
}

function surveyIdOf(response: SurveySubmitResponse): string | undefined {
  if (typeof response !== 'object' || response === null) return undefined;
  const id = (response as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Makes a delivery engine for one sink. Options are checked up front: a bad value throws a `SurveyArgumentError` naming the
 * option and its allowed values.
 */
export function createSurveyDelivery(submitter: SurveySubmitter, options: SurveyDeliveryOptions = {}): SurveyDelivery {
  if (typeof submitter !== 'function') {
    throw new SurveyArgumentError('submitter', `submitter must be a function (survey, context) => Promise; got ${typeof submitter}.`);
  }
  const settings = checkOptions(options);
  const random = options.random ?? Math.random;
  const timers = options.timers ?? globalTimers;
  const makeKey = options.createIdempotencyKey ?? createIdempotencyKey;
  const { outbox, onEvent } = options;

  async function deliver(survey: CallSurvey, context: SurveyDeliveryContext = {}): Promise<SurveyDeliveryResult> {
    const idempotencyKey = context.idempotencyKey ?? makeKey();
    const improvementSuggestions: SurveyComments | undefined = context.improvementSuggestions;

    const finish = (
      result: Omit<SurveyDeliveryResult, 'idempotencyKey'>,
      event: Omit<SurveyTelemetryEvent, 'attempts' | 'idempotencyKey'>,
    ): SurveyDeliveryResult => {
      emitSurveyEvent(onEvent, { ...event, attempts: result.attempts, idempotencyKey });
      return { ...result, idempotencyKey };
    };
    const fail = (
      reason: SurveyDeliveryReason,
      attempts: number,
      message: string,
      cause?: unknown,
      problems?: readonly string[],
    ): SurveyDeliveryResult => {
      const error = new SurveyDeliveryError(message, {
        reason,
        attempts,
        ...(cause === undefined ? {} : { cause }),
        ...(problems ? { problems } : {}),
      });
      return finish({ status: 'failed', reason, error, attempts }, { type: 'failed', reason, error });
    };

    let problems: string[];
    try {
      problems = sdkSurveyProblems(survey); // validateCallSurvey(survey), without its strict checks
    } catch (error) {
      problems = [`the survey could not be validated: ${describeError(error)}`];
    }
    if (problems.length > 0) {
      return fail('invalid', 0, `The survey is invalid and was not sent: ${problems.join('; ')}`, undefined, problems);
    }

    if (outbox) {
      outbox.put({
        idempotencyKey,
        survey,
        ...(improvementSuggestions ? { improvementSuggestions } : {}),
        createdAt: Date.now(),
        state: 'pending',
      });
      outbox.claim(idempotencyKey);
    }

    try {
      let attempts = 0;
      for (;;) {
        attempts += 1;
        const controller = new AbortController();
        const attemptContext: SurveySubmitContext = {
          idempotencyKey,
          ...(improvementSuggestions ? { improvementSuggestions } : {}),
          ...(context.shownAt !== undefined ? { shownAt: context.shownAt } : {}),
          ...(context.shownPlan !== undefined ? { shownPlan: context.shownPlan } : {}),
          attempt: attempts,
          signal: controller.signal,
        };
        const outcome = await runAttempt(submitter, survey, attemptContext, controller, settings.timeoutMs, timers);

        if (outcome.kind === 'ok') {
          outbox?.remove(idempotencyKey);
          const surveyId = surveyIdOf(outcome.response);
          return finish(
            { status: 'submitted', response: outcome.response, attempts },
            { type: 'submitted', ...(surveyId === undefined ? {} : { surveyId }) },
          );
        }

        if (outcome.kind === 'timeout' && !settings.idempotent) {
          // It may still arrive: sending it again could count it twice.
          outbox?.markUnconfirmed(idempotencyKey);
          return finish(
            { status: 'unconfirmed', reason: 'timeout', attempts },
            { type: 'unconfirmed', reason: 'timeout' },
          );
        }

        const error = outcome.error;
        if (outcome.kind === 'error' && !isRetryableSurveyError(error, settings.idempotent)) {
          const permanent = isInvalidSurveyError(error) || (error as { retryable?: unknown } | null)?.retryable === false;
          if (permanent) outbox?.remove(idempotencyKey);
          else outbox?.markUnconfirmed(idempotencyKey);
          return fail('rejected', attempts, `The survey was not accepted: ${describeError(error)}`, error);
        }

        if (attempts >= settings.maxAttempts) {
          return fail(
            'attempts-exhausted',
            attempts,
            `The survey could not be sent after ${attempts} attempt${attempts === 1 ? '' : 's'} (maxAttempts): ${describeError(error)}`,
            error,
          );
        }
        await sleep(backoffDelay(attempts, settings.backoffMs, settings.maxBackoffMs, random), timers);
      }
    } finally {
      outbox?.release(idempotencyKey);
    }
  }

  return { deliver };
}

/** One-shot form of {@link createSurveyDelivery}: delivers `survey` through `submitter` with `options`. */
export function deliverSurvey(
  submitter: SurveySubmitter,
  survey: CallSurvey,
  context?: SurveyDeliveryContext,
  options?: SurveyDeliveryOptions,
): Promise<SurveyDeliveryResult> {
  return createSurveyDelivery(submitter, options).deliver(survey, context);
}
