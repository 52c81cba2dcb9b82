/**
 * Errors thrown by `core/` for bad input. Each carries the dotted `path` of the offending value (e.g.
 * `audioRating.scale.lowScoreThreshold`), and its message starts with that path and says what is allowed.
 */

/** Thrown by `defineSurveyConfig` for an invalid survey configuration. */
export class SurveyConfigError extends Error {
  /** Where the problem is, e.g. `audioRating.scale.lowScoreThreshold`, `videoRating.issues[2]` or `config`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'SurveyConfigError';
    this.path = path;
  }
}

/** Thrown by `buildCallSurvey` for answers that do not fit the survey's configuration. */
export class SurveyAnswerError extends Error {
  /** Where the problem is, e.g. `videoRating.score` or `audioRating.issues[1]`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'SurveyAnswerError';
    this.path = path;
  }
}

/** Thrown by `shouldSurvey` for an invalid sampling policy or context. */
export class SurveyPolicyError extends Error {
  /** Where the problem is, e.g. `sampleRate`, `cooldownDays` or `context.key`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'SurveyPolicyError';
    this.path = path;
  }
}
