import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SURVEY_CONFIG,
  SURVEY_CATEGORIES,
  SURVEY_ISSUES,
  SurveyConfigError,
  SurveyInputError,
  defineSurveyConfig,
  isLowScore,
  isScoreInScale,
  isTwoPointScale,
  scaleScores,
} from '../../src/core/index.js';
import type { SurveyConfigInput } from '../../src/core/index.js';

/** Calls defineSurveyConfig with something the types would not allow (as an app in plain JS could). */
function defineUnchecked(input: unknown) {
  return defineSurveyConfig(input as SurveyConfigInput);
}

function configError(input: unknown): SurveyConfigError {
  try {
    defineUnchecked(input);
  } catch (error) {
    if (error instanceof SurveyConfigError) return error;
    throw error;
  }
  throw new Error(`expected a SurveyConfigError for ${JSON.stringify(input)}`);
}

describe('DEFAULT_SURVEY_CONFIG', () => {
  it("has the seed's scales and every SDK tag", () => {
    expect(DEFAULT_SURVEY_CONFIG.overallRating?.scale).toEqual({ lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 });
    for (const c of ['audioRating', 'videoRating', 'screenshareRating'] as const) {
      expect(DEFAULT_SURVEY_CONFIG[c]?.scale).toEqual({ lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 });
    }
    for (const c of SURVEY_CATEGORIES) expect(DEFAULT_SURVEY_CONFIG[c]?.issues).toEqual(SURVEY_ISSUES[c]);
  });
  it('is deeply frozen', () => {
    expect(Object.isFrozen(DEFAULT_SURVEY_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SURVEY_CONFIG.audioRating)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SURVEY_CONFIG.audioRating?.scale)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SURVEY_CONFIG.audioRating?.issues)).toBe(true);
  });
});

describe('defineSurveyConfig: valid input', () => {
  it('returns the defaults for no input and for {}', () => {
    expect(defineSurveyConfig()).toBe(DEFAULT_SURVEY_CONFIG);
    expect(defineSurveyConfig({})).toEqual(DEFAULT_SURVEY_CONFIG);
  });
  it('is idempotent on a defined config', () => {
    const config = defineSurveyConfig({ audioRating: false });
    expect(defineSurveyConfig(config)).toBe(config);
    expect(defineSurveyConfig(DEFAULT_SURVEY_CONFIG)).toBe(DEFAULT_SURVEY_CONFIG);
  });
  it('false = not asked; issues: false = no tags', () => {
    const config = defineSurveyConfig({ videoRating: false, screenshareRating: false, overallRating: { issues: false } });
    expect(Object.keys(config)).toEqual(['overallRating', 'audioRating']);
    expect(config.overallRating?.issues).toEqual([]);
  });
  it('merges a partial scale with the default', () => {
    const config = defineSurveyConfig({ overallRating: { scale: { lowScoreThreshold: 3 } } });
    expect(config.overallRating?.scale).toEqual({ lowerBound: 1, upperBound: 5, lowScoreThreshold: 3 });
  });
  it('accepts custom scales: 0–100, 0–10 with cutoff 6, and the extremes', () => {
    expect(defineSurveyConfig({ overallRating: { scale: { lowerBound: 0, upperBound: 100, lowScoreThreshold: 50 } } }).overallRating?.scale.upperBound).toBe(100);
    expect(defineSurveyConfig({ audioRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } } }).audioRating?.scale.lowScoreThreshold).toBe(6);
    expect(defineSurveyConfig({ audioRating: { scale: { lowerBound: 99, upperBound: 100, lowScoreThreshold: 100 } } }).audioRating?.scale.lowerBound).toBe(99);
    expect(defineSurveyConfig({ audioRating: { scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 1 } } }).audioRating?.scale.lowScoreThreshold).toBe(1);
  });
  it('keeps exactly the chosen tags, in the given order', () => {
    expect(defineSurveyConfig({ audioRating: { issues: ['Echo', 'NoLocalAudio'] } }).audioRating?.issues).toEqual(['Echo', 'NoLocalAudio']);
  });
  it('returns a deep-frozen config and never keeps references to the input', () => {
    const issues: ('Echo' | 'LowVolume')[] = ['Echo'];
    const scale = { lowerBound: 0, upperBound: 3, lowScoreThreshold: 1 };
    const config = defineSurveyConfig({ audioRating: { scale, issues } });
    issues.push('LowVolume');
    scale.upperBound = 50;
    expect(config.audioRating?.issues).toEqual(['Echo']);
    expect(config.audioRating?.scale.upperBound).toBe(3);
    expect(Object.isFrozen(config.audioRating?.issues)).toBe(true);
    expect(Object.isFrozen(config.audioRating?.scale)).toBe(true);
  });
});

