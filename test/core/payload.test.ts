import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SURVEY_CONFIG,
  SurveyAnswerError,
  SurveyInputError,
  buildCallSurvey,
  defineSurveyConfig,
  validateCallSurvey,
} from '../../src/core/index.js';
import type { SurveyAnswers } from '../../src/core/index.js';

function answerError(answers: unknown, config = DEFAULT_SURVEY_CONFIG): SurveyAnswerError {
  try {
    buildCallSurvey(config, answers as SurveyAnswers);
  } catch (error) {
    if (error instanceof SurveyAnswerError) return error;
    throw error;
  }
  throw new Error(`expected a SurveyAnswerError for ${JSON.stringify(answers)}`);
}

describe('buildCallSurvey', () => {
  it('builds the exact SDK payload with the scale of each answered category', () => {
    const survey = buildCallSurvey(DEFAULT_SURVEY_CONFIG, {
      overallRating: { score: 2 },
      audioRating: { score: 0, issues: ['LowVolume', 'Echo'] },
    });
    expect(survey).toStrictEqual({
      overallRating: { score: 2, scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } },
      audioRating: { score: 0, issues: ['Echo', 'LowVolume'], scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 } },
    });
    expect(validateCallSurvey(survey, { strict: true })).toEqual([]);
  });

  it('never copies the overall score into other categories; unanswered categories are absent', () => {
    const survey = buildCallSurvey(DEFAULT_SURVEY_CONFIG, { overallRating: { score: 4 } });
    expect(Object.keys(survey)).toEqual(['overallRating']);
  });

  it('deduplicates tags, keeps the config order, and leaves out empty issues', () => {
    const config = defineSurveyConfig({ audioRating: { issues: ['OtherIssues', 'Echo', 'LowVolume'] } });
    const survey = buildCallSurvey(config, { audioRating: { score: 0, issues: ['LowVolume', 'Echo', 'LowVolume', 'OtherIssues'] } });
    expect(survey.audioRating?.issues).toEqual(['OtherIssues', 'Echo', 'LowVolume']);
    expect(buildCallSurvey(config, { audioRating: { score: 1, issues: [] } }).audioRating).not.toHaveProperty('issues');
  });

  it('copies the scale: the payload shares nothing with the config', () => {
    const survey = buildCallSurvey(DEFAULT_SURVEY_CONFIG, { overallRating: { score: 5 } });
    expect(survey.overallRating?.scale).toEqual(DEFAULT_SURVEY_CONFIG.overallRating?.scale);
    expect(survey.overallRating?.scale).not.toBe(DEFAULT_SURVEY_CONFIG.overallRating?.scale);
  });

  it('sends tags with a score that is not low (documented: the SDK accepts them)', () => {
    const survey = buildCallSurvey(DEFAULT_SURVEY_CONFIG, { overallRating: { score: 5, issues: ['HadToRejoin'] } });
    expect(survey.overallRating?.issues).toEqual(['HadToRejoin']);
  });

  it('supports custom scales (0–100, 0–10 with cutoff 6)', () => {
    const config = defineSurveyConfig({
      overallRating: { scale: { lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 } },
      audioRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } },
    });
    const survey = buildCallSurvey(config, { overallRating: { score: 100 }, audioRating: { score: 0 } });
    expect(survey.overallRating?.score).toBe(100);
    expect(survey.audioRating?.scale).toEqual({ lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 });
    expect(validateCallSurvey(survey, { strict: true })).toEqual([]);
  });

  it('returns a frozen payload', () => {
    const survey = buildCallSurvey(DEFAULT_SURVEY_CONFIG, { audioRating: { score: 0, issues: ['Echo'] } });
    expect(Object.isFrozen(survey)).toBe(true);
    expect(Object.isFrozen(survey.audioRating)).toBe(true);
    expect(Object.isFrozen(survey.audioRating?.issues)).toBe(true);
  });

  const errors: { name: string; answers: unknown; path: string; mentions: string[]; config?: ReturnType<typeof defineSurveyConfig> }[] = [
    { name: 'a score above the scale', answers: { videoRating: { score: 2 } }, path: 'videoRating.score', mentions: ['from 0 to 1', 'got 2'] },
    { name: 'a score below the scale', answers: { overallRating: { score: 0 } }, path: 'overallRating.score', mentions: ['from 1 to 5'] },
    { name: 'a fractional score', answers: { overallRating: { score: 2.5 } }, path: 'overallRating.score', mentions: ['integer'] },
    { name: 'a string score', answers: { overallRating: { score: '3' } }, path: 'overallRating.score', mentions: ['"3" (a string)'] },
    { name: 'a tag of another category', answers: { videoRating: { score: 0, issues: ['Echo'] } }, path: 'videoRating.issues[0]', mentions: ['tag of audioRating'] },
    { name: 'an unknown tag', answers: { audioRating: { score: 0, issues: ['Echo', 'Hum'] } }, path: 'audioRating.issues[1]', mentions: ['"Hum"'] },
    { name: 'a nested tag array', answers: { audioRating: { score: 0, issues: [['Echo']] } }, path: 'audioRating.issues[0]', mentions: ['not a audioRating tag'] },
    { name: 'issues that are not an array', answers: { audioRating: { score: 0, issues: 'Echo' } }, path: 'audioRating.issues', mentions: ['array'] },
    { name: 'a tag the config does not offer', answers: { audioRating: { score: 0, issues: ['LowVolume'] } }, path: 'audioRating.issues[0]', mentions: ['does not offer', 'offered: Echo'], config: defineSurveyConfig({ audioRating: { issues: ['Echo'] } }) },
    { name: 'a category the config does not ask', answers: { videoRating: { score: 1 } }, path: 'videoRating', mentions: ['not asked'], config: defineSurveyConfig({ videoRating: false }) },
    { name: 'an unknown category', answers: { screenShareRating: { score: 1 } }, path: 'screenShareRating', mentions: ['did you mean screenshareRating?'] },
    { name: 'an unknown answer key', answers: { overallRating: { score: 3, comment: 'x' } }, path: 'overallRating.comment', mentions: ['score, issues'] },
    { name: 'no answer at all', answers: {}, path: 'answers', mentions: ['at least one category'] },
    { name: 'answers that are not an object', answers: null, path: 'answers', mentions: ['got null'] },
  ];
  for (const e of errors) {
    it(`throws SurveyAnswerError at ${e.path} for ${e.name}`, () => {
      const error = answerError(e.answers, e.config);
      expect(error.name).toBe('SurveyAnswerError');
      expect(error).toBeInstanceOf(SurveyInputError);
      expect(error.path).toBe(e.path);
      expect(error.message.startsWith(e.path)).toBe(true);
      for (const m of e.mentions) expect(error.message).toContain(m);
    });
  }
});
