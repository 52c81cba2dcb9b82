/**
 * The survey configuration: the seed's defaults, and `defineSurveyConfig`, which merges an app's input with them,
 * validates it and deep-freezes the result.
 */
import { SURVEY_CATEGORIES, SURVEY_ISSUES } from './types.js';
import type { CategoryConfig, Issue, RatingScale, SurveyCategory, SurveyConfig, SurveyConfigInput } from './types.js';
import { SurveyConfigError } from './errors.js';
import { describeValue, describeWithType, didYouMean, isRecord, list } from './describe.js';

const SCALE_KEYS = ['lowerBound', 'upperBound', 'lowScoreThreshold'] as const;
const CATEGORY_KEYS = ['scale', 'issues'] as const;

/** The seed's default scales: overall 1–5 with cutoff 2; audio, video and screen share 0–1 with cutoff 0. */
const DEFAULT_SCALES: Readonly<Record<SurveyCategory, Readonly<RatingScale>>> = {
  overallRating: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 },
  audioRating: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 },
  videoRating: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 },
  screenshareRating: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 },
};

/** Configs made by `defineSurveyConfig` (so defining one again returns it unchanged). */
const definedConfigs = new WeakSet<object>();

function freezeCategory(scale: Readonly<RatingScale>, issues: readonly Issue[]): CategoryConfig {
  return Object.freeze({
    scale: Object.freeze({
      lowerBound: scale.lowerBound,
      upperBound: scale.upperBound,
      lowScoreThreshold: scale.lowScoreThreshold,
    }),
    issues: Object.freeze([...issues]),
  });
}

function register(config: Partial<Record<SurveyCategory, CategoryConfig>>): SurveyConfig {
  const frozen = Object.freeze(config) as SurveyConfig;
  definedConfigs.add(frozen);
  return frozen;
}

/**
 * The seed's default survey (deep-frozen): `overallRating` 1–5 with low-score threshold 2; `audioRating`,
 * `videoRating` and `screenshareRating` 0–1 with threshold 0; every category offers all of its SDK issue tags
 * (in the SDK's order; step 2 shuffles them).
 */
export const DEFAULT_SURVEY_CONFIG: SurveyConfig = register({
  overallRating: freezeCategory(DEFAULT_SCALES.overallRating, SURVEY_ISSUES.overallRating),
  audioRating: freezeCategory(DEFAULT_SCALES.audioRating, SURVEY_ISSUES.audioRating),
  videoRating: freezeCategory(DEFAULT_SCALES.videoRating, SURVEY_ISSUES.videoRating),
  screenshareRating: freezeCategory(DEFAULT_SCALES.screenshareRating, SURVEY_ISSUES.screenshareRating),
});

/** Whether a value was returned by `defineSurveyConfig` (or is `DEFAULT_SURVEY_CONFIG`). */
export function isDefinedSurveyConfig(value: unknown): value is SurveyConfig {
  return typeof value === 'object' && value !== null && definedConfigs.has(value);
}

function fail(path: string, message: string): never {
  throw new SurveyConfigError(path, `${path} ${message}`);
}

function checkInteger(path: string, value: unknown, min: number, max: number, why: string, note: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `must be an integer from ${min} to ${max} (${why}); got ${describeWithType(value)}${note}`);
  }
  return value;
}

function mergeScale(category: SurveyCategory, input: unknown): Readonly<RatingScale> {
  const defaults = DEFAULT_SCALES[category];
  const path = `${category}.scale`;
  if (input === undefined) return defaults;
  if (!isRecord(input)) {
    fail(path, `must be an object { lowerBound?, upperBound?, lowScoreThreshold? }; got ${describeWithType(input)}`);
  }
  for (const key of Object.keys(input)) {
    if (!(SCALE_KEYS as readonly string[]).includes(key)) {
      fail(`${path}.${key}`, `is not a scale setting${didYouMean(key, SCALE_KEYS)}; allowed: ${list(SCALE_KEYS)}`);
    }
  }
  const pick = (key: (typeof SCALE_KEYS)[number]): { value: unknown; note: string } =>
    input[key] === undefined
      ? {
          value: defaults[key],
          note: ` (the default ${category} ${key}, merged into your partial scale; set ${key} explicitly)`,
        }
      : { value: input[key], note: '' };
  const lower = pick('lowerBound');
  const lowerBound = checkInteger(
    `${path}.lowerBound`,
    lower.value,
    0,
    99,
    'at least 0 and below upperBound, which is at most 100',
    lower.note,
  );
  const upper = pick('upperBound');
  const upperBound = checkInteger(
    `${path}.upperBound`,
    upper.value,
    lowerBound + 1,
    100,
    `greater than lowerBound ${lowerBound}, at most 100`,
    upper.note,
  );
  const threshold = pick('lowScoreThreshold');
  const lowScoreThreshold = checkInteger(
    `${path}.lowScoreThreshold`,
    threshold.value,
    lowerBound,
    upperBound,
    "the scale's lowerBound..upperBound",
    threshold.note,
  );
  return { lowerBound, upperBound, lowScoreThreshold };
}

