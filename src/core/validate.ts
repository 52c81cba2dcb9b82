/**
 * `validateCallSurvey`: the Calling SDK's own `submitSurvey` validation (identical from 1.13.1 to 2.0.0), with
 * readable messages, so an invalid payload is caught before it reaches the SDK (which since ~1.21 only says
 * "Invalid call survey").
 *
 * The checks mirror the SDK's code, quirks included, so that `[]` is returned exactly when the SDK accepts:
 * it compares with JavaScript's relational operators (so e.g. `null` bounds compare as 0), skips a rating whose
 * value is falsy, skips every scale check when `scale` is present but falsy (e.g. `null`), ignores falsy `issues`,
 * and looks keys up in plain objects. `{ strict: true }` additionally reports what the SDK lets through but Azure
 * Monitor's `int` columns and the kit's analytics cannot use.
 */
import { SURVEY_CATEGORIES, SURVEY_ISSUES } from './types.js';
import type { SurveyCategory } from './types.js';
import { describeValue, didYouMean, list, suggest } from './describe.js';

/** Options of `validateCallSurvey`. */
export interface ValidateCallSurveyOptions {
  /**
   * Also report what the SDK accepts but the logs and analysis cannot use: unknown top-level keys (the SDK drops
   * them silently), non-integer or non-number scores and bounds, `lowerBound >= upperBound`, ratings, scales or
   * issues that are present but `null`/falsy (the SDK skips them), repeated tags and holes in `issues`, and keys the
   * SDK's lookup happens to let through (such as `toString`).
   * @default false
   */
  strict?: boolean;
}

// Plain objects with Object.prototype, looked up the SDK's way (`MAP[key] === undefined`).
function lookupTable(keys: readonly string[]): Readonly<Record<string, unknown>> {
  const table: Record<string, unknown> = {};
  for (const key of keys) table[key] = key;
  return Object.freeze(table);
}
const RATING_KEY_LIST = ['score', 'issues', 'scale'] as const;
const SCALE_KEY_LIST = ['lowerBound', 'upperBound', 'lowScoreThreshold'] as const;
const RATING_KEYS = lookupTable(RATING_KEY_LIST);
const SCALE_KEYS = lookupTable(SCALE_KEY_LIST);
const ISSUE_TABLES: Readonly<Record<SurveyCategory, Readonly<Record<string, unknown>>>> = {
  overallRating: lookupTable(SURVEY_ISSUES.overallRating),
  audioRating: lookupTable(SURVEY_ISSUES.audioRating),
  videoRating: lookupTable(SURVEY_ISSUES.videoRating),
  screenshareRating: lookupTable(SURVEY_ISSUES.screenshareRating),
};
const ISSUE_TYPE_NAMES: Readonly<Record<SurveyCategory, string>> = {
  overallRating: 'OverallIssue',
  audioRating: 'AudioIssue',
  videoRating: 'VideoIssue',
  screenshareRating: 'ScreenshareIssue',
};

// JavaScript's relational comparison, exactly as the SDK performs it on whatever it is given (`>=`/`<=` coerce).
function ge(a: unknown, b: unknown): boolean {
  return (a as number) >= (b as number);
}
function le(a: unknown, b: unknown): boolean {
  return (a as number) <= (b as number);
}
function get(target: unknown, key: string): unknown {
  return (target as Record<string, unknown>)[key];
}
function lookup(table: Readonly<Record<string, unknown>>, key: unknown): unknown {
  return (table as Record<PropertyKey, unknown>)[key as PropertyKey];
}
function forInKeys(value: unknown): string[] {
  const keys: string[] = [];
  for (const key in value as object) keys.push(key);
  return keys;
}
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : describeValue(error);
}

/** The SDK's range checks for one rating (its first failure only, as the SDK reports it). */
function rangeProblem(category: SurveyCategory, rating: unknown): string | undefined {
  const score = get(rating, 'score');
  const scale = get(rating, 'scale');
  if (scale === undefined) {
    if (!(ge(score, 1) && le(score, 5))) {
      return `${category}.score must be from 1 to 5 when the rating has no scale (the SDK's default scale); got ${describeValue(score)}`;
    }
    return undefined;
  }
  if (!scale) return undefined; // present but falsy: the SDK skips every scale check
  const lowerBound = get(scale, 'lowerBound');
  const upperBound = get(scale, 'upperBound');
  const threshold = get(scale, 'lowScoreThreshold');
  if (!(ge(score, lowerBound) && le(score, upperBound))) {
    return `${category}.score must be from scale.lowerBound ${describeValue(lowerBound)} to scale.upperBound ${describeValue(upperBound)}; got ${describeValue(score)}`;
  }
  if (!(ge(threshold, lowerBound) && le(threshold, upperBound))) {
    return `${category}.scale.lowScoreThreshold must be from lowerBound ${describeValue(lowerBound)} to upperBound ${describeValue(upperBound)}; got ${describeValue(threshold)}`;
  }
  if (!(ge(lowerBound, 0) && le(upperBound, 100))) {
    return `${category}.scale must stay within 0..100 (lowerBound >= 0, upperBound <= 100); got lowerBound ${describeValue(lowerBound)}, upperBound ${describeValue(upperBound)}`;
  }
  return undefined;
}

