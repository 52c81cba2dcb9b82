/**
 * `buildCallSurvey`: the one place the SDK payload is assembled from the user's answers.
 */
import { SURVEY_CATEGORIES, SURVEY_ISSUES } from './types.js';
import type { CallSurvey, Issue, SurveyAnswers, SurveyCategory, SurveyConfig } from './types.js';
import { SurveyAnswerError } from './errors.js';
import { describeValue, describeWithType, didYouMean, isRecord, list } from './describe.js';

const ANSWER_KEYS = ['score', 'issues'] as const;

function fail(path: string, message: string): never {
  throw new SurveyAnswerError(path, `${path} ${message}`);
}

/** One category's SDK rating, as `buildCallSurvey` writes it. */
interface BuiltRating {
  score: number;
  issues?: readonly Issue[];
  scale: { lowerBound: number; upperBound: number; lowScoreThreshold: number };
}

/**
 * Builds the exact SDK payload (`CallSurvey`) from the user's answers.
 *
 * - Every answered category becomes `{ score, issues?, scale }` with a fresh copy of the config's scale (so Azure
 *   Monitor records the scale and threshold the user saw).
 * - `issues` only when non-empty: deduplicated, flat, in the config's tag order (stable, whatever order the user
 *   ticked them in).
 * - Unanswered categories are absent; no other keys; the overall score is never copied into other categories.
 * - Tags are accepted whatever the score (the SDK accepts them too): a user may rate 4 of 5 and still report an
 *   echo. The survey flow only passes tags of categories the user marked low; this function sends what it is given.
 * - The result is deep-frozen (a retry re-sends the identical object).
 *
 * @throws SurveyAnswerError (with `path`, e.g. `videoRating.score`) for: answers that are not an object or rate no
 * category; an unknown key; an answer for a category the config does not ask; a score that is not an integer within
 * the scale; issues that are not an array; a tag of another category or not a tag at all; a tag the config does not
 * offer for that category.
 */
export function buildCallSurvey(config: SurveyConfig, answers: SurveyAnswers): CallSurvey {
  if (!isRecord(answers)) fail('answers', `must be an object keyed by category; got ${describeWithType(answers)}`);
  const source = answers as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!(SURVEY_CATEGORIES as readonly string[]).includes(key)) {
      fail(key, `is not a survey category${didYouMean(key, SURVEY_CATEGORIES)}; allowed: ${list(SURVEY_CATEGORIES)}`);
    }
  }
  let rated = 0;
  for (const category of SURVEY_CATEGORIES) {
    const answer = source[category];
    if (answer === undefined) continue;
    const entry = config[category];
    if (entry === undefined) {
      const asked = SURVEY_CATEGORIES.filter((c) => config[c] !== undefined);
      fail(category, `is not asked by this survey's config; asked: ${list(asked)}`);
    }
    if (!isRecord(answer)) fail(category, `must be an object { score, issues? }; got ${describeWithType(answer)}`);
    for (const key of Object.keys(answer)) {
      if (!(ANSWER_KEYS as readonly string[]).includes(key)) {
        fail(`${category}.${key}`, `is not part of an answer${didYouMean(key, ANSWER_KEYS)}; allowed: ${list(ANSWER_KEYS)}`);
      }
    }
    const { lowerBound, upperBound } = entry.scale;
    const score = answer.score;
    if (typeof score !== 'number' || !Number.isInteger(score) || score < lowerBound || score > upperBound) {
      fail(`${category}.score`, `must be an integer from ${lowerBound} to ${upperBound}; got ${describeWithType(score)}`);
    }
    const given = answer.issues;
    if (given !== undefined) {
      if (!Array.isArray(given)) {
        fail(`${category}.issues`, `must be an array of ${category} tags; got ${describeWithType(given)}`);
      }
      const all = SURVEY_ISSUES[category] as readonly string[];
      const offered = entry.issues as readonly string[];
      for (let i = 0; i < given.length; i++) {
        const tag: unknown = given[i];
        const at = `${category}.issues[${i}]`;
        if (typeof tag !== 'string' || !all.includes(tag)) {
          const owner =
            typeof tag === 'string'
              ? SURVEY_CATEGORIES.find((c) => (SURVEY_ISSUES[c] as readonly string[]).includes(tag))
              : undefined;
          const hint = owner !== undefined ? ` (it is a tag of ${owner})` : '';
          fail(at, `is ${describeValue(tag)}, which is not a ${category} tag${hint}; allowed: ${list(all)}`);
        }
        if (!offered.includes(tag)) {
          fail(at, `is ${JSON.stringify(tag)}, which this survey's config does not offer for ${category}; offered: ${list(offered)}`);
        }
      }
    }
    rated++;
  }
  if (rated === 0) {
    fail('answers', `must rate at least one category (the SDK rejects an empty survey); got ${describeWithType(answers)}`);
  }
  return assembleCallSurvey(config, answers);
}

/**
 * The payload of answers that fit `config` (what `buildCallSurvey` returns once it has checked them). Internal: the
 * survey flow calls it directly, because every answer in its state fits its config by construction.
 */
export function assembleCallSurvey(config: SurveyConfig, answers: SurveyAnswers): CallSurvey {
  const survey: Partial<Record<SurveyCategory, BuiltRating>> = {};
  for (const category of SURVEY_CATEGORIES) {
    const answer = answers[category];
    const entry = config[category];
    if (answer === undefined || entry === undefined) continue;
    const { lowerBound, upperBound, lowScoreThreshold } = entry.scale;
    const scale = Object.freeze({ lowerBound, upperBound, lowScoreThreshold });
    const given = answer.issues as readonly Issue[] | undefined;
    // Deduplicated, in the config's tag order (stable, whatever order the user ticked them in).
    const issues = given ? (entry.issues as readonly Issue[]).filter((t) => given.includes(t)) : [];
    // Key order as in the SDK's CallRating: score, issues, scale.
    survey[category] = Object.freeze(
      issues.length > 0 ? { score: answer.score, issues: Object.freeze(issues), scale } : { score: answer.score, scale },
    );
  }
  return Object.freeze(survey) as CallSurvey;
}
