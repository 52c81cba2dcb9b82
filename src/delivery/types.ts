/**
 * Public types of survey delivery: the sink signature, the delivery options, statuses, events and results.
 * Type-only: nothing here pulls in `@azure/communication-calling` at runtime.
 */
import type { CallSurvey, IssuesStepGroup, SurveyComments, SurveySubmitContext } from '../core/types.js';

export type { SurveySubmitContext };

/**
 * Where a survey goes: the ACS Calling SDK (`submitterForCall` / `submitterForCallAdapter` from
 * `end-of-call-survey/acs`), an HTTP endpoint, Application Insights, the app's backend…
 *
 * Resolve when the survey is accepted (optionally with the sink's survey id — the SDK's `CallSurveyResponse.id`);
 * reject when it is not. A rejection is retried only when a retry cannot count the survey twice: an SDK
 * 408 / 45101 ("not sent"), an error carrying `retryable: true`, or (with `idempotent: true`) anything but
 * 400 / 45100 and `retryable: false`.
 */
export type SurveySubmitter = (
  survey: CallSurvey,
  context: SurveySubmitContext,
) => Promise<{ id?: string } | void | undefined>;

/** What a submitter resolved with. */
export type SurveySubmitResponse = { id?: string } | void | undefined;

/**
 * Where a submission stands.
 * - `idle`: nothing sent yet.
 * - `submitting`: an attempt (or a backoff between attempts) is in progress.
 * - `submitted`: the sink accepted the survey.
 * - `failed`: the survey was not delivered (invalid payload, rejected, or out of attempts). `retry()` may help.
 * - `unconfirmed`: an attempt timed out on a sink that does not deduplicate; it may or may not have arrived,
 *   and it is never sent again (that could count it twice).
 */
export type SurveySubmissionStatus = 'idle' | 'submitting' | 'submitted' | 'failed' | 'unconfirmed';

/** The final status of one delivery. */
export type SurveyDeliveryStatus = Exclude<SurveySubmissionStatus, 'idle' | 'submitting'>;

/**
 * Why a delivery ended the way it did (`undefined` for `submitted`).
 * - `invalid`: `validateCallSurvey` found problems; the sink was never called.
 * - `rejected`: the sink rejected it and a retry could not help or could count it twice (SDK 400 / 45100, an error
 *   with `retryable: false`, or any unclassified failure on a sink that does not deduplicate).
 * - `attempts-exhausted`: every one of `maxAttempts` attempts failed with a retryable failure.
 * - `timeout`: an attempt timed out on a sink that does not deduplicate (status `unconfirmed`).
 */
export type SurveyDeliveryReason = 'invalid' | 'rejected' | 'attempts-exhausted' | 'timeout';

/** Telemetry event types: `shown`/`skipped` come from the app (see `reportShown`/`reportSkipped`). */
export type SurveyTelemetryEventType = 'shown' | 'submitted' | 'skipped' | 'failed' | 'unconfirmed';

/** One telemetry event, for the app's own analytics (`onEvent`). */
export interface SurveyTelemetryEvent {
  type: SurveyTelemetryEventType;
  /** The sink's survey id (`submitted`; for ACS the `SurveyId` column in Azure Monitor). */
  surveyId?: string;
  /**
   * Why: a {@link SurveyDeliveryReason} for `failed`/`unconfirmed`, the dismiss reason (`'skip' | 'escape' |
   * 'close'`, or the app's own) for `skipped`.
   */
  reason?: string;
  /** The error of a `failed` delivery. */
  error?: unknown;
  /** How many times the sink was called for this delivery (0 for `shown`, `skipped` and invalid payloads). */
  attempts: number;
  /** The delivery's idempotency key (absent for `shown`/`skipped`). */
  idempotencyKey?: string;
  /**
   * Milliseconds from when the survey was shown to this event (0 for `shown`), when the hook knows when it was shown
   * (`useSurveySubmission` learns it from the dialog's `onShown`, `onSubmit`'s `context.shownAt`, `onDismiss`'s
   * `shownAt` or `reportShown()`).
   */
  msSinceShown?: number;
  /** The step the user left from (`skipped`: `'rating' | 'issues' | …`, as the dialog's `onDismiss` reports it). */
  step?: string;
  /**
   * Step 2 in the order shown (categories, and tags within each): on `shown` the plan the survey will show, on
   * `submitted` the plan the user saw (absent when step 2 was never shown). For order (primacy) bias studies.
   */
  shownPlan?: readonly IssuesStepGroup[];
}