/** The SDK's type checks for one rating (all of them, as the SDK concatenates them). */
function typeProblems(category: SurveyCategory, rating: unknown): string[] {
  const problems: string[] = [];
  const score = get(rating, 'score');
  if (score === null || typeof score !== 'number') {
    problems.push(`${category}.score must be a number; got ${describeValue(score)}${typeof score === 'string' ? ' (a string)' : ''}`);
  }
  const issues = get(rating, 'issues');
  if (issues) {
    if (!Array.isArray(issues)) {
      problems.push(
        `${category}.issues must be an array of ${ISSUE_TYPE_NAMES[category]} (${list(SURVEY_ISSUES[category])}); got ${describeValue(issues)}`,
      );
    } else {
      const table = ISSUE_TABLES[category];
      const bad: string[] = [];
      (issues as unknown[]).forEach((tag, index) => {
        if (lookup(table, tag) !== tag) bad.push(`[${index}] ${describeValue(tag)}`);
      });
      if (bad.length > 0) {
        problems.push(
          `${category}.issues may only contain ${ISSUE_TYPE_NAMES[category]} tags (${list(SURVEY_ISSUES[category])}); not allowed: ${bad.join(', ')}`,
        );
      }
    }
  }
  const scale = get(rating, 'scale');
  if (scale) {
    for (const key of forInKeys(scale)) {
      if (SCALE_KEYS[key] === undefined) {
        problems.push(
          `${category}.scale must not have the key ${JSON.stringify(key)}${didYouMean(key, SCALE_KEY_LIST)}; allowed: ${list(SCALE_KEY_LIST)}`,
        );
      }
    }
  }
  for (const key of forInKeys(rating)) {
    if (RATING_KEYS[key] === undefined) {
      problems.push(
        `${category} must not have the key ${JSON.stringify(key)}${didYouMean(key, RATING_KEY_LIST)}; allowed: ${list(RATING_KEY_LIST)}`,
      );
    }
  }
  return problems;
}

function isInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value);
}

/** What the SDK lets through but the logs (int columns) and the analysis cannot use. */
function strictProblems(category: SurveyCategory, rating: unknown): string[] {
  const problems: string[] = [];
  if (!rating) {
    problems.push(`${category} is ${describeValue(rating)}; the SDK ignores it: omit the key or give a rating`);
    return problems;
  }
  if (typeof rating !== 'object') return problems;
  const score = get(rating, 'score');
  if (typeof score === 'number' && !Number.isInteger(score)) {
    problems.push(`${category}.score must be an integer (the log column is int); got ${describeValue(score)}`);
  }
  const scale = get(rating, 'scale');
  if (scale !== undefined) {
    if (!scale || typeof scale !== 'object' || Array.isArray(scale)) {
      problems.push(
        `${category}.scale must be an object { lowerBound, upperBound, lowScoreThreshold } or omitted; got ${describeValue(scale)} (the SDK then checks nothing)`,
      );
    } else {
      for (const key of SCALE_KEY_LIST) {
        const value = get(scale, key);
        if (!isInteger(value)) {
          problems.push(`${category}.scale.${key} must be an integer (the log column is int); got ${describeValue(value)}`);
        }
      }
      const lowerBound = get(scale, 'lowerBound');
      const upperBound = get(scale, 'upperBound');
      if (typeof lowerBound === 'number' && typeof upperBound === 'number' && !(lowerBound < upperBound)) {
        problems.push(
          `${category}.scale.lowerBound must be less than upperBound; got lowerBound ${describeValue(lowerBound)}, upperBound ${describeValue(upperBound)}`,
        );
      }
      for (const key of Object.keys(scale)) {
        if (!(SCALE_KEY_LIST as readonly string[]).includes(key) && SCALE_KEYS[key] !== undefined) {
          problems.push(`${category}.scale must not have the key ${JSON.stringify(key)}; allowed: ${list(SCALE_KEY_LIST)}`);
        }
      }
    }
  }
  const issues = get(rating, 'issues');
  if (issues !== undefined) {
    if (!issues) {
      problems.push(`${category}.issues must be an array or omitted; got ${describeValue(issues)} (the SDK ignores it)`);
    } else if (Array.isArray(issues)) {
      const seen = new Set<unknown>();
      for (let i = 0; i < issues.length; i++) {
        if (!(i in issues)) {
          problems.push(`${category}.issues[${i}] is a hole in the array; list tags only`);
          continue;
        }
        const tag: unknown = issues[i];
        if (seen.has(tag)) problems.push(`${category}.issues[${i}] repeats ${describeValue(tag)}; list each tag once`);
        seen.add(tag);
      }
    }
  }
  for (const key of Object.keys(rating)) {
    if (!(RATING_KEY_LIST as readonly string[]).includes(key) && RATING_KEYS[key] !== undefined) {
      problems.push(`${category} must not have the key ${JSON.stringify(key)}; allowed: ${list(RATING_KEY_LIST)}`);
    }
  }
  return problems;
}

