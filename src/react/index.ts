'use client';

/**
 * The React hooks: `useEndOfCallSurvey` (the headless survey flow), `useSurveySubmission` (delivery with
 * validation, timeouts, safe retries, telemetry) and `useSurveyTrigger` (open the survey when a call ends). They are
 * thin `useSyncExternalStore`/effect wrappers over `core` and `delivery`.
 */
export { useEndOfCallSurvey } from './useEndOfCallSurvey.js';
export type {
  EndOfCallSurveySubmitHandler,
  SurveyDismissInfo,
  SurveyResetOptions,
  UseEndOfCallSurveyOptions,
  UseEndOfCallSurveyResult,
} from './useEndOfCallSurvey.js';
export { useSurveySubmission } from './useSurveySubmission.js';
export type {
  SubmissionDismissInfo,
  SubmissionShownInfo,
  SurveySubmissionDialogProps,
  UseSurveySubmissionOptions,
  UseSurveySubmissionResult,
} from './useSurveySubmission.js';
export { useSurveyTrigger } from './useSurveyTrigger.js';
export type {
  SurveyTriggerDialogProps,
  SurveyTriggerEvent,
  UseSurveyTriggerOptions,
  UseSurveyTriggerResult,
} from './useSurveyTrigger.js';
