/**
 * Reading sink errors: the ACS SDK's `CallingCommunicationError` (`code` / `subCode`), a `retryable` flag, and the
 * kit's own {@link SurveyDeliveryError}.
 */
import { SurveyError } from '../core/errors.js';
import type { SurveyDeliveryReason } from './types.js';

/** The SDK's "invalid call survey" code pair (never retried). */
export const SDK_INVALID_SURVEY = Object.freeze({ code: 400, subCode: 45100 });
/** The SDK's "telemetry event discarded, not sent" code pair (safe to retry). */
export const SDK_SURVEY_NOT_SENT = Object.freeze({ code: 408, subCode: 45101 });

function field(error: unknown, name: string): unknown {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as Record<string, unknown>)[name];
}

/** `code` / `subCode` read off an error shaped like the SDK's `CallingCommunicationError` (numbers only). */
export function errorCodes(error: unknown): { code?: number; subCode?: number } {
  const code = field(error, 'code');
  const subCode = field(error, 'subCode');
  return {
    ...(typeof code === 'number' ? { code } : {}),
    ...(typeof subCode === 'number' ? { subCode } : {}),
  };
}

/** True for the SDK's 400 / 45100: the survey was refused as invalid; resending the same survey cannot help. */
export function isInvalidSurveyError(error: unknown): boolean {
  const { code, subCode } = errorCodes(error);
  return code === SDK_INVALID_SURVEY.code && subCode === SDK_INVALID_SURVEY.subCode;
}

/** True for the SDK's 408 / 45101: the telemetry event was discarded, so the survey was not sent. */
export function isNotSentError(error: unknown): boolean {
  const { code, subCode } = errorCodes(error);
  return code === SDK_SURVEY_NOT_SENT.code && subCode === SDK_SURVEY_NOT_SENT.subCode;
}

/**
 * Whether another attempt after `error` cannot count the survey twice.
 * 400 / 45100 and `retryable: false` → never; 408 / 45101 and `retryable: true` → always; anything else → only when
 * the sink deduplicates (`idempotent`).
 */
export function isRetryableSurveyError(error: unknown, idempotent: boolean): boolean {
  if (isInvalidSurveyError(error)) return false;
  const retryable = field(error, 'retryable');
  if (retryable === false) return false;
  if (retryable === true || isNotSentError(error)) return true;
  return idempotent;
}

/** Thrown into an attempt's `AbortSignal` (and kept as the cause) when an attempt times out. */
export class SurveyTimeoutError extends SurveyError {
  override readonly name = 'SurveyTimeoutError';
  declare readonly code: 'SURVEY_TIMEOUT';
  /** The timeout that elapsed, in milliseconds. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super('SURVEY_TIMEOUT', `The survey sink did not answer within ${timeoutMs} ms (timeoutMs).`);
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The error of a `failed` delivery (`code` `'SURVEY_DELIVERY_FAILED'`): `onSubmit` rejects with it and `error` holds
 * it. `cause` is the sink's last rejection (if any); the SDK's numeric `code`/`subCode` are copied from it, when it
 * had them, as `sdkCode`/`sdkSubCode`; `problems` lists what `validateCallSurvey` found for an invalid payload.
 */
export class SurveyDeliveryError extends SurveyError {
  override readonly name = 'SurveyDeliveryError';
  declare readonly code: 'SURVEY_DELIVERY_FAILED';
  /** Why the delivery failed. */
  readonly reason: SurveyDeliveryReason;
  /** Attempts made, counting the first. */
  readonly attempts: number;
  /** What `validateCallSurvey` found (reason `'invalid'`); empty otherwise. */
  readonly problems: readonly string[];
  /** The sink's numeric `code` (the SDK's `CallingCommunicationError.code`, e.g. 400), when its last error had one. */
  readonly sdkCode?: number;
  /** The sink's numeric `subCode` (e.g. 45100), when its last error had one. */
  readonly sdkSubCode?: number;
  constructor(
    message: string,
    options: { reason: SurveyDeliveryReason; attempts: number; cause?: unknown; problems?: readonly string[] },
  ) {
    super('SURVEY_DELIVERY_FAILED', message, options.cause === undefined ? {} : { cause: options.cause });
    this.reason = options.reason;
    this.attempts = options.attempts;
    this.problems = Object.freeze([...(options.problems ?? [])]);
    const { code, subCode } = errorCodes(options.cause);
    if (code !== undefined) this.sdkCode = code;
    if (subCode !== undefined) this.sdkSubCode = subCode;
  }
}

/** A short human description of a sink error, for messages. */
export function describeError(error: unknown): string {
  const { code, subCode } = errorCodes(error);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return code === undefined ? message : `${message} (code ${code}${subCode === undefined ? '' : ` / ${subCode}`})`;
}