/**
 * Checks a survey the way the Calling SDK's `submitSurvey` does, one readable message per problem.
 * Returns `[]` exactly when the SDK would accept it (and, with `{ strict: true }`, when in addition every value is
 * usable in the logs). The SDK's rules (reference §1): without `scale`, `1 <= score <= 5`; with a scale,
 * `lowerBound <= score <= upperBound`, `lowerBound <= lowScoreThreshold <= upperBound`, `lowerBound >= 0` and
 * `upperBound <= 100`; at least one of the four ratings; `score` a number; `issues` an array of that category's
 * tags; a rating only has `score|issues|scale`, a scale only `lowerBound|upperBound|lowScoreThreshold`. Unknown
 * top-level keys are dropped by the SDK (not an error unless `strict`), but a survey whose only rating is under an
 * unknown key such as `screenShareRating` has no rating and is rejected ("did you mean screenshareRating?").
 */
export function validateCallSurvey(survey: unknown, options?: ValidateCallSurveyOptions): string[] {
  return sdkSurveyProblems(survey, options?.strict === true ? STRICT : undefined);
}

/** What `{ strict: true }` adds: per rating (after the SDK's checks of that rating), and for the survey as a whole. */
interface StrictChecks {
  rating(category: SurveyCategory, rating: unknown): string[];
  survey(survey: unknown, extraKeys: readonly string[]): string[];
}

const STRICT: StrictChecks = {
  rating: strictProblems,
  survey(survey, extraKeys) {
    const problems: string[] = [];
    if (typeof survey !== 'object' || Array.isArray(survey)) {
      problems.push(`survey must be a plain object; got ${describeValue(survey)}`);
    }
    for (const key of extraKeys) {
      problems.push(`${key} is not a survey key; the SDK drops it${didYouMean(key, SURVEY_CATEGORIES)}`);
    }
    return problems;
  },
};

/**
 * The SDK's checks (`validateCallSurvey` without `strict`), plus `strict`'s when given. Internal: the delivery engine
 * calls it without `strict`, so a bundle that only delivers never carries the strict checks.
 */
export function sdkSurveyProblems(survey: unknown, strict?: StrictChecks): string[] {
  if (survey === null || survey === undefined) {
    return [`survey must be an object with at least one of ${list(SURVEY_CATEGORIES)}; got ${describeValue(survey)}`];
  }
  const problems: string[] = [];
  let rated = false;
  for (const category of SURVEY_CATEGORIES) {
    let rating: unknown;
    try {
      rating = get(survey, category);
      if (!rating) {
        if (strict && rating !== undefined) problems.push(...strict.rating(category, rating));
        continue;
      }
      rated = true;
      const range = rangeProblem(category, rating);
      if (range !== undefined) problems.push(range);
      problems.push(...typeProblems(category, rating));
      if (strict) problems.push(...strict.rating(category, rating));
    } catch (error) {
      rated = true;
      problems.push(`${category} cannot be checked (the SDK fails on it too): ${errorText(error)}`);
    }
  }
  const extraKeys =
    typeof survey === 'object' || typeof survey === 'function'
      ? Object.keys(survey).filter((k) => !(SURVEY_CATEGORIES as readonly string[]).includes(k))
      : [];
  if (!rated) {
    const hints = extraKeys
      .map((k) => ({ key: k, meant: suggest(k, SURVEY_CATEGORIES) }))
      .filter((h) => h.meant !== undefined)
      .map((h) => `${h.key} is not a survey key (did you mean ${h.meant}?)`);
    problems.unshift(
      `survey must have at least one rating: ${list(SURVEY_CATEGORIES)}${hints.length > 0 ? `; ${hints.join('; ')}` : ''}`,
    );
  }
  if (strict) problems.push(...strict.survey(survey, extraKeys));
  return problems;
}
