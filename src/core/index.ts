/**
 * `end-of-call-survey/core`: pure TypeScript (no React, no DOM, no @azure runtime) — the vocabulary, the survey
 * configuration, step 2's randomized plan, payload building, the SDK's validation, sampling and the survey flow.
 */

// Vocabulary (the SDK's own names).
/** The four categories in the SDK's order. */
export { SURVEY_CATEGORIES } from './types.js';
/** Every SDK issue tag per category, in the SDK's order. */
export { SURVEY_ISSUES } from './types.js';
export type {
  AudioIssue,
  CallSurvey,
  CategoryAnswer,
  CategoryConfig,
  CategoryConfigInput,
  Issue,
  IssueFor,
  IssuesByCategory,
  IssuesStepGroup,
  OverallIssue,
  RatingScale,
  ScreenshareIssue,
  SurveyAnswers,
  SurveyCategory,
  SurveyComments,
  SurveyConfig,
  SurveyConfigInput,
  SurveySubmitContext,
  VideoIssue,
} from './types.js';

// Errors.
/**
 * The one error family: every error the kit throws or reports is a `SurveyError` with a `code` (one of
 * `SURVEY_ERROR_CODES`); input errors also have a `path` and a message naming it and the allowed values.
 */
export {
  SURVEY_ERROR_CODES,
  SurveyAnswerError,
  SurveyArgumentError,
  SurveyConfigError,
  SurveyError,
  SurveyInputError,
  SurveyPolicyError,
} from './errors.js';
export type { SurveyErrorCode, SurveyErrorOptions } from './errors.js';

// Configuration.
/** The seed's defaults and `defineSurveyConfig` (merge, validate, deep-freeze). */
export { DEFAULT_SURVEY_CONFIG, defineSurveyConfig, isDefinedSurveyConfig, askedCategories } from './config.js';

// Scales.
/** Scale helpers: low score (`score <= lowScoreThreshold`), two-point scales, score ranges. */
export { isLowScore, isScoreInScale, isTwoPointScale, scaleScores } from './scale.js';

// Randomization.
/** Step 2's randomized plan. */
export { planIssuesStep } from './plan.js';
/** A seeded `() => number` (mulberry32) for reproducible plans. */
export { createSeededRandom } from './random.js';

// Payload.
/** The one builder of the SDK payload. */
export { buildCallSurvey } from './payload.js';
/** The SDK's `submitSurvey` validation with readable messages. */
export { validateCallSurvey } from './validate.js';
export type { ValidateCallSurveyOptions } from './validate.js';

// Sampling.
/** Burnout control: deterministic per-key sampling with cooldown and forcing signals. */
export { shouldSurvey } from './sampling.js';
export type { SurveyContext, SurveyPolicy, SurveySignals } from './sampling.js';

// The survey flow.
/**
 * The survey flow: a store for `useSyncExternalStore`; its pure reducer and initial state are public on purpose, for
 * apps that keep the survey in their own `useReducer` or state library.
 */
export { createSurveyFlow, initialSurveyFlowState, surveyFlowReducer } from './flow.js';
export type {
  SurveyDismissReason,
  SurveyEvent,
  SurveyFlow,
  SurveyFlowOptions,
  SurveyFlowState,
  SurveyFormStep,
  SurveyStep,
} from './flow.types.js';
