/**
 * Framework-free delivery: the engine behind `useSurveySubmission` (validation, timeouts, safe retries, telemetry),
 * a durable outbox for custom sinks, the submitter type, call-end watching and the trigger's logic. Imports only
 * `core`; no React, no runtime import of any `@azure` package.
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
  isInvalidSurveyError,
  isNotSentError,
  isRetryableSurveyError,
} from './errors.js';
export {
  SURVEY_DELIVERY_DEFAULTS,
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
export { watchAdapterCallEnd, watchCallEnd } from './callEnd.js';
export type {
  CallModalities,
  EndedCallInfo,
  SurveyTriggerAdapter,
  SurveyTriggerAdapterState,
  SurveyTriggerCall,
  SurveyTriggerCallEndedEvent,
  SurveyTriggerLocalStream,
  SurveyTriggerParticipant,
  SurveyTriggerStream,
} from './callEnd.js';
export { DEFAULT_COOLDOWN_KEY, callSignals, readCooldowns, surveyConfigForCall, writeCooldown } from './trigger.js';
export { DEFAULT_REMOVED_END_REASONS, DEFAULT_SURVEY_SAMPLE_RATE, DEFAULT_SURVEY_TRIGGER_POLICY, decideSurvey } from './trigger.js';
export type { SurveyTriggerDecision, SurveyTriggerPolicy } from './trigger.js';
export type { CallEndReasonCode, SurveyDecisionInput, SurveyTriggerDecisionDetail, SurveyVetoContext } from './trigger.js';