function ownerOf(tag: string): SurveyCategory | undefined {
  return SURVEY_CATEGORIES.find((c) => (SURVEY_ISSUES[c] as readonly string[]).includes(tag));
}

function mergeIssues(category: SurveyCategory, input: unknown): readonly Issue[] {
  const allowed = SURVEY_ISSUES[category] as readonly string[];
  const path = `${category}.issues`;
  if (input === undefined) return allowed as readonly Issue[];
  if (input === false) return [];
  if (!Array.isArray(input)) {
    fail(path, `must be false (no tags) or an array of ${category} tags (${list(allowed)}); got ${describeWithType(input)}`);
  }
  const seen = new Map<string, number>();
  const tags: Issue[] = [];
  for (let i = 0; i < input.length; i++) {
    const tag: unknown = input[i];
    const at = `${path}[${i}]`;
    if (typeof tag !== 'string' || !allowed.includes(tag)) {
      const owner = typeof tag === 'string' ? ownerOf(tag) : undefined;
      const hint = owner !== undefined ? ` (it is a tag of ${owner})` : didYouMean(String(tag), allowed);
      fail(at, `is ${describeValue(tag)}, which is not a ${category} tag${hint}; allowed: ${list(allowed)}`);
    }
    const first = seen.get(tag);
    if (first !== undefined) fail(at, `repeats ${JSON.stringify(tag)} (already at ${path}[${first}]); list each tag once`);
    seen.set(tag, i);
    tags.push(tag as Issue);
  }
  return tags;
}

/**
 * Merges an app's survey input with the seed's defaults, validates it and returns a deep-frozen `SurveyConfig`.
 *
 * - An omitted category takes its default; `false` means the category is not asked.
 * - A partial `scale` is merged with the category's default scale (the merged scale must be valid).
 * - `issues` omitted = every SDK tag of the category; `false` = no tags; an array = exactly those tags (each a tag
 *   of that category, each at most once: a repeated tag is an error).
 * - Rules: integer bounds, `0 <= lowerBound < upperBound <= 100`, `lowerBound <= lowScoreThreshold <= upperBound`,
 *   no unknown keys anywhere (`screenShareRating` is an error: "did you mean screenshareRating?"), at least one
 *   category asked.
 * - Idempotent: a config returned by `defineSurveyConfig` (or `DEFAULT_SURVEY_CONFIG`) is returned unchanged.
 *   Any other object is read as input (a missing key there means "default", not "not asked").
 *
 * @throws SurveyConfigError for the first problem found; its `path` names the offending value (e.g.
 * `audioRating.scale.lowScoreThreshold`) and its message names the path and the allowed values.
 */
export function defineSurveyConfig(input?: SurveyConfigInput | SurveyConfig): SurveyConfig {
  if (input === undefined) return DEFAULT_SURVEY_CONFIG;
  if (isDefinedSurveyConfig(input)) return input;
  if (!isRecord(input)) {
    fail('config', `must be an object such as { overallRating: {}, audioRating: false }; got ${describeWithType(input)}`);
  }
  for (const key of Object.keys(input)) {
    if (!(SURVEY_CATEGORIES as readonly string[]).includes(key)) {
      fail(key, `is not a survey category${didYouMean(key, SURVEY_CATEGORIES)}; allowed: ${list(SURVEY_CATEGORIES)}`);
    }
  }
  const source = input as Record<string, unknown>;
  const out: Partial<Record<SurveyCategory, CategoryConfig>> = {};
  for (const category of SURVEY_CATEGORIES) {
    const value = source[category];
    if (value === false) continue;
    if (value === undefined) {
      out[category] = DEFAULT_SURVEY_CONFIG[category];
      continue;
    }
    if (!isRecord(value)) {
      fail(category, `must be false (not asked) or an object { scale?, issues? }; got ${describeWithType(value)}`);
    }
    for (const key of Object.keys(value)) {
      if (!(CATEGORY_KEYS as readonly string[]).includes(key)) {
        fail(
          `${category}.${key}`,
          `is not a category setting${didYouMean(key, CATEGORY_KEYS)}; allowed: ${list(CATEGORY_KEYS)}`,
        );
      }
    }
    out[category] = freezeCategory(mergeScale(category, value.scale), mergeIssues(category, value.issues));
  }
  if (Object.keys(out).length === 0) {
    fail('config', `must ask at least one category (${list(SURVEY_CATEGORIES)}); every category is false`);
  }
  return register(out);
}

/** The categories a config asks, in the canonical (SDK) order. */
export function askedCategories(config: SurveyConfig): SurveyCategory[] {
  return SURVEY_CATEGORIES.filter((c) => config[c] !== undefined);
}