describe('defineSurveyConfig: every rule names its path', () => {
  const cases: { name: string; input: unknown; path: string; mentions: string[] }[] = [
    { name: 'non-object input', input: 'yes', path: 'config', mentions: ['must be an object'] },
    { name: 'null input', input: null, path: 'config', mentions: ['got null'] },
    { name: 'array input', input: [], path: 'config', mentions: ['must be an object'] },
    { name: 'screenShareRating', input: { screenShareRating: false }, path: 'screenShareRating', mentions: ['did you mean screenshareRating?'] },
    { name: 'an unknown category', input: { chatRating: {} }, path: 'chatRating', mentions: ['overallRating, audioRating, videoRating, screenshareRating'] },
    { name: 'nothing asked', input: { overallRating: false, audioRating: false, videoRating: false, screenshareRating: false }, path: 'config', mentions: ['at least one category'] },
    { name: 'a category that is true', input: { audioRating: true }, path: 'audioRating', mentions: ['false (not asked) or an object'] },
    { name: 'an unknown category key', input: { audioRating: { issue: [] } }, path: 'audioRating.issue', mentions: ['did you mean issues?', 'scale, issues'] },
    { name: 'an unknown scale key', input: { audioRating: { scale: { threshold: 0 } } }, path: 'audioRating.scale.threshold', mentions: ['lowerBound, upperBound, lowScoreThreshold'] },
    { name: 'a scale that is not an object', input: { audioRating: { scale: 5 } }, path: 'audioRating.scale', mentions: ['must be an object'] },
    { name: 'threshold above the scale', input: { audioRating: { scale: { lowScoreThreshold: 3 } } }, path: 'audioRating.scale.lowScoreThreshold', mentions: ["must be an integer from 0 to 1 (the scale's lowerBound..upperBound); got 3"] },
    { name: 'threshold below the scale', input: { overallRating: { scale: { lowScoreThreshold: 0 } } }, path: 'overallRating.scale.lowScoreThreshold', mentions: ['from 1 to 5', 'got 0'] },
    { name: 'a fractional threshold', input: { overallRating: { scale: { lowScoreThreshold: 2.5 } } }, path: 'overallRating.scale.lowScoreThreshold', mentions: ['integer', 'got 2.5'] },
    { name: 'a negative lowerBound', input: { overallRating: { scale: { lowerBound: -1 } } }, path: 'overallRating.scale.lowerBound', mentions: ['from 0 to 99', 'got -1'] },
    { name: 'a fractional lowerBound', input: { overallRating: { scale: { lowerBound: 0.5 } } }, path: 'overallRating.scale.lowerBound', mentions: ['integer'] },
    { name: 'a string bound', input: { overallRating: { scale: { upperBound: '10' } } }, path: 'overallRating.scale.upperBound', mentions: ['"10" (a string)'] },
    { name: 'upperBound above 100', input: { overallRating: { scale: { upperBound: 101 } } }, path: 'overallRating.scale.upperBound', mentions: ['from 2 to 100', 'got 101'] },
    { name: 'lowerBound == upperBound', input: { overallRating: { scale: { lowerBound: 5, upperBound: 5, lowScoreThreshold: 5 } } }, path: 'overallRating.scale.upperBound', mentions: ['greater than lowerBound 5'] },
    { name: 'lowerBound > upperBound', input: { overallRating: { scale: { lowerBound: 7, upperBound: 5, lowScoreThreshold: 5 } } }, path: 'overallRating.scale.upperBound', mentions: ['from 8 to 100'] },
    { name: 'a partial scale that is invalid after merging', input: { overallRating: { scale: { lowerBound: 0, upperBound: 1 } } }, path: 'overallRating.scale.lowScoreThreshold', mentions: ['got 2', 'the default overallRating lowScoreThreshold'] },
    { name: 'issues that are not an array', input: { audioRating: { issues: 'Echo' } }, path: 'audioRating.issues', mentions: ['array of audioRating tags', 'Echo, AudioNoise'] },
    { name: 'issues: true', input: { audioRating: { issues: true } }, path: 'audioRating.issues', mentions: ['false (no tags)'] },
    { name: 'a tag of another category', input: { videoRating: { issues: ['LowQuality', 'Echo'] } }, path: 'videoRating.issues[1]', mentions: ['"Echo"', 'not a videoRating tag', 'tag of audioRating', 'NoVideoReceived'] },
    { name: 'an unknown tag', input: { overallRating: { issues: ['Dropped'] } }, path: 'overallRating.issues[0]', mentions: ['CallCannotJoin, CallCannotInvite'] },
    { name: 'a nested tag array', input: { audioRating: { issues: [['Echo']] } }, path: 'audioRating.issues[0]', mentions: ['not a audioRating tag'] },
    { name: 'a duplicated tag', input: { audioRating: { issues: ['Echo', 'LowVolume', 'Echo'] } }, path: 'audioRating.issues[2]', mentions: ['repeats "Echo"', 'audioRating.issues[0]'] },
  ];
  for (const c of cases) {
    it(`rejects ${c.name} at ${c.path}`, () => {
      const error = configError(c.input);
      expect(error.name).toBe('SurveyConfigError');
      expect(error).toBeInstanceOf(SurveyInputError);
      expect(error).toBeInstanceOf(Error);
      expect(error.path).toBe(c.path);
      expect(error.message.startsWith(c.path)).toBe(true);
      for (const m of c.mentions) expect(error.message).toContain(m);
    });
  }
});

