import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Features } from '@azure/communication-calling';
import { SURVEY_CATEGORIES, SURVEY_ISSUES, validateCallSurvey } from '../../src/core/index.js';
import type { SurveyCategory } from '../../src/core/index.js';

/**
 * The real SDK's validator: `CallSurveyFeatureImplOverTsCall.validateSurvey`, the function `submitSurvey` runs
 * first. It returns the reasons (joined) or throws (e.g. for `null`); the SDK accepts exactly when it returns ''.
 */
type SdkImpl = { validateSurvey(survey: unknown): string };
const CallSurveyFeature = (Features.CallSurvey as unknown as { callApiCtor: new (context: object) => { _impl: SdkImpl } })
  .callApiCtor;
const sdk = new CallSurveyFeature({})._impl;
function sdkAccepts(survey: unknown): boolean {
  try {
    return sdk.validateSurvey(survey) === '';
  } catch {
    return false;
  }
}

/**
 * A reference model written from the reference text (§1), for well-formed JSON-like values: numbers, strings,
 * arrays and objects, never null or other falsy placeholders (where the SDK has quirks the text does not describe).
 * The text's inequalities are applied as written (JavaScript comparisons; the text requires only `score` to be a
 * number).
 */
function referenceAccepts(survey: Record<string, unknown>): boolean {
  const ratings = SURVEY_CATEGORIES.filter((c) => survey[c] !== undefined);
  if (ratings.length === 0) return false;
  for (const category of ratings) {
    const rating = survey[category] as Record<string, unknown>;
    if (typeof rating !== 'object') return false;
    const { score, scale, issues } = rating;
    if (typeof score !== 'number') return false;
    if (scale === undefined) {
      if (!(score >= 1 && score <= 5)) return false;
    } else {
      const s = scale as Record<string, unknown>;
      const lb = s.lowerBound as number;
      const ub = s.upperBound as number;
      const th = s.lowScoreThreshold as number;
      if (!(lb <= score && score <= ub)) return false;
      if (!(lb <= th && th <= ub)) return false;
      if (!(lb >= 0 && ub <= 100)) return false;
      if (Object.keys(s).some((k) => !['lowerBound', 'upperBound', 'lowScoreThreshold'].includes(k))) return false;
    }
    if (issues !== undefined) {
      if (!Array.isArray(issues)) return false;
      const allowed = SURVEY_ISSUES[category] as readonly unknown[];
      if (issues.some((t) => typeof t !== 'string' || !allowed.includes(t))) return false;
    }
    if (Object.keys(rating).some((k) => !['score', 'issues', 'scale'].includes(k))) return false;
  }
  return true;
}

const scale = (lowerBound: number, upperBound: number, lowScoreThreshold: number) => ({
  lowerBound,
  upperBound,
  lowScoreThreshold,
});

