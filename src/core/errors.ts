/**
 * Errors thrown by `core/` for bad input. Each carries the dotted `path` of the offending value (e.g.
 * `audioRating.scale.lowScoreThreshold`), and its message starts with that path and says what is allowed.
 */

/** The base of every core input error: `catch (e) { if (e instanceof SurveyInputError) … e.path … }`. */
export abstract class SurveyInputError extends Error {
  /** Where the problem is, e.g. `audioRating.scale.lowScoreThreshold`, `videoRating.issues[2]` or `config`. */
  readonly path: string;

  constructor(name: string, path: string, message: string) {
    super(message);
    this.name = name;
    this.path = path;
  }
}

/** Thrown by `defineSurveyConfig` for an invalid survey configuration (`path` e.g. `videoRating.issues[2]`). */
export class SurveyConfigError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyConfigError', path, message);
  }
}

/** Thrown by `buildCallSurvey` for answers that do not fit the survey's configuration (`path` e.g. `videoRating.score`). */
export class SurveyAnswerError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyAnswerError', path, message);
  }
}

/** Thrown by `shouldSurvey` for an invalid sampling policy or context (`path` e.g. `sampleRate` or `context.key`). */
export class SurveyPolicyError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyPolicyError', path, message);
  }
}