describe('scales', () => {
  const overall = { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 };
  const tenPoint = { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 };
  it('a score at the cutoff is low; cutoff + 1 is not', () => {
    expect(isLowScore(overall, 2)).toBe(true);
    expect(isLowScore(overall, 3)).toBe(false);
    expect(isLowScore(overall, 1)).toBe(true);
    expect(isLowScore(tenPoint, 6)).toBe(true);
    expect(isLowScore(tenPoint, 7)).toBe(false);
    expect(isLowScore({ lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 }, 0)).toBe(true);
    expect(isLowScore({ lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 }, 1)).toBe(false);
  });
  it('tells two-point scales from wider ones', () => {
    expect(isTwoPointScale({ lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 })).toBe(true);
    expect(isTwoPointScale({ lowerBound: 4, upperBound: 5, lowScoreThreshold: 4 })).toBe(true);
    expect(isTwoPointScale(overall)).toBe(false);
  });
  it('knows which scores belong to a scale', () => {
    expect(scaleScores(overall)).toEqual([1, 2, 3, 4, 5]);
    expect(isScoreInScale(overall, 1)).toBe(true);
    expect(isScoreInScale(overall, 0)).toBe(false);
    expect(isScoreInScale(overall, 2.5)).toBe(false);
    expect(isScoreInScale(overall, '3')).toBe(false);
  });
});

describe('defineSurveyConfig properties', () => {
  const validScale = fc
    .integer({ min: 0, max: 99 })
    .chain((lb) => fc.integer({ min: lb + 1, max: 100 }).map((ub) => [lb, ub] as const))
    .chain(([lb, ub]) => fc.integer({ min: lb, max: ub }).map((th) => ({ lowerBound: lb, upperBound: ub, lowScoreThreshold: th })));

  it('accepts every valid full scale and keeps it', () => {
    fc.assert(
      fc.property(validScale, fc.constantFrom(...SURVEY_CATEGORIES), (scale, category) => {
        expect(defineSurveyConfig({ [category]: { scale } })[category]?.scale).toEqual(scale);
      }),
      { seed: 11 },
    );
  });

  // One corruption of an otherwise valid input.
  const badValue = fc.oneof(
    fc.constantFrom<unknown>(-1, 101, 0.5, Number.NaN, '1', null, true, [], {}),
    fc.integer({ min: -50, max: 200 }),
  );
  const invalidInput = fc.oneof(
    fc.tuple(fc.constantFrom(...SURVEY_CATEGORIES), fc.constantFrom('lowerBound', 'upperBound', 'lowScoreThreshold'), badValue, validScale)
      .map(([c, key, value, scale]) => ({ [c]: { scale: { ...scale, [key]: value } } }))
      .filter((input) => {
        const s = Object.values(input)[0]?.scale as Record<string, unknown>;
        const [lb, ub, th] = [s.lowerBound, s.upperBound, s.lowScoreThreshold] as number[];
        const ints = [lb, ub, th].every((v) => Number.isInteger(v));
        return !(ints && lb! >= 0 && lb! < ub! && ub! <= 100 && lb! <= th! && th! <= ub!);
      }),
    fc.tuple(fc.constantFrom(...SURVEY_CATEGORIES), fc.constantFrom<unknown>('Bogus', 'echo', 3, null, ['Echo']))
      .map(([c, tag]) => ({ [c]: { issues: [...(SURVEY_ISSUES[c] as readonly unknown[]).slice(0, 2), tag] } })),
    fc.constantFrom<unknown>({ screenShareRating: {} }, { overall: false }, { audioRating: 1 }, { audioRating: { scales: {} } }, 7),
  );

  it('every invalid input throws a SurveyConfigError whose path is set and named in the message', () => {
    fc.assert(
      fc.property(invalidInput, (input) => {
        const error = configError(input);
        expect(error.path.length).toBeGreaterThan(0);
        expect(error.message).toContain(error.path);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});