describe('validateCallSurvey: the SDK rules, accept and reject', () => {
  const cases: { name: string; survey: unknown; accepted: boolean; mentions?: string }[] = [
    { name: 'overall 1..5 without scale (low end)', survey: { overallRating: { score: 1 } }, accepted: true },
    { name: 'overall 5 without scale (high end)', survey: { overallRating: { score: 5 } }, accepted: true },
    { name: 'score 0 without scale', survey: { audioRating: { score: 0 } }, accepted: false, mentions: 'audioRating.score' },
    { name: 'score 6 without scale', survey: { overallRating: { score: 6 } }, accepted: false, mentions: '1 to 5' },
    { name: 'score at lowerBound', survey: { audioRating: { score: 0, scale: scale(0, 1, 0) } }, accepted: true },
    { name: 'score at upperBound', survey: { videoRating: { score: 100, scale: scale(0, 100, 50) } }, accepted: true },
    { name: 'score below lowerBound', survey: { videoRating: { score: -1, scale: scale(0, 1, 0) } }, accepted: false, mentions: 'videoRating.score' },
    { name: 'score above upperBound', survey: { videoRating: { score: 11, scale: scale(0, 10, 6) } }, accepted: false, mentions: 'videoRating.score' },
    { name: 'threshold below lowerBound', survey: { overallRating: { score: 3, scale: scale(1, 5, 0) } }, accepted: false, mentions: 'overallRating.scale.lowScoreThreshold' },
    { name: 'threshold above upperBound', survey: { overallRating: { score: 3, scale: scale(1, 5, 6) } }, accepted: false, mentions: 'lowScoreThreshold' },
    { name: 'threshold at both bounds', survey: { overallRating: { score: 3, scale: scale(1, 5, 5) } }, accepted: true },
    { name: 'negative lowerBound', survey: { overallRating: { score: -1, scale: scale(-1, 5, 2) } }, accepted: false, mentions: '0..100' },
    { name: 'upperBound 101', survey: { overallRating: { score: 3, scale: scale(0, 101, 2) } }, accepted: false, mentions: '0..100' },
    { name: 'lowerBound == upperBound (the SDK has no lower < upper check)', survey: { overallRating: { score: 3, scale: scale(3, 3, 3) } }, accepted: true },
    { name: 'a fractional score (no integer check in the SDK)', survey: { overallRating: { score: 2.5 } }, accepted: true },
    { name: 'no rating at all', survey: {}, accepted: false, mentions: 'at least one rating' },
    { name: 'only an unknown top-level key', survey: { screenShareRating: { score: 1, scale: scale(0, 1, 0) } }, accepted: false, mentions: 'did you mean screenshareRating?' },
    { name: 'an unknown top-level key beside a rating is dropped', survey: { overallRating: { score: 4 }, extra: 1 }, accepted: true },
    { name: 'score as a string', survey: { overallRating: { score: '3' } }, accepted: false, mentions: 'overallRating.score must be a number' },
    { name: 'issues of the category', survey: { audioRating: { score: 0, issues: ['Echo', 'OtherIssues'], scale: scale(0, 1, 0) } }, accepted: true },
    { name: 'an empty issues array', survey: { audioRating: { score: 1, issues: [] } }, accepted: true },
    { name: 'a tag of another category', survey: { videoRating: { score: 1, issues: ['Echo'] } }, accepted: false, mentions: 'videoRating.issues' },
    { name: 'a nested issues array', survey: { audioRating: { score: 1, issues: [['Echo', 'LowVolume']] } }, accepted: false, mentions: 'audioRating.issues' },
    { name: 'issues as a string', survey: { audioRating: { score: 1, issues: 'Echo' } }, accepted: false, mentions: 'must be an array' },
    { name: 'a wrongly cased tag', survey: { audioRating: { score: 1, issues: ['echo'] } }, accepted: false, mentions: '"echo"' },
    { name: 'an extra key in a rating', survey: { overallRating: { score: 3, comment: 'hi' } }, accepted: false, mentions: '"comment"' },
    { name: 'an extra key in a scale', survey: { overallRating: { score: 3, scale: { ...scale(1, 5, 2), step: 1 } } }, accepted: false, mentions: 'overallRating.scale' },
    { name: 'null survey', survey: null, accepted: false, mentions: 'survey must be an object' },
    { name: 'a number as survey', survey: 5, accepted: false },
    { name: 'a null rating is ignored by the SDK', survey: { overallRating: null, audioRating: { score: 1 } }, accepted: true },
    { name: 'a null scale makes the SDK skip the range checks', survey: { overallRating: { score: 999, scale: null } }, accepted: true },
    { name: 'null issues are ignored by the SDK', survey: { overallRating: { score: 3, issues: null } }, accepted: true },
    { name: 'the SDK compares null bounds as 0', survey: { overallRating: { score: 0, scale: { lowerBound: null, upperBound: null, lowScoreThreshold: null } } }, accepted: true },
    { name: 'a missing bound fails every comparison', survey: { overallRating: { score: 3, scale: { upperBound: 5, lowScoreThreshold: 2 } } }, accepted: false },
    { name: 'NaN score', survey: { overallRating: { score: Number.NaN } }, accepted: false },
    { name: 'a symbol score makes the SDK throw', survey: { overallRating: { score: Symbol('x') } }, accepted: false },
  ];

  for (const c of cases) {
    it(`${c.accepted ? 'accepts' : 'rejects'} ${c.name}`, () => {
      expect(sdkAccepts(c.survey)).toBe(c.accepted); // the case describes the real SDK
      const problems = validateCallSurvey(c.survey);
      if (c.accepted) expect(problems).toEqual([]);
      else {
        expect(problems.length).toBeGreaterThan(0);
        if (c.mentions !== undefined) expect(problems.join('\n')).toContain(c.mentions);
      }
    });
  }

  it('reports one message per problem', () => {
    const problems = validateCallSurvey({
      overallRating: { score: 3, extra: 1, other: 2 },
      audioRating: { score: 1, issues: ['Nope'] },
    });
    expect(problems).toHaveLength(3);
  });
});