/** Timer functions; inject fakes in tests. Defaults to the global `setTimeout`/`clearTimeout` at call time. */
export interface SurveyTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options of a delivery (and of `useSurveySubmission`). */
export interface SurveyDeliveryOptions {
  /**
   * Per-attempt timeout in milliseconds (the SDK has none). Must be a positive number.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * Attempts in all, the first included. Integer ≥ 1.
   * @default 4
   */
  maxAttempts?: number;
  /**
   * Base backoff delay in milliseconds: before attempt n+1 the engine waits `backoffMs × 2^(n−1)`, jittered to
   * between half and all of it, capped at `maxBackoffMs`. Must be ≥ 0.
   * @default 500
   */
  backoffMs?: number;
  /**
   * Largest backoff delay in milliseconds.
   * @default 30000
   */
  maxBackoffMs?: number;
  /**
   * Whether the sink deduplicates by `context.idempotencyKey`. When true, any failure except 400 / 45100 (and
   * `retryable: false`) is retried, timeouts included. The ACS SDK does **not** deduplicate.
   * @default false
   */
  idempotent?: boolean;
  /** Telemetry callback; called once per final outcome (and for `shown`/`skipped` from the hook's helpers). */
  onEvent?: (event: SurveyTelemetryEvent) => void;
  /** A durable outbox: the survey is written to it before it is sent and removed once delivered. */
  outbox?: SurveyOutbox;
  /** Random source in [0, 1) for backoff jitter. @default Math.random */
  random?: () => number;
  /** Timer functions (tests). @default the global timers */
  timers?: SurveyTimers;
  /** Makes an idempotency key when the caller passed none. @default crypto.randomUUID */
  createIdempotencyKey?: () => string;
}

/** The outcome of one delivery. Deliveries never reject: the outcome says what happened. */
export interface SurveyDeliveryResult {
  status: SurveyDeliveryStatus;
  /** Undefined for `submitted`. */
  reason?: SurveyDeliveryReason;
  /** The sink's response (for `submitted`). */
  response?: SurveySubmitResponse;
  /** A {@link SurveyDeliveryError} for `failed`. */
  error?: unknown;
  /** How many times the sink was called. */
  attempts: number;
  idempotencyKey: string;
}

/** One survey waiting in a {@link SurveyOutbox}. */
export interface SurveyOutboxEntry {
  idempotencyKey: string;
  survey: CallSurvey;
  improvementSuggestions?: SurveyComments;
  /** Epoch milliseconds when it was first written. */
  createdAt: number;
  /**
   * `pending`: not delivered yet, safe to send. `unconfirmed`: an attempt timed out or a beacon was queued; it may
   * have arrived, so `flush` resends it only to a sink that deduplicates (`idempotent: true`).
   */
  state: 'pending' | 'unconfirmed';
}

/** A durable outbox (see `createSurveyOutbox`). */
export interface SurveyOutbox {
  /** Every readable entry (corrupt ones are reported through `onCorrupt` and left out). */
  entries(): SurveyOutboxEntry[];
  /** Writes (or replaces, by idempotency key) an entry. */
  put(entry: SurveyOutboxEntry): void;
  /** Marks an entry as possibly delivered. */
  markUnconfirmed(idempotencyKey: string): void;
  /** Removes an entry (delivered, or rejected for good). */
  remove(idempotencyKey: string): void;
  /**
   * Sends every entry again through `submitter` (one at a time), e.g. on the next page load. Entries already being
   * delivered by this page are left alone; `unconfirmed` entries are resent only when `options.idempotent` is true.
   */
  flush(submitter: SurveySubmitter, options?: SurveyDeliveryOptions): Promise<SurveyOutboxFlushResult>;
  /** Claims an entry for delivery by this page; false when it is already claimed (the delivery engine calls it before sending, and a custom outbox must implement it). */
  claim(idempotencyKey: string): boolean;
  /** Releases a claim made with `claim` (the delivery engine calls it when an attempt settles). */
  release(idempotencyKey: string): void;
  /**
   * Listens for `pagehide` and hands every entry still waiting to the beacon sender. Returns the unsubscribe
   * function. No-op (returns a no-op) without a `window` or without a beacon sender.
   */
  attachPageHide(target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void;
}

/** What one `flush` did. */
export interface SurveyOutboxFlushResult {
  submitted: number;
  failed: number;
  unconfirmed: number;
  /** Entries not sent: claimed by a delivery in progress, or `unconfirmed` with a non-idempotent sink. */
  skipped: number;
  results: SurveyDeliveryResult[];
}
