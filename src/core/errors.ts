/**
 * The kit's one error family. Every error the kit throws or reports is a {@link SurveyError}: it has a `code`
 * (one of {@link SURVEY_ERROR_CODES}, stable across versions, for `switch`) and, where the problem is a value the
 * caller passed, the dotted `path` of that value (e.g. `audioRating.scale.lowScoreThreshold` or `timeoutMs`). Messages
 * start with that path and say what is allowed.
 */

/**
 * Every `code` a {@link SurveyError} can carry:
 *
 * | code | class | thrown / reported by |
 * | --- | --- | --- |
 * | `SURVEY_CONFIG_INVALID` | `SurveyConfigError` | `defineSurveyConfig` (and the dialog/hook given a bad `config`) |
 * | `SURVEY_ANSWER_INVALID` | `SurveyAnswerError` | `buildCallSurvey` |
 * | `SURVEY_POLICY_INVALID` | `SurveyPolicyError` | `shouldSurvey`, `useSurveyTrigger` |
 * | `SURVEY_ARGUMENT_INVALID` | `SurveyArgumentError` | any other function given an argument or option outside what it allows (delivery options, submitters, strings, locales, seeds, theme bridge, analytics options) |
 * | `SURVEY_TIMEOUT` | `SurveyTimeoutError` | an attempt's `AbortSignal` reason when it timed out |
 * | `SURVEY_DELIVERY_FAILED` | `SurveyDeliveryError` | `useSurveySubmission` / `deliverSurvey` for a `failed` delivery |
 * | `SURVEY_NO_CALL` | `NoCallToSurveyError` | `submitterForCallAdapter` when the adapter holds no call |
 * | `SURVEY_ABORTED` | `SurveyError` | the ACS submitters, when an attempt's signal was aborted (without a reason) before it was sent |
 * | `SURVEY_NOTHING_TO_RETRY` | `SurveyError` | `useSurveySubmission`'s `retry()` before any `onSubmit` |
 * | `SURVEY_RECORD_INVALID` | `SurveyRecordError` | `summarizeSurveys` for a record it cannot count |
 * | `SURVEY_QUERY_OPTIONS_INVALID` | `SurveyQueryOptionsError` | `surveySummaryKql`, `querySurveySummary` |
 * | `SURVEY_QUERY_RESULT_INVALID` | `SurveyError` | `summaryFromKqlTable`, `querySurveySummary` for a result that is not the query's |
 * | `SURVEY_QUERY_PARTIAL` | `SurveyQueryError` | `querySurveySummary` when Log Analytics answered with a partial failure |
 * | `SURVEY_COMPARE_INVALID` | `SurveyCompareError` | `compareSurveySummaries` given summaries it cannot compare |
 * | `SURVEY_LOOKUP_INVALID` | `SurveyLookupError` | `surveyLookupKql`, `participantSurveysKql`, `lookupSurvey`, `diagnoseSurvey` given bad ids or options |
 */
export const SURVEY_ERROR_CODES = /* @__PURE__ */ Object.freeze([
  'SURVEY_CONFIG_INVALID',
  'SURVEY_ANSWER_INVALID',
  'SURVEY_POLICY_INVALID',
  'SURVEY_ARGUMENT_INVALID',
  'SURVEY_TIMEOUT',
  'SURVEY_DELIVERY_FAILED',
  'SURVEY_NO_CALL',
  'SURVEY_ABORTED',
  'SURVEY_NOTHING_TO_RETRY',
  'SURVEY_RECORD_INVALID',
  'SURVEY_QUERY_OPTIONS_INVALID',
  'SURVEY_QUERY_RESULT_INVALID',
  'SURVEY_QUERY_PARTIAL',
  'SURVEY_COMPARE_INVALID',
  'SURVEY_LOOKUP_INVALID',
] as const);

/** One of {@link SURVEY_ERROR_CODES}. */
export type SurveyErrorCode = (typeof SURVEY_ERROR_CODES)[number];

/** Options of the {@link SurveyError} constructor. */
export interface SurveyErrorOptions {
  /** The dotted path of the offending value, when the problem is a value the caller passed. */
  path?: string;
  /** The underlying error, if any (standard `Error.cause`). */
  cause?: unknown;
}

/**
 * The base of every error the kit throws or reports:
 * `catch (e) { if (e instanceof SurveyError && e.code === 'SURVEY_CONFIG_INVALID') … e.path … }`.
 */
export class SurveyError extends Error {
  /** What went wrong, one of {@link SURVEY_ERROR_CODES}. */
  readonly code: SurveyErrorCode;
  /** Where the problem is, e.g. `audioRating.scale.lowScoreThreshold` or `timeoutMs`; absent when no input is to blame. */
  readonly path?: string;

  constructor(code: SurveyErrorCode, message: string, options: SurveyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SurveyError';
    this.code = code;
    if (options.path !== undefined) this.path = options.path;
  }
}

/** The base of the errors for a bad input value; `path` is always set. */
export abstract class SurveyInputError extends SurveyError {
  /** Where the problem is, e.g. `audioRating.scale.lowScoreThreshold`, `videoRating.issues[2]` or `config`. */
  declare readonly path: string;

  constructor(name: string, code: SurveyErrorCode, path: string, message: string) {
    super(code, message, { path });
    this.name = name;
  }
}

/** Thrown by `defineSurveyConfig` for an invalid survey configuration (`path` e.g. `videoRating.issues[2]`). */
export class SurveyConfigError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyConfigError', 'SURVEY_CONFIG_INVALID', path, message);
  }
}

/** Thrown by `buildCallSurvey` for answers that do not fit the survey's configuration (`path` e.g. `videoRating.score`). */
export class SurveyAnswerError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyAnswerError', 'SURVEY_ANSWER_INVALID', path, message);
  }
}

/** Thrown by `shouldSurvey` for an invalid sampling policy or context (`path` e.g. `sampleRate` or `context.key`). */
export class SurveyPolicyError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyPolicyError', 'SURVEY_POLICY_INVALID', path, message);
  }
}

/**
 * Thrown for an argument or option outside what a function allows (`path` names it, e.g. `timeoutMs`,
 * `submitter`, `strings.ratingLabels`); the message says what is allowed and what was given.
 */
export class SurveyArgumentError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyArgumentError', 'SURVEY_ARGUMENT_INVALID', path, message);
  }
}