describe('validateCallSurvey strict mode', () => {
  const strictCases: { name: string; survey: unknown; mentions: string }[] = [
    { name: 'an unknown top-level key', survey: { overallRating: { score: 4 }, screenShareRating: { score: 1 } }, mentions: 'did you mean screenshareRating?' },
    { name: 'a fractional score', survey: { overallRating: { score: 2.5 } }, mentions: 'overallRating.score must be an integer' },
    { name: 'a fractional bound', survey: { videoRating: { score: 1, scale: scale(0.5, 3, 1) } }, mentions: 'videoRating.scale.lowerBound must be an integer' },
    { name: 'lowerBound == upperBound', survey: { overallRating: { score: 3, scale: scale(3, 3, 3) } }, mentions: 'less than upperBound' },
    { name: 'a null scale', survey: { overallRating: { score: 3, scale: null } }, mentions: 'overallRating.scale' },
    { name: 'a null rating', survey: { overallRating: null, audioRating: { score: 1 } }, mentions: 'overallRating is null' },
    { name: 'a repeated tag', survey: { audioRating: { score: 0, issues: ['Echo', 'Echo'], scale: scale(0, 1, 0) } }, mentions: 'repeats "Echo"' },
  ];
  for (const c of strictCases) {
    it(`accepts by default but reports in strict mode: ${c.name}`, () => {
      expect(sdkAccepts(c.survey)).toBe(true);
      expect(validateCallSurvey(c.survey)).toEqual([]);
      expect(validateCallSurvey(c.survey, { strict: true }).join('\n')).toContain(c.mentions);
    });
  }
  it('accepts a clean integer survey in strict mode', () => {
    const survey = {
      overallRating: { score: 2, issues: ['HadToRejoin'], scale: scale(1, 5, 2) },
      audioRating: { score: 0, issues: ['Echo', 'LowVolume'], scale: scale(0, 1, 0) },
    };
    expect(validateCallSurvey(survey, { strict: true })).toEqual([]);
  });
});

// Generators of often-invalid surveys: mostly valid pieces, each corrupted now and then.
const number = fc.oneof(
  fc.integer({ min: -3, max: 103 }),
  fc.constantFrom(0, 1, 2, 5, 6, 100, 101, -1, 0.5, 2.5, Number.NaN, Infinity, -Infinity),
);
const oddValue = fc.constantFrom<unknown>(null, undefined, 0, '', false, '3', 'x', true, [], {}, [5]);
/** Mostly `good`, sometimes `bad`. */
const sometimes = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>, badWeight = 1) =>
  fc.oneof({ weight: 10, arbitrary: good }, { weight: badWeight, arbitrary: bad });
const validScale = fc
  .integer({ min: 0, max: 99 })
  .chain((lb) => fc.integer({ min: lb, max: 100 }).map((ub) => [lb, ub] as const))
  .chain(([lb, ub]) => fc.integer({ min: lb, max: ub }).map((th) => ({ lowerBound: lb, upperBound: ub, lowScoreThreshold: th })));
const allTags = [...new Set(SURVEY_CATEGORIES.flatMap((c) => SURVEY_ISSUES[c] as readonly string[]))];

