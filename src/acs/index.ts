/**
 * `end-of-call-survey/acs`: the ACS submitters (`submitterForCall`, `submitterForCallAdapter`) (the v8 → v9 theme bridge is
 * `end-of-call-survey/theme`). The only entry point that imports `@azure/communication-calling` at runtime; it works under bundlers
 * and in Node (where the SDK needs `globalThis.MediaStream`).
 */
export {
  NoCallToSurveyError,
  submitterForCall,
  submitterForCallAdapter,
} from './submitters.js';
export type { AcsSurveySubmitResponse, SurveyableCall, SurveyableCallAdapter } from './submitters.js';
// The submission types, so an ACS-only app can type its code from this entry alone.
export type {
  SurveySubmitter,
  SurveySubmitResponse,
  SurveySubmitContext,
  SurveySubmissionStatus,
  SurveyDeliveryOptions,
  SurveyDeliveryResult,
  SurveyDeliveryReason,
  SurveyTelemetryEvent,
  SurveyTriggerAdapter,
  SurveyTriggerCall,
} from '../delivery/index.js';
