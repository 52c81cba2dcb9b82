import { describe, expect, it } from 'vitest';
import { SURVEY_CATEGORIES, SURVEY_ISSUES } from '../../src/core/types.js';
import { DEFAULT_SURVEY_STRINGS, formatSurveyString, mergeSurveyStrings } from '../../src/strings/index.js';

describe('DEFAULT_SURVEY_STRINGS', () => {
  it('labels every SDK tag of every category with a distinct, non-empty label', () => {
    for (const category of SURVEY_CATEGORIES) {
      const labels = SURVEY_ISSUES[category].map(
        (tag) => (DEFAULT_SURVEY_STRINGS.issues[category] as Record<string, string>)[tag],
      );
      for (const label of labels) expect(label, category).toMatch(/\S/);
      expect(new Set(labels).size).toBe(labels.length);
      expect(Object.keys(DEFAULT_SURVEY_STRINGS.issues[category]).sort()).toEqual([...SURVEY_ISSUES[category]].sort());
    }
  });

  it('uses the seed prompts and P.800 labels', () => {
    expect(DEFAULT_SURVEY_STRINGS.overallPrompt).toBe('How was the call quality?');
    expect(DEFAULT_SURVEY_STRINGS.issuesPrompt).toBe('What could have been better?');
    expect(DEFAULT_SURVEY_STRINGS.ratingLabels).toEqual(['Bad', 'Poor', 'Fair', 'Good', 'Excellent']);
    expect(DEFAULT_SURVEY_STRINGS.issues.audioRating.NoLocalAudio).toBe("Others couldn't hear me");
    expect(DEFAULT_SURVEY_STRINGS.issues.audioRating.NoRemoteAudio).toBe("I couldn't hear others");
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(DEFAULT_SURVEY_STRINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SURVEY_STRINGS.issues.videoRating)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SURVEY_STRINGS.ratingLabels)).toBe(true);
  });
});

describe('mergeSurveyStrings', () => {
  it('replaces top-level keys and merges issues per tag', () => {
    const merged = mergeSurveyStrings({
      submit: 'Send',
      issues: { audioRating: { Echo: 'Echo!' } },
      categoryNames: { videoRating: 'Camera' },
    });
    expect(merged.submit).toBe('Send');
    expect(merged.next).toBe('Next');
    expect(merged.issues.audioRating.Echo).toBe('Echo!');
    expect(merged.issues.audioRating.NoLocalAudio).toBe("Others couldn't hear me");
    expect(merged.issues.videoRating.Freezes).toBe('The video froze');
    expect(merged.categoryNames.videoRating).toBe('Camera');
    expect(merged.categoryNames.audioRating).toBe('Audio');
    expect(DEFAULT_SURVEY_STRINGS.submit).toBe('Submit');
    expect(DEFAULT_SURVEY_STRINGS.issues.audioRating.Echo).toBe('I heard an echo');
  });

  it('ignores undefined values and returns the defaults for no override', () => {
    expect(mergeSurveyStrings(undefined)).toBe(DEFAULT_SURVEY_STRINGS);
    expect(mergeSurveyStrings({ title: undefined }).title).toBe('Call feedback');
  });

  it('rejects rating labels that are not an array, naming the field', () => {
    expect(() => mergeSurveyStrings({ ratingLabels: 'Bad' as unknown as string[] })).toThrow(/strings\.ratingLabels/);
  });
});

describe('formatSurveyString', () => {
  it('fills slots and keeps unknown ones visible', () => {
    expect(formatSurveyString('{value} out of {max}', { value: 3, max: 10 })).toBe('3 out of 10');
    expect(formatSurveyString('Step {step} of {total}: {prompt}', { step: 2, total: 2, prompt: 'Why?' })).toBe(
      'Step 2 of 2: Why?',
    );
    expect(formatSurveyString('{nope} left', {})).toBe('{nope} left');
  });
});