function ratingArb(category: SurveyCategory, loose: boolean): fc.Arbitrary<unknown> {
  const bad = loose ? fc.oneof(number, oddValue) : fc.oneof(number, fc.constantFrom<unknown>('3', [3], {}));
  const tags = SURVEY_ISSUES[category] as readonly string[];
  const tag = sometimes(fc.constantFrom(...tags), fc.constantFrom<unknown>(...allTags, 'Bogus', ['Echo'], 3));
  const issues = sometimes(fc.array(tag, { maxLength: 4 }), loose ? oddValue : fc.constant('Echo'));
  return fc
    .record({
      scale: fc.option(validScale, { freq: 3 }),
      extraRatingKey: fc.boolean(),
      extraScaleKey: fc.boolean(),
      hasIssues: fc.boolean(),
      issues,
      corruptScale: fc.integer({ min: 0, max: 40 }),
      replacement: bad,
      scoreOffset: fc.integer({ min: 0, max: 1000 }),
      corruptScore: fc.integer({ min: 0, max: 12 }),
    })
    .map((r) => {
      const rating: Record<string, unknown> = {};
      let lb = 1;
      let ub = 5;
      if (r.scale !== null) {
        const scale: Record<string, unknown> = { ...r.scale };
        lb = r.scale.lowerBound;
        ub = r.scale.upperBound;
        if (r.corruptScale === 0) scale.lowerBound = r.replacement;
        if (r.corruptScale === 1) scale.upperBound = r.replacement;
        if (r.corruptScale === 2) scale.lowScoreThreshold = r.replacement;
        if (r.corruptScale === 3) delete scale.lowScoreThreshold;
        if (r.corruptScale === 4 && r.extraScaleKey) scale.step = 1;
        rating.scale = r.corruptScale === 5 && loose ? r.replacement : scale;
      }
      rating.score = r.corruptScore === 0 ? r.replacement : lb + (r.scoreOffset % (ub - lb + 1));
      if (r.corruptScore === 1) rating.score = ub + 1;
      if (r.corruptScore === 2) rating.score = lb - 1;
      if (r.hasIssues) rating.issues = r.issues;
      if (r.corruptScore === 3 && r.extraRatingKey) rating.comment = 'x';
      return rating;
    });
}

function surveyArb(loose: boolean): fc.Arbitrary<Record<string, unknown>> {
  const slot = (category: SurveyCategory) =>
    fc.option(loose ? sometimes(ratingArb(category, true), oddValue) : ratingArb(category, false), { freq: 2 });
  return fc
    .record({
      overallRating: slot('overallRating'),
      audioRating: slot('audioRating'),
      videoRating: slot('videoRating'),
      screenshareRating: slot('screenshareRating'),
      screenShareRating: fc.option(ratingArb('screenshareRating', loose), { freq: 4 }),
      somethingElse: fc.option(fc.constant(1), { freq: 4 }),
    })
    .map((r) => {
      const survey: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(r)) if (value !== null) survey[key] = value;
      return survey;
    });
}

describe('validateCallSurvey agrees with the SDK (property tests)', () => {
  it('returns [] exactly when the real SDK validator accepts, over random often-invalid surveys', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 20, arbitrary: surveyArb(true) }, { weight: 1, arbitrary: oddValue }), (survey) => {
        const sdkOk = sdkAccepts(survey);
        if (sdkOk) accepted++;
        expect(validateCallSurvey(survey).length === 0).toBe(sdkOk);
      }),
      { numRuns: 3000, seed: 20261124 },
    );
    // The generator must exercise both outcomes, or the agreement proves little.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });

  it('returns [] exactly when the reference model (from the reference text) accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(surveyArb(false), (survey) => {
        const ok = referenceAccepts(survey);
        if (ok) accepted++;
        expect(validateCallSurvey(survey).length === 0).toBe(ok);
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });

  it('strict mode only adds problems: strict [] implies default []', () => {
    fc.assert(
      fc.property(surveyArb(true), (survey) => {
        const strict = validateCallSurvey(survey, { strict: true });
        const loose = validateCallSurvey(survey);
        for (const problem of loose) expect(strict).toContain(problem);
      }),
      { numRuns: 1000, seed: 3 },
    );
  });
});
