/**
 * Delivering surveys: `useSurveySubmission` (validation, timeouts, safe retries, telemetry), the framework-free
 * engine behind it, a durable outbox for custom sinks, and `useSurveyTrigger` (open the survey when a call ends).
 * No runtime import of any `@azure` package here; the ACS submitters live in `end-of-call-survey/acs`.
 */
export type {
  SurveySubmitter,
  SurveySubmitResponse,
  SurveySubmitContext,
  SurveySubmissionStatus,
  SurveyDeliveryStatus,
  SurveyDeliveryReason,
  SurveyTelemetryEvent,
  SurveyTelemetryEventType,
  SurveyTimers,
  SurveyDeliveryOptions,
  SurveyDeliveryResult,
  SurveyOutbox,
  SurveyOutboxEntry,
  SurveyOutboxFlushResult,
} from './types.js';
export {
  SDK_INVALID_SURVEY,
  SDK_SURVEY_NOT_SENT,
  SurveyDeliveryError,
  SurveyTimeoutError,
  errorCodes,
  isInvalidSurveyError,
  isNotSentError,
  isRetryableSurveyError,
} from './errors.js';
export {
  SURVEY_DELIVERY_DEFAULTS,
  backoffDelay,
  createIdempotencyKey,
  createSurveyDelivery,
  deliverSurvey,
} from './delivery.js';
export type { SurveyDelivery, SurveyDeliveryContext } from './delivery.js';
export {
  DEFAULT_OUTBOX_KEY,
  createHttpBeaconSender,
  createMemoryStore,
  createSurveyOutbox,
  defaultSurveyStore,
} from './outbox.js';
export type {
  HttpBeaconSenderOptions,
  SurveyBeaconBody,
  SurveyBeaconSender,
  SurveyKeyValueStore,
  SurveyOutboxOptions,
  SurveyOutboxProblem,
} from './outbox.js';
export { useSurveySubmission } from './useSurveySubmission.js';
export type {
  SubmissionDismissInfo,
  UseSurveySubmissionOptions,
  UseSurveySubmissionResult,
} from './useSurveySubmission.js';
export { watchAdapterCallEnd, watchCallEnd } from './callEnd.js';
export type {
  CallModalities,
  EndedCallInfo,
  SurveyTriggerAdapter,
  SurveyTriggerAdapterState,
  SurveyTriggerCall,
  SurveyTriggerCallEndedEvent,
} from './callEnd.js';
export { DEFAULT_COOLDOWN_KEY, callSignals, surveyConfigForCall, useSurveyTrigger } from './useSurveyTrigger.js';
export type {
  SurveyTriggerDecision,
  SurveyTriggerDialogProps,
  SurveyTriggerPolicy,
  UseSurveyTriggerOptions,
  UseSurveyTriggerResult,
} from './useSurveyTrigger.js';
